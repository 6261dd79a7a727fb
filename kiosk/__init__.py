"""Bürgerassistent: offline citizen-service kiosk."""

import sys

sys.dont_write_bytecode = True  # a running kiosk writes nothing to disk, not even bytecode
