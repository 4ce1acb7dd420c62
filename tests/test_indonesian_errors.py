"""What goes wrong with Borderline's own stores, said in the Indonesian window: backups and
restores, a rules.toml with a mistake, a database from a newer version or a damaged one, and the
audit trail's check of itself. The log and the command line keep the English."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SQLDatabaseError

from app.core import backup, classifying, deciding, failures, item_views, rule_admin, services
from app.core.messages import message_of
from app.core.rules import RuleFileError
from app.core.workspace import Workspace
from app.gui import startup
from app.gui.core_messages import error_text
from app.gui.main_window import MainWindow
from app.gui.operations import OperationRunner
from app.gui.settings_dialog import SettingsDialog
from app.gui.startup import Opened, Startup
from tests.conftest import idle, loaded_rules_page, write_catalogue
from tests.test_startup_gui import NO_REASON, Answers

pytestmark = [pytest.mark.parametrize("language", ["id"], indirect=True), pytest.mark.usefixtures("keep_log_handlers")]

DAMAGED_SQL = SQLDatabaseError("SELECT id FROM items WHERE sku = ?", ("SKU-1",),
                               sqlite3.DatabaseError("database disk image is malformed"))


@pytest.fixture
def runner(qtbot) -> Iterator[OperationRunner]:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    r = OperationRunner(holder)
    yield r
    qtbot.waitUntil(lambda: not r.busy(), timeout=20000)
    assert r.wait(20000)


# backups and restores ------------------------------------------------------------------------
def test_a_backup_counts_in_indonesian_and_a_refused_restore_says_why(language: str, qtbot, window: MainWindow, ws,
                                                                      tmp_path: Path) -> None:
    rows = [(f"P-{n}", f"Piring {n}", "", "ceramic", "ID", "2.00", "USD", "0.2") for n in range(1500)]
    services.import_catalogue(ws, write_catalogue(tmp_path / "toko.csv", rows))
    target = tmp_path / "saved.db"
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: "dicadangkan" in m) as said:
        window.backup_actions.backup_to(target)
    assert said.args[0].startswith(f"1.500 barang dan 0 keputusan dicadangkan ke {target} (")
    assert backup.check(target).audit_head in said.args[0]  # the audit trail's head it holds, for an auditor

    not_a_backup = tmp_path / "toko.csv"
    with qtbot.waitSignal(window.sig_message, timeout=30000):
        window.backup_actions.restore_from(not_a_backup)
    assert window.last_error == f"{not_a_backup}: bukan cadangan Borderline (bukan basis data SQLite)"
    with pytest.raises(backup.BackupError) as refused:  # the command line's words
        backup.check(not_a_backup)
    assert str(refused.value) == f"{not_a_backup}: not a Borderline backup (not an SQLite database)"
    qtbot.waitUntil(lambda: idle(window), timeout=30000)


def test_what_to_check_after_a_restore_and_the_audit_trails_check_are_in_indonesian(
        language: str, qtbot, window: MainWindow, ws, catalogue_file: Path, tmp_path: Path) -> None:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG"])
    item_id = item_views.queue_ids(ws)[0]
    detail = item_views.item_detail(ws, item_id)
    code = detail.suggestions[0].code
    deciding.decide(ws, item_id, code, "Ana", "checked")
    with ws.db.session() as s:
        s.execute(text("UPDATE decisions SET code = '999999'"))
    changed = (f"1 keputusan tidak cocok: keputusan 1 (SKU {detail.sku}): kode berbeda dari entri auditnya "
               f"('999999' sekarang, '{code}' tercatat)")

    log = tmp_path / "log.csv"
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: "jejak audit" in m):
        window.export_log(log)
    assert window.last_error == f"{log} sudah ditulis, tetapi jejak audit tidak menjaminnya: {changed}"
    assert deciding.verify_log(ws).problem == (f"1 decision(s) disagree: decision 1 (SKU {detail.sku}): its code "
                                               f"differs from its audit entry ('999999' now, '{code}' recorded)")

    copy = tmp_path / "copy.db"
    backup.backup_database(ws.db, copy)
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: "jejak audit" in m):
        window.backup_actions.restore_from(copy)
    assert window.last_error == f"jejak audit yang dipulihkan tidak lolos pemeriksaan: {changed}"
    assert "Restored" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)


# rules.toml with a mistake -------------------------------------------------------------------
def test_a_mistake_in_rules_toml_is_named_in_indonesian_and_logged_in_english(language: str, qtbot,
                                                                             tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace(data).close()
    rules_file = data / "rules.toml"
    rules_file.write_text(NO_REASON, encoding="utf-8")
    checks = Startup()
    opened = checks.open(data)
    assert isinstance(opened, Opened)
    try:
        answers = Answers("quit")
        assert checks.rules_readable(opened.ws) is False
        assert answers.done()
        settings = SettingsDialog(opened.ws)  # the window's other place that names the problem
        qtbot.addWidget(settings)
        assert settings.threshold_meaning.text() == (f"Aturan tidak dapat dibaca: {rules_file}: aturan MY-RULE: "
                                                      "isian 'reason' tidak ada")
    finally:
        opened.ws.close()
        opened.lock.release()
    assert f"{rules_file}: aturan MY-RULE: isian 'reason' tidak ada" in answers.seen[0]
    assert "is missing" not in answers.seen[0]
    log = (data / startup.LOG_FILE).read_text(encoding="utf-8")
    assert f"{rules_file}: rule MY-RULE: field 'reason' is missing" in log and "tidak ada" not in log


def test_rules_toml_is_named_when_an_adjustment_would_break_it_and_its_warnings_read_in_indonesian(
        language: str, qtbot, ws) -> None:
    """An adjustment is checked in a file beside rules.toml before it replaces it; the error
    names rules.toml, not that file, in either language."""
    rules_file = ws.data_dir / "rules.toml"
    with pytest.raises(RuleFileError) as refused:
        rule_admin.set_override(ws, "VAPE-BAN", severity="nope")
    assert str(refused.value) == f"{rules_file}: rule VAPE-BAN: field 'severity' must be one of block, review, info"
    assert error_text(refused.value) == (f"{rules_file}: aturan VAPE-BAN: isian 'severity' harus salah satu dari "
                                         "block, review, info")
    assert message_of(refused.value) is refused.value.args[0]

    rules_file.write_text("[override.NO-SUCH-RULE]\nenabled = false\n", encoding="utf-8")
    page = loaded_rules_page(qtbot, ws)
    assert page.message.text() == (f"Periksa rules.toml Anda: {rules_file}: penyesuaian untuk aturan NO-SUCH-RULE "
                                   "yang tidak dikenal diabaikan")


# the database ---------------------------------------------------------------------------------
def test_a_database_from_a_newer_version_is_refused_in_indonesian(language: str, qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace(data).close()
    with sqlite3.connect(data / "borderline.db") as c:
        c.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    answers = Answers("quit")
    assert Startup().open(data) == startup.EXIT_UNUSABLE
    assert answers.done()
    assert answers.seen[0] == ("Basis data ini memakai skema zz99_from_the_future, yang tidak dikenal oleh versi "
                               "Borderline ini: basis data ini ditulis oleh versi yang lebih baru. Pasang versi "
                               "tersebut untuk membukanya.")
    assert "written by a newer version" in (data / startup.LOG_FILE).read_text(encoding="utf-8")


def test_a_damaged_database_is_said_in_one_sentence_without_the_sql(language: str, qtbot, runner: OperationRunner,
                                                                    tmp_path: Path) -> None:
    runner.where = tmp_path

    def work(_p):  # type: ignore[no-untyped-def]
        raise DAMAGED_SQL

    op = runner.run("Membaca", work)
    with qtbot.waitSignal(op.sig_failed) as failed:
        pass
    message, details = failed.args
    assert message == (f"Basis data di {tmp_path} rusak dan tidak dapat dibaca; tidak ada yang disimpan. Pulihkan "
                       "cadangan (Berkas > Pulihkan dari cadangan…).")
    assert "database disk image is malformed" in details
    english = failures.sentence(failures.explain(DAMAGED_SQL, tmp_path))
    assert english.startswith(f"The database in {tmp_path} is damaged") and "SELECT" not in english
    # a damaged backup is said by the error that names the backup, not as the database in use
    with pytest.raises(backup.BackupError) as refused:
        (tmp_path / "junk.db").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
        backup.check(tmp_path / "junk.db")
    assert failures.explain(refused.value, tmp_path) is None
