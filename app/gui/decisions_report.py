"""The report of File > Import decisions: what was applied, what was rejected and why.

A file of 25,000 rows can reject thousands, so the window stays the size of a screen: a short
summary (rows applied and rejected, the reasons grouped with their counts, a few rows of each
named by file, row and column), the rejected rows in a table that scrolls, and a button that
saves every rejected row with its reason (a file to correct and import again).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton, QScrollArea, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.core import decisions_file
from app.core.catalogue import shorten
from app.core.decisions_file import DecideReport
from app.gui.core_messages import core_text
from app.gui.export_jobs import tell_if_cancelled
from app.gui.file_dialogs import save_file
from app.gui.operations import OperationRunner
from app.gui.sizing import fit_to_screen
from app.gui.labels import count

SHOWN_ROWS = 1000  # rows in the table; every row is in the saved file
SHOWN_GROUPS = 6  # reasons named in the summary; the others are counted
EXAMPLES = 2  # rows named per reason
REASON_CHARS = 160  # of an example's reason
MIN_SUMMARY_HEIGHT = 90

CONTEXT = "DecisionsReport"
# What is wrong with a rejected row, as the core groups rows (app.core.decisions_file); every
# text must stay equal to the core's, tests/test_decisions_report.py checks it.
KINDS = (
    QT_TRANSLATE_NOOP("DecisionsReport", "not an HS 2022 subheading"),
    QT_TRANSLATE_NOOP("DecisionsReport", "five digits: a spreadsheet dropped the leading 0"),
    QT_TRANSLATE_NOOP("DecisionsReport", "a national tariff line, not the six-digit subheading"),
    QT_TRANSLATE_NOOP("DecisionsReport", "a trade-statistics code, not an HS 2022 subheading"),
    QT_TRANSLATE_NOOP("DecisionsReport", "no item with this SKU"),
    QT_TRANSLATE_NOOP("DecisionsReport", "the item is not classified yet"),
    QT_TRANSLATE_NOOP("DecisionsReport", "no reviewer name"),
    QT_TRANSLATE_NOOP("DecisionsReport", "a blocking flag needs a note"),
    QT_TRANSLATE_NOOP("DecisionsReport", "the rows of one SKU give different codes"),
    QT_TRANSLATE_NOOP("DecisionsReport", "the rows of one SKU give different reviewers"),
    QT_TRANSLATE_NOOP("DecisionsReport", "the decision was refused"),
)


def applied_and_rejected(rep: DecideReport) -> str:
    """"3 decisions applied, 1 row rejected": the summary's first words, also said in the status line."""
    applied = (QCoreApplication.translate("DecisionsReportDialog", "1 decision applied") if rep.applied == 1 else
               QCoreApplication.translate("DecisionsReportDialog", "{n} decisions applied").format(n=count(rep.applied)))
    rejected = (QCoreApplication.translate("DecisionsReportDialog", "1 row rejected") if len(rep.rejected) == 1 else
                QCoreApplication.translate("DecisionsReportDialog", "{r} rows rejected").format(r=count(len(rep.rejected))))
    return QCoreApplication.translate("DecisionsReportDialog", "{applied}, {rejected}").format(applied=applied, rejected=rejected)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, kind)


class DecisionsReportDialog(QDialog):
    """Non-blocking (show()), like the import report."""

    sig_saved = Signal(object)  # the path the rejected rows were written to

    def __init__(self, report: DecideReport, runner: OperationRunner, say: Callable[[str], None],
                 show_error: Callable[[str, str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report, self.runner, self.say, self.show_error = report, runner, say, show_error
        self.setWindowTitle(self.tr("Decisions imported from {name}").format(name=report.name))
        self.summary = QLabel(self.summary_text())
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # SKUs and notes come from the file
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        rows = sorted(report.rejected)[:SHOWN_ROWS]
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("SKU"), self.tr("Column"), self.tr("Code given"),
                                              self.tr("Reason")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a row; the whole reason is its tooltip
        for r, (number, column, why) in enumerate(rows):
            sku, code, _note, _reviewer = report.cells.get(number, ("", "", "", ""))
            why = core_text(why)
            for c, text in enumerate((str(number), shorten(sku, 40), column, shorten(code, 20), why)):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(why)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_button.setToolTip(self.tr("Every rejected row with its reason, as CSV or Excel: correct the codes "
                                            "there and import the file again."))
        self.save_button.setEnabled(bool(report.rejected))
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scrolled(self.summary))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560)

    @staticmethod
    def _scrolled(label: QLabel) -> QScrollArea:
        """The summary is short by design; on a small screen it scrolls rather than push the table
        and the buttons off it."""
        area = QScrollArea()
        area.setWidget(label)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumHeight(MIN_SUMMARY_HEIGHT)
        return area

    def summary_text(self) -> str:
        rep = self.report
        lines = [self.tr("{name}: {counts}.").format(name=rep.name, counts=applied_and_rejected(rep))]
        if rep.unchanged:
            lines.append(self.tr("{u} items were already decided so.").format(u=count(rep.unchanged)))
        groups = decisions_file.reason_groups(rep, EXAMPLES)
        if groups:
            lines.append(self.tr("Rejected rows by reason:"))
        for g in groups[:SHOWN_GROUPS]:
            lines.append(self.tr("• {count} × {kind}").format(count=count(g.count), kind=kind_label(g.kind)))
            for number, column, why in g.examples:
                lines.append(self.tr("    {name}, row {n}, column {col}: {why}").format(
                    name=rep.name, n=number, col=column, why=shorten(core_text(why), REASON_CHARS)))
        rest = groups[SHOWN_GROUPS:]
        if rest:
            lines.append(self.tr("• {count} rows for {k} other reasons").format(
                count=count(sum(g.count for g in rest)), k=len(rest)))
        if len(rep.rejected) > SHOWN_ROWS:
            lines.append(self.tr("The first {n} rejected rows are listed below; save them to have all of them.").format(
                n=count(SHOWN_ROWS)))
        return "\n".join(lines)

    def choose_file(self) -> None:
        stem = Path(self.report.name).stem or "decisions"
        path = save_file(self, self.tr("Save the rejected rows"), f"{stem}-rejected.csv", "CSV (*.csv);;Excel (*.xlsx)")
        if path:
            self.save_rejected(path)

    def save_rejected(self, path: Path) -> None:
        """Every rejected row with its cells and reason, written in the background."""
        report = self.report

        def done(n: int) -> None:
            self.say((self.tr("Wrote 1 rejected row to {path}") if n == 1 else
                      self.tr("Wrote {n} rejected rows to {path}")).format(n=count(n), path=path))
            self.sig_saved.emit(path)

        tell_if_cancelled(self.runner.run(self.tr("Saving the rejected rows"),
                                          lambda p: decisions_file.export_rejected(report, path, p), done,
                                          lambda msg, det: self.show_error(self.tr("Rejected rows not saved"), msg, det)),
                          self.say, path)
