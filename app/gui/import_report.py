"""The import report: what was imported, and every row that was not, with an export button."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.core.catalogue import shorten
from app.core.importer import ImportReport
from app.gui.core_messages import core_text
from app.gui.labels import count

SHOWN_ROWS = 1000


class ImportReportDialog(QDialog):
    sig_export_requested = Signal(int)  # catalogue id

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
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
        lines += [self.tr("Warning: {warning}").format(warning=core_text(w)) for w in report.warnings]
        if len(report.rejected) > SHOWN_ROWS:
            lines.append(self.tr("The first {n} rejected rows are shown; export the report for all of them.").format(
                n=count(SHOWN_ROWS)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        # one line per problem: a row rejected for its origin and its weight shows both
        problems = [(rj.row_number, *p) for rj in report.rejected[:SHOWN_ROWS] for p in rj.problems]
        self.table = QTableWidget(len(problems), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("Value")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, (number, column, reason, value) in enumerate(problems):
            for c, text in enumerate((str(number), core_text(column), core_text(reason), shorten(value, 60))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.export_button = QPushButton(self.tr("Export as CSV…"))
        self.export_button.setEnabled(bool(report.rejected))
        self.export_button.clicked.connect(lambda: self.sig_export_requested.emit(report.catalogue_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)
