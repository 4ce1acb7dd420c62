"""The editors of the shipment lines' quantity and package cells: a spin box made only while
a cell is edited (a shipment may have thousands of lines), reading what is typed as the window
reads every number (app.gui.spin_boxes.WindowNumbers). Text it cannot read ("2,5" in English)
goes into the line as typed, and the dialog names it before anything prints; so does a quantity
of 0, which the spin box alone would refuse in silence, keeping the quantity before it."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionSpinBox,
    QStyleOptionViewItem,
    QWidget,
)

from app.gui.shipment_lines import (
    PACKAGE_MAX,
    QUANTITY,
    QUANTITY_DECIMALS,
    QUANTITY_MAX,
    QUANTITY_MIN,
    TYPED_ROLE,
    UNIT_ROLE,
    Index,
    quantity_text,
)
from app.gui.labels import read_number
from app.gui.spin_boxes import WindowNumbers


class QuantitySpin(WindowNumbers, QDoubleSpinBox):
    """The quantity editor: three decimals, shown without trailing zeros, its unit as suffix;
    typed text read as the window reads numbers ("1.000" is a thousand in Indonesian whatever
    the system's locale; "2,5" is no number in English)."""

    def __init__(self, unit: str = "pcs", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(QUANTITY_MIN, QUANTITY_MAX)
        self.setDecimals(QUANTITY_DECIMALS)
        self.setSuffix(f" {unit}")
        self.read_as_the_window()

    def textFromValue(self, value: float) -> str:
        return quantity_text(value, self.locale())

    def kept_text(self) -> str:
        """Besides text that is no number, a quantity below the least one (0): the line keeps it
        as typed and says how to take an item off the shipment instead."""
        number = read_number(self.typed) if self.typed else None
        below = number is not None and number < Decimal(str(self.minimum()))
        return self.typed if below else self.unread_text()


class PackageSpin(WindowNumbers, QSpinBox):
    """The package number editor: 0 (shown as `none_text`) means the line is in no numbered package."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, PACKAGE_MAX)
        self.setSpecialValueText(none_text)
        self.read_as_the_window()


class SpinDelegate(QStyledItemDelegate):
    """Edits a quantity or a package number in a spin box made when the cell is edited. The
    column is as wide as its widest number as shown, plus what the spin box around that text
    takes (frame and arrows): the editor opened on it shows the whole number. It is not as wide
    as the spin box would like, which leaves room for ten million and its decimals."""

    def __init__(self, column: int, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column, self.none_text = column, none_text
        self._frame: int | None = None  # the spin box's width besides its text

    def _spin(self, unit: str, parent: QWidget | None = None) -> QuantitySpin | PackageSpin:
        return QuantitySpin(unit, parent) if self.column == QUANTITY else PackageSpin(self.none_text, parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return self._spin(str(index.data(UNIT_ROLE) or "pcs"), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value, typed = index.data(Qt.ItemDataRole.EditRole), str(index.data(TYPED_ROLE) or "")
        assert isinstance(editor, (QuantitySpin, PackageSpin))
        # the same value or text again would retype the text being typed
        if typed:
            if editor.typed != typed:
                editor.setValue(value)
                editor.show_typed(typed)
        elif value is not None and (editor.value() != value or editor.kept_text()):
            editor.forget_typed()
            editor.setValue(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """The number typed; text that is none ("2,5" in English), or a quantity of 0, as typed,
        for the dialog to name."""
        assert isinstance(editor, (QuantitySpin, PackageSpin))
        typed = editor.kept_text()
        if typed:
            model.setData(index, typed, Qt.ItemDataRole.EditRole)
            return
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def editor_frame(self) -> int:
        """What a spin box of this column takes besides its text field, as the style draws it."""
        if self._frame is None:
            spin = self._spin("pcs")
            option = QStyleOptionSpinBox()
            spin.initStyleOption(option)
            option.rect = QRect(0, 0, 200, spin.sizeHint().height())
            field = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                                QStyle.SubControl.SC_SpinBoxEditField, spin)
            self._frame = option.rect.width() - field.width()
        return self._frame

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)  # the text as shown, with the cell's margins
        return QSize(size.width() + self.editor_frame(), size.height())
