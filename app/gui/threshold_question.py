"""The question asked before the review threshold is lowered to where the held-out curve lets
more wrong codes through without review than the default allows. Settings and the Models page
ask it with these same words; which thresholds need it, and its figures, are the core's
(app.core.model_card.threshold_risk).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.model_card import ThresholdRisk
from app.gui.labels import count, decimal, percent


def threshold_words(value: float) -> str:
    """A threshold as the confidence box writes it: two decimals, three when it has a third."""
    return decimal(value, 2 if abs(round(value, 2) - value) < 1e-9 else 3)


def share(x: float) -> str:
    """A percentage that does not round a small share to 0%."""
    return percent(x, 1 if 0 < x < 0.01 else 0)


class ThresholdQuestion(QMessageBox):
    """Opened, never exec'd: `on_use` runs when "Use it" is chosen, `on_keep` otherwise (Keep,
    Escape, or the window closed). Keep is the default button: Enter changes nothing."""

    def __init__(self, risk: ThresholdRisk, parent: QWidget, on_use: Callable[[], None],
                 on_keep: Callable[[], None]) -> None:
        super().__init__(parent)
        self.risk = risk
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Lower the review threshold?"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.question_text(risk))
        self.use_button = self.addButton(self.tr("Use it"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(self.tr("Keep {old}").format(old=threshold_words(risk.current)),
                                          QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(lambda _result: on_use() if self.clickedButton() is self.use_button else on_keep())

    def question_text(self, risk: ThresholdRisk) -> str:
        return self.tr("At {t}, about {c} of items would be accepted without review, and about {e} of those would have a "
                       "wrong HS code: of every {per} items, about {a} would pass without review, {w} of them with a "
                       "wrong code. The default threshold keeps the wrong codes at {bound} or fewer of the items it "
                       "accepts (measured on held-out titles).").format(
            t=threshold_words(risk.chosen), c=share(risk.coverage), e=share(risk.error), per=count(risk.per),
            a=count(risk.accepted), w=count(risk.wrong), bound=percent(risk.bound, 0))
