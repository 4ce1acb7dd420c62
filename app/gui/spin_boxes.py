"""Spin boxes that read typed numbers as the rest of the window does.

Qt's own reading takes a group mark anywhere and drops it ("2,5" is 25 in English, "12.50" is
1250 in Indonesian). :class:`WindowNumbers` reads what is typed with the window's one reader
(app.gui.labels.read_number) instead: text it cannot read is never taken as another number,
and the last text typed stays known (:meth:`WindowNumbers.unread_text`) so that a table can keep
it and name it before anything prints, as it does a price.

:class:`ConfidenceSpin`: a confidence threshold, 0 to 1, kept to three decimals and shown
without trailing zeros, so a threshold set to 0.975 elsewhere reads (and saves) as 0.975, not 0.98;
either mark typed in it is the decimal one. :class:`AmountSpin`: a limit such as a value.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from app.gui.labels import read_number, window_locale

TYPED_CHARS = 24  # no quantity or package number is longer


class WindowNumbers:
    """For a QSpinBox or QDoubleSpinBox (listed before it among the bases): call
    :meth:`read_as_the_window` in ``__init__``."""

    typed = ""  # the text last typed, without prefix and suffix; "" after a step or a value set

    def read_as_the_window(self) -> None:
        box = self._box()
        box.setLocale(window_locale())  # its marks are the window's, whatever the system's locale
        box.setKeyboardTracking(False)  # a value is taken once the text is complete, never half-typed
        box.lineEdit().textEdited.connect(lambda text: setattr(self, "typed", self._bare(text)))

    def _box(self) -> QSpinBox | QDoubleSpinBox:
        assert isinstance(self, (QSpinBox, QDoubleSpinBox))
        return self

    def _bare(self, text: str) -> str:
        box = self._box()
        prefix, suffix = box.prefix(), box.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        if suffix and text.endswith(suffix):
            text = text[:-len(suffix)]
        return text.strip()

    def unread_text(self) -> str:
        """The text last typed when it is no number in the window's marks ("2,5" in English),
        else ""."""
        special = self._box().specialValueText()
        return self.typed if self.typed and self.typed != special and read_number(self.typed) is None else ""

    def kept_text(self) -> str:
        """The text last typed that a cell keeps as typed rather than as the box's value: text
        that is no number (:meth:`unread_text`); a box may keep more (line_editors.QuantitySpin)."""
        return self.unread_text()

    def show_typed(self, text: str) -> None:
        """Show `text` as typed (a cell's number that could not be read), the value left as it is."""
        box = self._box()
        box.lineEdit().setText(f"{box.prefix()}{text}{box.suffix()}")
        self.typed = text

    def forget_typed(self) -> None:
        self.typed = ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]  # Qt writes the value's text again here
        if self.kept_text():
            self.show_typed(self.typed)
            self._box().lineEdit().selectAll()  # as an editor opens: a key typed replaces it

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        box = self._box()
        if box.specialValueText() and text == box.specialValueText():
            return QValidator.State.Acceptable, text, pos
        bare = self._bare(text)
        if not bare:
            return QValidator.State.Intermediate, text, pos
        if len(bare) > TYPED_CHARS or any(not (c.isdigit() or c in ",.") for c in bare):
            return QValidator.State.Invalid, text, pos
        number = read_number(bare)
        if number is None:  # half typed ("1,"), or marks out of place ("2,5"): never read as another number
            return QValidator.State.Intermediate, text, pos
        places = box.decimals() if isinstance(box, QDoubleSpinBox) else 0
        exponent = number.as_tuple().exponent
        if (isinstance(exponent, int) and -exponent > places) or number > Decimal(str(box.maximum())):
            return QValidator.State.Invalid, text, pos  # as Qt's: no more decimals, nothing above the top
        if number < Decimal(str(box.minimum())):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text  # Qt's drops the group marks, and "2,5" would become 25

    def valueFromText(self, text: str) -> float | int:
        box = self._box()
        number = read_number(self._bare(text))
        if number is None:
            return box.value()
        return float(number) if isinstance(box, QDoubleSpinBox) else int(number)

    def stepBy(self, steps: int) -> None:
        box = self._box()
        if self.kept_text():  # a step goes from the value held, not from text it could not read
            box.lineEdit().setText(box.prefix() + box.textFromValue(box.value()) + box.suffix())  # type: ignore[arg-type]
        self.typed = ""
        super().stepBy(steps)  # type: ignore[misc]


class AmountSpin(WindowNumbers, QDoubleSpinBox):
    """A limit typed in the window's marks (a rule's value or weight threshold), two decimals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0.0, 1e12)
        self.setDecimals(2)
        self.read_as_the_window()


class ConfidenceSpin(QDoubleSpinBox):
    """Between 0 and 1 a mark can only be the decimal one: "0,1" typed in the English window
    (or "0.1" in the Indonesian) is 0.1, where Qt's reading took the mark as a thousands group
    and set 1. A number from above 1 to 100 is a percentage: "80" or "80%" is 0.80."""

    def _as_decimal(self, text: str) -> str:
        group, point = self.locale().groupSeparator(), self.locale().decimalPoint()
        return text.replace(group, point) if group and group != point else text

    def _percent(self, text: str) -> float | None:
        """A number above 1 and up to 100 typed (with or without "%") as the percentage it is:
        the help beside every confidence box speaks in percent ("at 97%"), and "80" typed was
        refused digit by digit until only "0" was left, a threshold that reviews nothing."""
        value, ok = self.locale().toDouble(self._as_decimal(text).strip().removesuffix("%").strip())
        return round(value / 100, 6) if ok and 1 < value <= 100 else None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        percent = self._percent(text)
        if percent is not None:
            places_ok = round(percent, self.decimals()) == percent
            return (QValidator.State.Acceptable if places_ok else QValidator.State.Invalid), text, pos
        return super().validate(self._as_decimal(text), pos)

    def valueFromText(self, text: str) -> float:
        percent = self._percent(text)
        return percent if percent is not None else super().valueFromText(self._as_decimal(text))

    def fixup(self, text: str) -> str:
        return self._as_decimal(text)

    def __init__(self, step: float = 0.01, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(3)
        self.setRange(0.0, 1.0)
        self.setSingleStep(step)
        self.setLocale(window_locale())  # the window's decimal mark, not the system's

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", 3)
        point = self.locale().decimalPoint()
        whole, _, decimals = text.partition(point)
        decimals = decimals.rstrip("0").ljust(2, "0")
        return f"{whole}{point}{decimals}"
