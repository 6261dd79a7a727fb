"""The kiosk's screens: welcome, ask, topics, idle countdown, staff, out of service."""
