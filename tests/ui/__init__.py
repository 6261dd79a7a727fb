"""Tests of the Textual UI (Pilot and snapshots), with fakes for the assistant and speaker."""
