"""What a child process wrote: files changed since a moment, and file writes seen by strace."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

# File system calls that create, change, rename or remove something (opens: only for writing).
STRACE_CALLS = ("open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,"
                "rmdir,link,linkat,symlink,symlinkat,truncate,ftruncate")
_LINE = re.compile(r"^\d+\s+(?:<\.\.\. )?(\w+)(?: resumed>|\()(.*)$")
_ARG_PATH = re.compile(r'(?:(?:\d+|AT_FDCWD)<([^>]*)>,\s*)?"((?:[^"\\]|\\.)*)"')
_FD_PATH = re.compile(r"^\d+<([^>]*)>")
_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")


def strace_prefix(log: Path) -> list[str] | None:
    """The command prefix that traces a process tree's file writes into `log`, if possible."""
    try:
        ok = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"],
                            capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if ok.returncode != 0:
        return None  # no strace, or ptrace is not permitted here
    return ["strace", "-f", "-qq", "-y", "-o", str(log), "-e", f"trace={STRACE_CALLS}"]


def written_paths(log: Path, cwd: Path) -> set[Path]:
    """Every path the traced processes opened for writing, created, renamed or removed.

    Unfinished calls count as done, failed ones (`= -1`) do not: a write that failed left
    nothing behind.
    """
    paths: set[Path] = set()
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        call, rest = m.groups()
        if re.search(r"\)\s+=\s+-1\b", rest):
            continue
        if call in ("open", "openat") and not _WRITE_FLAGS.search(rest):
            continue
        if call == "ftruncate":
            fd = _FD_PATH.match(rest)
            if fd:
                paths.add(Path(fd.group(1)))
            continue
        if call in ("symlink", "symlinkat"):
            rest = rest.split(",", 1)[-1]  # the first argument is the link's target text
        for base, name in _ARG_PATH.findall(rest):
            path = Path(_unescape(name))
            if not path.is_absolute():
                path = Path(base or cwd) / path
            paths.add(Path(os.path.normpath(path)))
    return paths


def _unescape(text: str) -> str:
    """A path as strace prints it (C escapes, \\xNN for bytes) back to text."""
    raw = text.encode("ascii", "backslashreplace").decode("unicode_escape").encode("latin-1")
    return raw.decode("utf-8", "replace")


def changed_files(roots: list[Path], since: float, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Regular files under `roots` created or modified at or after `since` (epoch seconds)."""
    found: list[Path] = []
    seen: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
            here = Path(dirpath)
            dirnames[:] = [d for d in dirnames if here / d not in skip]
            for name in filenames:
                path = here / name
                if path in seen or path in skip:
                    continue
                seen.add(path)
                try:
                    st = path.lstat()
                except OSError:
                    continue  # removed meanwhile
                if (st.st_mtime >= since or st.st_ctime >= since) and path.is_file():
                    found.append(path)
    return found


def files_containing(paths: list[Path], text: str) -> list[Path]:
    """The files among `paths` whose bytes contain `text` in UTF-8 or UTF-16."""
    needles = [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(path)
    return hits
