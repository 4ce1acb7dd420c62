"""One running Borderline per data folder.

A second window or command on the same folder would interleave writes with the first and
confuse both progress and undo, so each process takes an exclusive OS lock on
``<data dir>/borderline.lock`` and keeps it until it exits. The operating system drops the
lock when the process dies, even by SIGKILL, so a crash never leaves the folder locked.

When the lock file itself cannot be opened or written (a read-only folder, a file another
user account owns, a folder in its place), that is said in Borderline's own sentence naming
the folder, the system's words after it for whoever helps (:class:`FolderNotHeld`).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from app.core.messages import Message

LOCK_NAME = "borderline.lock"


class InstanceLocked(Exception):
    """Another process holds the data folder (``holder``: its process id, when it wrote one)."""

    def __init__(self, message: str, data_dir: Path, holder: str = "") -> None:
        super().__init__(message)
        self.data_dir = data_dir
        self.holder = holder


class FolderNotHeld(OSError):
    """The lock file cannot be opened or written. Raised from the system's error, so that
    failures.explain still finds a read-only disk or a full one behind it."""

    def __init__(self, data_dir: Path, cause: OSError) -> None:
        super().__init__(Message("Borderline cannot use the data folder {folder}: it must write the file {file} there, "
                                 "which keeps a second Borderline out of the folder, and cannot. Check that you may "
                                 "write in that folder, or start Borderline with another data folder. ({reason})",
                                 folder=data_dir, file=LOCK_NAME, reason=cause.strerror or str(cause)))
        self.data_dir = data_dir


def _try_lock(f: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(f: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """Exclusive hold on a data folder for the life of this object (or the process)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_NAME
        self._file: IO[bytes] | None = None

    def acquire(self) -> InstanceLock:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # Opened without truncating: the holder's process id must survive our failed attempt.
            f = open(self.path, "a+b")
        except OSError as exc:
            raise FolderNotHeld(self.data_dir, exc) from exc
        if not _try_lock(f):
            f.seek(0)
            holder = f.read(32).decode("ascii", "replace").strip()
            f.close()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise InstanceLocked(
                f"Borderline is already running with the data folder {self.data_dir}{who}. "
                "Close it first, or choose another folder with --data-dir.",
                self.data_dir, holder if holder.isdigit() else "",
            )
        try:
            f.seek(0)
            f.truncate()
            f.write(str(os.getpid()).encode("ascii"))
            f.flush()
        except OSError as exc:
            _unlock(f)
            f.close()
            raise FolderNotHeld(self.data_dir, exc) from exc
        self._file = f
        return self

    def release(self) -> None:
        if self._file is None:
            return
        try:
            self._file.seek(0)
            self._file.truncate()
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
