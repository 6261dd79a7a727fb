"""Staff PIN attempts: after every third wrong PIN the prompt locks, each time twice as long."""

from __future__ import annotations

from collections.abc import Callable

TRIES = 3
FIRST_LOCK_SECONDS = 30.0
MAX_LOCK_SECONDS = 15 * 60.0


class PinGuard:
    """Lives as long as the app, not the session: ending a session must not unlock guessing."""

    def __init__(self, check: Callable[[str], bool], clock: Callable[[], float]) -> None:
        self._check = check
        self._clock = clock
        self.failures = 0  # wrong PINs since the last right one
        self.lockouts = 0
        self.locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds until a PIN is checked again (0: not locked)."""
        return max(0.0, self.locked_until - self._clock())

    def attempt(self, pin: str) -> bool | None:
        """True for the right PIN, False for a wrong one, None while locked (not checked)."""
        if self.locked_for() > 0:
            return None
        if self._check(pin):
            self.failures = self.lockouts = 0
            return True
        self.failures += 1
        if self.failures % TRIES == 0:
            self.lockouts += 1
            delay = min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (self.lockouts - 1))
            self.locked_until = self._clock() + delay
        return False
