"""The kiosk's test suite."""
