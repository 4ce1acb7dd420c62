"""SIGKILL the real command line in the middle of its work, then reopen and check.

Each test runs ``python -m app`` in a subprocess whose stderr is a terminal (a pty), so the
command prints its progress line; the test reads it and kills the process the moment it
reports the stage under test. Nothing in the product knows about these tests.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.benchmarks.common import generate_catalogue
from app.core import classifier, classifying, deciding, services
from app.core.workspace import Workspace

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="needs a pty and SIGKILL")]

ROOT = Path(__file__).resolve().parents[1]
N_ITEMS = 2500


def kill_when(data_dir: Path, marker: str, *args: str, timeout: float = 180) -> str:
    """Run the CLI until its progress line shows `marker`, then SIGKILL it; returns what it printed."""
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args], cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    seen = ""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    seen += os.read(master, 65536).decode("utf-8", "replace")
                except OSError:  # the terminal closed: the process ended
                    pass
                if marker in seen:
                    proc.send_signal(signal.SIGKILL)
                    assert proc.wait(10) == -signal.SIGKILL
                    return seen
            if proc.poll() is not None:
                pytest.fail(f"the command ended (status {proc.returncode}) before '{marker}'; it printed: {seen[-300:]!r}")
        pytest.fail(f"no '{marker}' within {timeout} s; printed: {seen[-300:]!r}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    raise AssertionError("unreachable")


def counts(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(data_dir / "borderline.db") as c:
        out = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("catalogues", "items", "decisions", "audit_log", "model_versions", "flags")}
        for status, n in c.execute("SELECT status, count(*) FROM items GROUP BY status"):
            out[status] = n
        return out


def reopen(data_dir: Path) -> Workspace:
    """The database opens cleanly: schema at head, integrity intact, audit chain unbroken."""
    ws = Workspace(data_dir)
    with sqlite3.connect(data_dir / "borderline.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    assert deciding.verify_log(ws).ok
    return ws


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A data folder with N_ITEMS imported items and the baseline model installed, copied per test."""
    root = tmp_path_factory.mktemp("crash")
    ws = Workspace(root / "data")
    services.import_catalogue(ws, generate_catalogue(root / "c.csv", N_ITEMS))
    services.ensure_model(ws)
    ws.close()
    return root / "data"


@pytest.fixture
def data_dir(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template, target)
    return target


def test_killed_during_import_leaves_no_half_catalogue(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace(data).close()
    big = generate_catalogue(tmp_path / "big.csv", 8_000)
    kill_when(data, "Read row 4,", "import", str(big))  # after the first batches were written, uncommitted
    assert counts(data) | {"model_versions": 0} == {"catalogues": 0, "items": 0, "decisions": 0, "audit_log": 0,
                                                    "model_versions": 0, "flags": 0}
    ws = reopen(data)
    from app.core.interrupted import take_interrupted
    cut_short, = take_interrupted(ws)  # the next start can say what was lost, once
    assert cut_short["kind"] == "import" and cut_short["name"] == "big.csv" and take_interrupted(ws) == []
    report = services.import_catalogue(ws, big)
    assert report.added == 8_000 and counts(data)["items"] == 8_000
    assert take_interrupted(ws) == []  # a finished import leaves no note
    ws.close()


def test_killed_during_classification_resumes_with_the_pending_items(data_dir: Path) -> None:
    kill_when(data_dir, "Classified 1,000 of", "classify")
    before = counts(data_dir)
    done = before.get("flagged", 0) + before.get("auto", 0)
    # Whole batches of 500 were committed, none half: every classified item has its flags.
    assert done >= 1000 and done % 500 == 0 and before["pending"] == N_ITEMS - done
    with sqlite3.connect(data_dir / "borderline.db") as c:
        assert c.execute("SELECT count(*) FROM items WHERE status != 'pending' AND top_code IS NULL").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM flags f JOIN items i ON i.id = f.item_id "
                         "WHERE i.status = 'pending'").fetchone()[0] == 0
    ws = reopen(data_dir)
    report = classifying.classify_pending(ws, ["SG", "MY"])
    ws.close()
    assert report.classified == before["pending"]
    assert counts(data_dir).get("pending", 0) == 0


def _decide_in_subprocess(data_dir: Path, n: int) -> subprocess.Popen[str]:
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from app.core import deciding, item_views\n"
        "from app.core.workspace import Workspace\n"
        "ws = Workspace(Path(sys.argv[1]))\n"
        "for item_id in item_views.queue_ids(ws)[:int(sys.argv[2])]:\n"
        "    d = item_views.item_detail(ws, item_id)\n"
        "    deciding.decide(ws, item_id, d.suggestions[0].code, 'Ana', 'checked')\n"
        "    print(d.sku, flush=True)\n"
        "time.sleep(300)\n"
    )
    return subprocess.Popen([sys.executable, "-c", script, str(data_dir), str(n)], cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_killed_right_after_a_decision_keeps_every_committed_decision(tmp_path: Path, catalogue_file: Path) -> None:
    data_dir = tmp_path / "data"
    ws = Workspace(data_dir)
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG", "MY"])
    ws.close()
    proc = _decide_in_subprocess(data_dir, 3)
    assert proc.stdout is not None
    decided = [proc.stdout.readline().strip() for _ in range(3)]
    proc.send_signal(signal.SIGKILL)  # the process still holds its connections, the WAL not checkpointed
    proc.wait(10)
    proc.stdout.close()
    ws = reopen(data_dir)
    with sqlite3.connect(data_dir / "borderline.db") as c:
        rows = c.execute("SELECT d.sku, i.status, i.hs_code = d.code FROM decisions d JOIN items i ON i.id = d.item_id "
                         "ORDER BY d.id").fetchall()
        logged = [r[0] for r in c.execute("SELECT subject FROM audit_log WHERE action = 'decision' ORDER BY id")]
    assert [r[0] for r in rows] == decided and logged == decided
    assert all(status == "decided" and same for _, status, same in rows)
    ws.close()


@pytest.mark.parametrize("marker", ["Building code profiles", "Activating the new model"],
                         ids=["during-training", "model-file-written-not-activated"])
def test_killed_during_retrain_keeps_the_active_model(data_dir: Path, marker: str) -> None:
    ws = Workspace(data_dir)
    active = ws.active_model_version()
    ws.close()
    assert active is not None
    kill_when(data_dir, marker, "retrain", "--force")  # nothing decided: forced, or there is nothing to learn
    ws = reopen(data_dir)
    now = ws.active_model_version()
    assert now is not None and (now.id, now.sha256) == (active.id, active.sha256)
    assert counts(data_dir)["model_versions"] == 1
    assert ws.model() is not None  # its file is intact: the hash still matches
    assert list(ws.models_dir.glob("*.tmp")) == []
    # Killed between writing the new file and activating it, the file is left unused.
    assert (ws.models_dir / "model-0002.npz").exists() == (marker == "Activating the new model")
    if marker == "Building code profiles":
        ws.close()
        return
    rep = services.retrain(ws, force=True)  # the unused file is simply replaced
    new = ws.active_model_version()
    assert new is not None and rep.version_id == new.id == 2
    assert classifier.sha256_file(ws.models_dir / new.file_name) == new.sha256
    ws.close()


def test_a_temporary_model_file_left_by_a_killed_retrain_is_removed_once_old(tmp_path: Path) -> None:
    import os
    import time

    data = tmp_path / "data"
    (data / "models").mkdir(parents=True)
    old, fresh = data / "models" / "tmpold.tmp", data / "models" / "tmpnew.tmp"
    for f in (old, fresh):
        f.write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    Workspace(data).close()
    assert not old.exists() and fresh.exists()  # a young one may belong to a retrain still writing
