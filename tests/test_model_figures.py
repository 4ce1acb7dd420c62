"""The Models table and the retrain receipt say how many items each figure rests on, and that
figures on fewer than about thirty held-out items are too few to compare: 100% on five
decisions beside 32.6% on 4,748 titles read as a threefold gain."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QWidget

from app.cli_models import models, print_retrain
from app.core import services
from app.core.model_versions import LearningReceipt, RetrainReport, VersionRow
from app.gui.models_page import ModelsPage
from app.gui.operations import OperationRunner

NEWEST = {"after": {"n": 5, "top1": 1.0, "top5": 1.0, "coverage": 0.0, "auto_error": 0.0}}
TITLES = {"cross_validated": {"n": 4748, "top1": 0.326, "top5": 0.546, "coverage": 0.002, "auto_error": 0.0}}
SIDE = {"top1": 1.0, "top5": 1.0, "coverage": 0.0, "auto_error": 0.0}


@pytest.fixture
def page(qtbot, ws, monkeypatch):  # type: ignore[no-untyped-def]
    at = datetime(2026, 11, 25, 7, 12)
    monkeypatch.setattr(services, "list_versions", lambda _ws: [
        VersionRow(2, at, "v2.joblib", True, 4769, 21, NEWEST), VersionRow(1, at, "v1.joblib", False, 4748, 0, TITLES)])
    holder = QWidget()
    qtbot.addWidget(holder)
    page = ModelsPage(ws, OperationRunner(holder), holder)
    page.holder = holder
    return page


def test_each_figure_says_how_many_items_it_rests_on(page) -> None:  # type: ignore[no-untyped-def]
    cells = [[page.table.item(r, c).text() for c in (5, 6, 7, 8)] for r in range(2)]
    assert cells[0] == ["100.0% (5 of 5)", "100.0% (5 of 5)", "0.0% (0 of 5)", "0.0% (0 of 0)"]
    assert cells[1] == ["32.6% (1,548 of 4,748)", "54.6% (2,592 of 4,748)", "0.2% (9 of 4,748)", "0.0% (0 of 9)"]
    # five decisions are too few to compare: said where the figures are
    few = page.table.item(0, 5).toolTip()
    assert few == "Measured on 5 items: too few to compare with another version's figures (each item moves a figure by 20%)."
    assert page.table.item(0, 9).toolTip() == few
    assert page.table.item(0, 9).text() == "your 5 newest decisions (too few to compare)"
    assert page.table.item(1, 5).toolTip() == ""  # thousands of titles: nothing to say
    assert page.table.too_few(1) == "Measured on 1 item: too few to compare with another version's figures."
    assert page.table.share(0.5, None) == "50.0%"  # an older record, without its count


def test_the_command_line_version_list_says_so_too(page, ws, capsys) -> None:  # type: ignore[no-untyped-def]
    from argparse import Namespace

    assert models(Namespace(activate=None), ws) == 0
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first.rstrip().endswith("on the 5 newest decisions (too few to compare with another version)")
    assert "too few" not in second


def _report(holdout: int) -> RetrainReport:
    return RetrainReport(2, 1, True, False, "the candidate is not worse on the held-out decisions, so it was activated",
                         4769, 21, holdout, SIDE, SIDE, LearningReceipt(reclassified=20, undecided=20, waiting=20))


def test_the_retrain_receipt_says_when_its_comparison_rests_on_too_few(page, capsys) -> None:  # type: ignore[no-untyped-def]
    page._retrained(_report(5))
    text = page.receipt.toPlainText()
    assert ("These figures rest on 5 held-out decisions: too few to tell the versions apart (each one moves a figure "
            "by 20%).") in text
    assert text.index("too few to tell") > text.index("top-1 accuracy")  # under the figures it speaks of
    page._retrained(_report(1))
    assert "These figures rest on 1 held-out decision: too few to tell the versions apart." in page.receipt.toPlainText()
    page._retrained(_report(40))
    assert "too few" not in page.receipt.toPlainText()
    # the command line says it too
    print_retrain(_report(5))
    out = capsys.readouterr().out
    assert "these figures rest on 5 held-out decisions: too few to tell the versions apart" in out
