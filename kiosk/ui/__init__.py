"""Textual user interface of the kiosk: app, screens, widgets, strings and styles."""
