"""Widgets the kiosk screens are built from."""
