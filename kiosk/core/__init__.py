"""The kiosk core: no Textual here; shared by the CLI, the UI and the tests."""
