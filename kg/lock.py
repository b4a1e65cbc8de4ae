"""One build at a time per output folder: an advisory ``fcntl`` lock on ``OUT/.kg-lock``.

The lock file holds the pid of the build that has it, so a second build can name the one it waits
for (or gives up on). The kernel drops the lock when that process ends, however it ends (even
SIGKILL): a stale lock file never blocks anything. Under the lock, the leftovers of builds that were
killed (``.kg-build-PID/`` and ``.store-old-PID/`` folders whose process is gone) are removed.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

from .errors import OutputError

LOCK_NAME = ".kg-lock"
_LEFTOVER_RE = re.compile(r"^\.(?:kg-build|store-old)-(\d+)$")


class BuildLock:
    """``with BuildLock(out, wait=False):`` — raises OutputError if another build holds ``out``."""

    def __init__(self, out: str | Path, wait: bool = False, on_wait=None):
        self.out = Path(out)
        self.wait = wait
        self.on_wait = on_wait
        self.fd: int | None = None

    def __enter__(self) -> "BuildLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:          # not a POSIX system: no lock (one build at a time is up to you)
            return
        path = self.out / LOCK_NAME
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as e:
            raise OutputError(f"{self.out}: cannot write the output folder ({e.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = _holder(fd)
            if not self.wait:
                os.close(fd)
                raise OutputError(f"{self.out}: another kg build{f' (pid {other})' if other else ''} is writing "
                                  "to this folder; wait for it to finish, or give --wait") from None
            if self.on_wait:
                self.on_wait(other)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as e:
            os.close(fd)
            raise OutputError(f"{self.out}: cannot lock the output folder ({e.strerror})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        import fcntl
        try:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            os.close(self.fd)
            self.fd = None


def _holder(fd: int) -> int | None:
    """The pid written in the lock file by the build holding it (it may not have written it yet)."""
    for _ in range(20):
        try:
            text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        except OSError:
            return None
        if text.isdigit():
            return int(text)
        time.sleep(0.01)
    return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True          # someone else's process
    return True


def remove_leftovers(out: str | Path) -> list[str]:
    """Remove the temporary folders of killed builds in ``out`` (call it holding the lock): those whose
    pid is not a running process. A previous store set aside by a build killed before it moved the new
    one in is put back instead (nothing already written is lost). Returns their names."""
    removed = []
    try:
        entries = list(os.scandir(out))
    except OSError:
        return removed
    for entry in entries:
        m = _LEFTOVER_RE.match(entry.name)
        if not m or int(m.group(1)) == os.getpid() or pid_alive(int(m.group(1))):
            continue
        try:
            store = Path(out) / "store"
            if entry.name.startswith(".store-old-") and not store.exists() and entry.is_dir(follow_symlinks=False):
                os.replace(entry.path, store)      # killed between moving the old store out and the new in
            elif entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
        except OSError:
            pass
    return sorted(removed)
