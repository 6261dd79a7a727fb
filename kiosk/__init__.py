"""Bürgerassistent: offline citizen-service kiosk."""
