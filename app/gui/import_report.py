"""The import report: what was imported, and every row that was not, with an export button.

Sized to the screen: the summary is never squeezed, the warnings scroll in their own area and
the rejected rows keep several rows in sight (on a 1366×768 laptop the summary was cut in half
and the table was one row high)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                               QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.core.catalogue import shorten
from app.core.importer import ImportReport
from app.gui.core_messages import core_text
from app.gui.labels import count
from app.gui.sizing import fit_to_screen

SHOWN_ROWS = 1000
VISIBLE_ROWS = 5  # rejected rows the table keeps in sight however short the screen
WARNING_LINES = 3  # lines of warnings in sight; more scroll
NARROW_COLUMN = 220  # pixels the column and value columns widen to at most
WRAPPED_ROWS = 200  # up to this many problems, each row is as tall as its wrapped reason


class ImportReportDialog(QDialog):
    sig_export_requested = Signal(int)  # catalogue id

    def __init__(self, report: ImportReport, parent: QWidget | None = None, room: QRect | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        name = report.path.replace("\\", "/").rsplit("/", 1)[-1]
        lines = [self.tr("{name}: {read} rows read ({source}, header on row {header}).").format(
                     name=name, read=count(report.rows_read), source=core_text(report.source) or "-",
                     header=report.header_row),
                 self.tr("Imported {n}: {a} new, {u} changed ({c} to classify again), {same} unchanged.").format(
                     n=count(report.imported), a=count(report.added), u=count(report.updated),
                     c=count(report.reclassified), same=count(report.unchanged)),
                 self.tr("Rejected {r}; blank rows skipped {b}.").format(r=count(len(report.rejected)),
                                                                           b=count(report.blank_rows))]
        if report.codes_read:  # how the seller's own codes are used
            lines.append(self.tr("{n} HS codes read from the column '{column}': each is compared with the model's "
                                 "suggestion, and an item whose code differs waits for review.").format(
                n=count(report.codes_read), column=report.mapping.get("hs_code", "")))
        if len(report.rejected) > SHOWN_ROWS:
            lines.append(self.tr("The first {n} rejected rows are shown; export the report for all of them.").format(
                n=count(SHOWN_ROWS)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed
        # the warnings (one per code or formula cell, dozens at times) scroll in their own area
        self.warnings = QPlainTextEdit("\n".join(self.tr("Warning: {warning}").format(warning=core_text(w))
                                                 for w in report.warnings))
        self.warnings.setReadOnly(True)
        self.warnings.setVisible(bool(report.warnings))
        self.warnings.setMinimumHeight(self._lines_high(self.warnings, WARNING_LINES))
        # one line per problem: a row rejected for its origin and its weight shows both
        problems = [(rj.row_number, *p) for rj in report.rejected[:SHOWN_ROWS] for p in rj.problems]
        self.table = QTableWidget(len(problems), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("Value")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the reason wraps instead
        for r, (number, column, reason, value) in enumerate(problems):
            for c, text in enumerate((str(number), core_text(column), core_text(reason), shorten(value, 60))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in (1, 3):  # a long header or value is cut at its end, whole in its tooltip
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), NARROW_COLUMN))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if len(problems) <= WRAPPED_ROWS:  # rows as tall as their reason; many rows keep one line (and the tooltip)
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(header.sizeHint().height() + 2 * self.table.frameWidth()
                                    + VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize())
        self.export_button = QPushButton(self.tr("Export as CSV…"))
        self.export_button.setEnabled(bool(report.rejected))
        self.export_button.clicked.connect(lambda: self.sig_export_requested.emit(report.catalogue_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 700, room)

    @staticmethod
    def _lines_high(box: QPlainTextEdit, lines: int) -> int:
        return lines * box.fontMetrics().lineSpacing() + 2 * box.frameWidth() + 2 * int(box.document().documentMargin())
