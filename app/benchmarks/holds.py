"""Where a thread was while it kept Python's interpreter lock from the others for long.

Python hands the lock to a waiting thread every 5 ms while bytecode runs, so a thread that
keeps it for 100 ms or more is inside one call that never gives it back (a large NumPy or
SciPy operation, a compiled loop over many rows, a parse of a large file). Such a call
freezes the window as surely as work on the GUI thread would.

A watcher thread arms faulthandler's timer and disarms it 20 ms later, over and over.
Disarming needs the lock: when the watcher cannot get it back within ``after`` seconds,
faulthandler's own C thread, which needs no lock, writes every thread's stack, and again
each ``after`` seconds while the hold lasts. So a hold of one second gives about ten samples
at 0.1 s, and each sample shows the Python line that made the long call.
"""
from __future__ import annotations

import faulthandler
import re
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass

_HEADER = re.compile(r"^(?:Current thread|Thread) (0x[0-9a-fA-F]+)")
_FRAME = re.compile(r'^\s+File "(.*)", line (\d+) in (.*)$')


@dataclass(frozen=True)
class Frame:
    path: str
    line: int
    function: str

    def short(self) -> str:
        path = self.path.replace("\\", "/")
        for mark in ("/site-packages/", "/app/", "/lib/python"):
            if mark in path:
                path = path[path.index(mark) + 1:]
                break
        return f"{path}:{self.line} {self.function}"


def parse_dumps(text: str) -> dict[int, list[list[Frame]]]:
    """faulthandler's dumps as stacks (innermost frame first) by thread id."""
    out: dict[int, list[list[Frame]]] = {}
    current: list[Frame] | None = None
    for line in text.splitlines():
        head = _HEADER.match(line)
        if head:
            current = []
            out.setdefault(int(head.group(1), 16), []).append(current)
            continue
        frame = _FRAME.match(line)
        if frame and current is not None:
            current.append(Frame(frame.group(1), int(frame.group(2)), frame.group(3)))
        elif not line.strip():
            current = None
    return out


def call_site(stack: list[Frame], own: str = "/app/") -> str:
    """A sample in a few words: the innermost frame, and the project's own line that led there."""
    if not stack:
        return "(no Python frame)"
    inner = stack[0]
    mine = next((f for f in stack if own in f.path.replace("\\", "/") and "/benchmarks/" not in f.path), None)
    if mine is None or mine == inner:
        return inner.short()
    return f"{inner.short()}  <-  {mine.short()}"


class HoldSampler:
    """Samples the stacks of ``thread_id`` (set before stop) whenever the lock is held for long."""

    def __init__(self, after: float = 0.1) -> None:
        self.after = after
        self.thread_id: int | None = None
        self._stop = threading.Event()
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._watcher = threading.Thread(target=self._watch, name="hold-sampler", daemon=True)

    def start(self) -> HoldSampler:
        self._watcher.start()
        return self

    def _watch(self) -> None:
        while not self._stop.is_set():
            faulthandler.dump_traceback_later(self.after, repeat=True, file=self._file)
            time.sleep(0.02)
            faulthandler.cancel_dump_traceback_later()

    def stop(self) -> list[list[Frame]]:
        """Stop watching; the sampled stacks of the thread watched."""
        self._stop.set()
        self._watcher.join()
        faulthandler.cancel_dump_traceback_later()
        self._file.seek(0)
        text = self._file.read()
        self._file.close()
        stacks = parse_dumps(text)
        return stacks.get(self.thread_id, []) if self.thread_id is not None else []


def summary(stacks: list[list[Frame]], top: int = 6) -> list[tuple[int, str]]:
    """The most sampled call sites, with how many samples each got."""
    return [(n, site) for site, n in Counter(call_site(s) for s in stacks).most_common(top)]


class CollectorPauses:
    """How long each full run of the cycle collector took (it holds the lock throughout)."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._began = 0.0

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.pauses.append(time.perf_counter() - self._began)

    def __enter__(self) -> CollectorPauses:
        import gc

        gc.callbacks.append(self._note)
        return self

    def __exit__(self, *exc: object) -> None:
        import gc

        gc.callbacks.remove(self._note)
