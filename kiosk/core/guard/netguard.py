"""No network, ever: an audit hook that refuses every non-Unix socket inside the kiosk process.

Installed first thing by the CLI. A library that tries to phone home (telemetry, a model hub)
gets a PermissionError; Unix sockets (asyncio's self-pipe, local IPC) keep working. An audit
hook cannot be removed again, which is the point.
"""

from __future__ import annotations

import socket
import sys

_installed = False


class NetworkRefused(PermissionError):
    """Raised when code in the kiosk process tries to use the network."""


def _hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family not in (socket.AF_UNIX, -1, None):
            raise NetworkRefused(f"network access refused by the kiosk (socket family {family})")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                   "socket.getnameinfo"):
        raise NetworkRefused(f"network access refused by the kiosk ({event} {args[0]!r})")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) != socket.AF_UNIX:
            raise NetworkRefused(f"network access refused by the kiosk ({event})")


def install() -> None:
    """Refuse network access for the rest of this process (idempotent)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
