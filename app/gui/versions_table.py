"""The Models page's table of model versions: one row each, with the figures it is judged by,
every figure with the count of held-out items it rests on, and figures on too few items greyed
with a tooltip that says why they are not to be compared.

The words keep the translation context of the Models page, where they were first written
(QCoreApplication.translate with "ModelsPage"), so their translations stay as they are.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.core.evaluation import FEW_TO_COMPARE, curve_point
from app.core.model_versions import VersionRow
from app.gui.labels import count, local_time, percent

COLUMNS = (QT_TRANSLATE_NOOP("ModelsPage", "Version"), QT_TRANSLATE_NOOP("ModelsPage", "Created"),
           QT_TRANSLATE_NOOP("ModelsPage", "Active"), QT_TRANSLATE_NOOP("ModelsPage", "Examples"),
           QT_TRANSLATE_NOOP("ModelsPage", "Decisions"), QT_TRANSLATE_NOOP("ModelsPage", "Held-out top-1"),
           QT_TRANSLATE_NOOP("ModelsPage", "Top-5"), QT_TRANSLATE_NOOP("ModelsPage", "Auto-accepted"),
           QT_TRANSLATE_NOOP("ModelsPage", "Auto error"), QT_TRANSLATE_NOOP("ModelsPage", "Measured on"))
FEW = FEW_TO_COMPARE  # held-out items under which a percentage moves by several points per item
FIGURES = (5, 6, 7, 8)  # the columns of shares measured on held-out items


def held_out(metrics: dict[str, Any]) -> dict[str, Any]:
    """The figures a version is judged by: on held-out decisions if any, else cross-validated."""
    return metrics.get("after") or metrics.get("cross_validated") or {}


class VersionsTable(QTableWidget):
    """Every model version, read-only; one row is selected at a time (the one to activate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("ModelsPage", c) for c in COLUMNS])
        for c in (7, 8):
            self.horizontalHeaderItem(c).setToolTip(QCoreApplication.translate(
                "ModelsPage", "On each version's held-out data, at the review threshold set now"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_versions(self, versions: list[VersionRow], review_below: float | None) -> None:
        """One row a version, its figures at `review_below` (None: the rules cannot be read)."""
        self.setRowCount(len(versions))
        for r, v in enumerate(versions):
            m = held_out(v.metrics)
            # every version at today's threshold (its curve), so that versions compare; older
            # records without a curve show the figures of the threshold they were trained under
            point = curve_point(m["curve"], review_below) if m.get("curve") and review_below is not None else None
            coverage, error = point if point is not None else (m.get("coverage"), m.get("auto_error"))
            n = int(m["n"]) if m.get("n") else None
            accepted = round(coverage * n) if coverage is not None and n is not None else None
            cells = (str(v.id), local_time(v.created_at),
                     QCoreApplication.translate("ModelsPage", "yes") if v.active else "", count(v.n_examples),
                     count(v.n_decisions), self.share(m.get("top1"), n), self.share(m.get("top5"), n),
                     self.share(coverage, n), self.share(error, accepted), self.measured_on(v.metrics))
            few = self.too_few(n or 0)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if few and (c in FIGURES or c == len(cells) - 1):
                    cell.setToolTip(few)
                    cell.setForeground(self.palette().placeholderText())  # greyed: not a figure to compare
                self.setItem(r, c, cell)

    def share(self, fraction: float | None, of: int | None) -> str:
        """A share with the count it rests on, "32.6% (1,548 of 4,748)": a figure on five items
        beside one on thousands must not read as the better measure."""
        if fraction is None:
            return ""
        if of is None:  # an older record, without its count
            return percent(fraction)
        return QCoreApplication.translate("ModelsPage", "{p} ({k} of {n})").format(
            p=percent(fraction), k=count(round(fraction * of)), n=count(of))

    def too_few(self, n: int) -> str:
        """Why a version's figures on so few held-out items are not to be compared ("" when they may be)."""
        if not 0 < n < FEW:
            return ""
        if n == 1:
            return QCoreApplication.translate(
                "ModelsPage", "Measured on 1 item: too few to compare with another version's figures.")
        return QCoreApplication.translate(
            "ModelsPage", "Measured on {n} items: too few to compare with another version's figures (each item moves a "
            "figure by {p}).").format(n=count(n), p=percent(1 / n, 0))

    def measured_on(self, metrics: dict[str, Any]) -> str:
        """What a version's figures were measured on: versions are compared on different items
        (the newest decisions, or starter titles), so the figures say which."""
        n = int(held_out(metrics).get("n") or 0)
        if not n:
            return ""
        if metrics.get("after"):
            text = QCoreApplication.translate("ModelsPage", "your {n} newest decisions").format(n=count(n))
        else:
            text = QCoreApplication.translate("ModelsPage", "{n} labelled titles, cross-validated").format(n=count(n))
        # the tooltip says why
        return text + (QCoreApplication.translate("ModelsPage", " (too few to compare)") if n < FEW else "")
