"""The column mapping dialog: the file's columns beside Borderline's fields, with a preview.

The dialog only shows and edits plain data (an ImportPreview); reading the file again for
another sheet or encoding is asked for with a signal and done in the background by whoever
opened the dialog.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.core.catalogue import shorten
from app.core.charsets import ENCODING_CHOICES
from app.core.fields import FIELDS, REQUIRED, column_letter
from app.core.importer import ImportOptions, ImportPreview
from app.gui.core_messages import core_text
from app.gui.labels import count, field_label
from app.gui.sizing import VerticalScroll, fit_to_screen

NOT_IN_FILE = ""
SHOWN_UNPLACED = 8  # columns named in the dialog's first lines; the rest are counted
WIDEST_HEADER = 260  # pixels a preview column widens to for its header; a longer one is cut at its end


class MappingDialog(QDialog):
    sig_reload_requested = Signal(str, str)  # sheet, encoding ("" = detect)

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns"))
        self.preview = preview
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.why = QLabel()  # why the dialog asks: the columns it could not place, the sheets to choose from
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), "")
        for codec, label in ENCODING_CHOICES.items():
            self.encoding.addItem(label, codec)
        source = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.encoding_label = QLabel(self.tr("Encoding"))
        for w in (self.sheet_label, self.sheet, self.encoding_label, self.encoding):
            source.addWidget(w)
        source.addStretch(1)

        self.combos: dict[str, QComboBox] = {}
        fields_box = QGroupBox(self.tr("Borderline field ← column of the file"))
        form = QFormLayout(fields_box)
        for fld in FIELDS:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._validate)
            self.combos[fld] = combo
            label = field_label(fld) + (" *" if fld in REQUIRED else "")
            form.addRow(label, combo)

        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #a40000")
        self.message.setWordWrap(True)  # several problems at once must not widen the dialog past the screen
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(VerticalScroll(fields_box), 0)  # eleven fields scroll on a short screen
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.why)
        layout.addLayout(source)
        layout.addLayout(body)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1100, 620)
        self.set_preview(preview)
        self.sheet.activated.connect(self._reload)
        self.encoding.activated.connect(self._reload)

    # showing a preview ---------------------------------------------------------------------
    def set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        how = {"remembered": self.tr("remembered from an earlier file with these columns"),
               "automatic": self.tr("matched by the column names")}.get(preview.mapping_source, "")
        self.info.setText(self.tr("{name}: {source}; header on row {row}. Mapping {how}.").format(
            name=Path(preview.path).name, source=core_text(preview.source), row=preview.header_row, how=how))
        self.why.setText(self._why(preview))
        self.why.setVisible(bool(self.why.text()))
        self.sheet.clear()
        self.sheet.addItems(preview.sheets)
        self.sheet.setCurrentText(preview.sheet)
        several = len(preview.sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        is_text = preview.kind == "text"
        self.encoding.setVisible(is_text)
        self.encoding_label.setVisible(is_text)
        if is_text:
            self.encoding.setItemText(0, self.tr("Detected: {enc}").format(enc=preview.encoding))
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), NOT_IN_FILE)
            for h in preview.headers:
                combo.addItem(shorten(h, 40), h)
                combo.setItemData(combo.count() - 1, shorten(h, 1000), Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(fld, NOT_IN_FILE))))
            combo.blockSignals(False)
        self._fill_table()
        self._validate()

    def _why(self, preview: ImportPreview) -> str:
        """What the dialog asks about: the columns matched to no field (by name and letter), and
        the sheet when the workbook has several. A missing SKU or title is said under the fields."""
        lines = []
        if preview.unplaced:
            letter = {h: column_letter(i) for i, h in enumerate(preview.headers)}
            named = [self.tr("'{column}' (column {letter})").format(column=shorten(h, 40), letter=letter[h])
                     for h in preview.unplaced[:SHOWN_UNPLACED]]
            if len(preview.unplaced) > SHOWN_UNPLACED:
                named.append(self.tr("{n} more").format(n=count(len(preview.unplaced) - SHOWN_UNPLACED)))
            lines.append(self.tr("Not matched to any field: {columns}. Choose a field for a column below if it holds one; a "
                                 "column left unmatched is kept with each item as an attribute.").format(
                columns=", ".join(named)))
        if len(preview.sheets) > 1:
            lines.append(self.tr("The workbook has {n} sheets: check that the sheet chosen is the catalogue.").format(
                n=count(len(preview.sheets))))
        return "\n".join(lines)

    def _fill_table(self) -> None:
        p = self.preview
        self.table.clear()
        self.table.setColumnCount(len(p.headers))
        self.table.setRowCount(len(p.rows))
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header too long is cut at its end, never both ends
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        for c, name in enumerate(p.headers):
            cell = QTableWidgetItem(shorten(name, 100))
            cell.setToolTip(shorten(name, 1000))  # the whole header, however narrow its column
            self.table.setHorizontalHeaderItem(c, cell)
            wanted = header.fontMetrics().horizontalAdvance(cell.text()) + margin
            self.table.setColumnWidth(c, max(header.defaultSectionSize(), min(wanted, WIDEST_HEADER)))
        self.table.setVerticalHeaderLabels([str(p.header_row + 1 + i) for i in range(len(p.rows))])
        for r, row in enumerate(p.rows):
            for c, value in enumerate(row[: len(p.headers)]):
                item = QTableWidgetItem(shorten(value, 60))  # plain text; the database keeps it whole
                item.setToolTip(shorten(value, 1000))
                self.table.setItem(r, c, item)

    # the result ----------------------------------------------------------------------------
    def mapping(self) -> dict[str, str]:
        return {fld: combo.currentData() for fld, combo in self.combos.items() if combo.currentData()}

    def options(self) -> ImportOptions:
        enc = self.encoding.currentData() if self.preview.kind == "text" else None
        return ImportOptions(sheet=self.preview.sheet or None, encoding=enc or None, mapping=self.mapping(), remember=True)

    def _validate(self) -> None:
        mapping = self.mapping()
        problems = [self.tr("Choose the column for {f}.").format(f=field_label(f)) for f in REQUIRED if f not in mapping]
        used: dict[str, str] = {}
        for fld, header in mapping.items():
            if header in used:
                problems.append(self.tr("'{h}' is chosen for both {a} and {b}.").format(
                    h=shorten(header, 40), a=field_label(used[header]), b=field_label(fld)))
            used[header] = fld
        self.message.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def _reload(self) -> None:
        self.sig_reload_requested.emit(self.sheet.currentText() if len(self.preview.sheets) > 1 else "",
                                       self.encoding.currentData() or "")
