"""A spin box for a confidence threshold: 0 to 1, kept to three decimals and shown without
trailing zeros, so a threshold set to 0.975 elsewhere reads (and saves) as 0.975, not 0.98."""
from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from app.gui.labels import window_locale


class ConfidenceSpin(QDoubleSpinBox):
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
