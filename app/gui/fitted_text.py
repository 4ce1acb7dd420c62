"""A label that shows its text whole, or says where the rest is.

A plain QLabel in the status bar is cut at whatever stands beside it: the start-up note under
the job bar, a job's title under its own progress bar. This one wraps its text at the width it
is given, at spaces (anywhere in a long file path), over at most `max_lines` lines; only when
it needs more does its last line end in "…", and then its tooltip holds the whole text. Its
height follows the lines it shows, so whatever holds it makes room for them.

text() is always the whole text; shown_lines() is what can be read on screen.

FittedButton does the same for a push button's one line: given less width than its text needs
(down to what a shorter text of its choosing needs), it cuts the text with "…" and its tooltip
holds it whole, so a long state ("Finishing — can no longer be cancelled") does not set how
narrow whatever holds the button can be.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

LINE_BREAK = "\u2028"  # what QTextLayout breaks a line at


def wrapped(text: str, font: QFont, width: int, max_lines: int) -> tuple[list[str], bool]:
    """The lines of `text` at `width` pixels, at most `max_lines` of them, and whether some of
    it was left out (the last line then ends in "…")."""
    if not text:
        return [], False
    if width <= 0:
        return [], True
    laid = text.replace("\n", LINE_BREAK)
    layout = QTextLayout(laid, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [laid[start:start + length].rstrip(LINE_BREAK + " ") for start, length in spans]
    if len(lines) <= max_lines:
        return lines, False
    rest = laid[spans[max_lines - 1][0]:].replace(LINE_BREAK, " ")
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines[:max_lines - 1] + [last], True


class FittedText(QLabel):
    """Plain text over at most `max_lines` lines at its width; cut with "…" only past them, and
    then whole in its tooltip. It would like its text on one line; it can shrink to
    `least_chars` average characters (less, when the text is shorter)."""

    def __init__(self, max_lines: int = 1, least_chars: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # titles and messages carry file names from outside
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.max_lines, self.least_chars = max_lines, least_chars
        self._lines: list[str] = []
        self._cut = False

    # what it shows ----------------------------------------------------------------------------
    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()
        self.updateGeometry()

    def shown_lines(self) -> list[str]:
        """The lines as they are drawn (the last one cut with "…" when the text needs more)."""
        return list(self._lines)

    def is_cut(self) -> bool:
        return self._cut

    def lines_at(self, width: int) -> tuple[list[str], bool]:
        """The lines the text would take in a label `width` pixels wide."""
        return wrapped(self.text(), self.font(), width - self._margins(), self.max_lines)

    def width_for(self, lines: int) -> int:
        """The least width (margins included) that shows the whole text over at most `lines`
        lines; the one-line width when none does (a word longer than that)."""
        low, high = 1, self._one_line()
        while low < high:  # a text takes more lines only as its width shrinks
            middle = (low + high) // 2
            taken, cut = wrapped(self.text(), self.font(), middle - self._margins(), lines)
            if cut or len(taken) > lines:
                low = middle + 1
            else:
                high = middle
        return high

    def _margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def _fit(self) -> None:
        lines, cut = self.lines_at(self.width())
        taller_or_shorter = len(lines) != len(self._lines)
        self._lines, self._cut = lines, cut
        self.setToolTip(self.text() if cut else "")
        if taller_or_shorter:
            self.updateGeometry()  # whatever holds it lays it out again
        self.update()

    # size -------------------------------------------------------------------------------------
    def _one_line(self) -> int:
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in self.text().split("\n")), default=0)
        return widest + self._margins() + 1  # a pixel to spare: advances are rounded

    def _least(self) -> int:
        return min(self._one_line(), self.least_chars * self.fontMetrics().averageCharWidth() + self._margins())

    def _height(self) -> int:
        margins = self.contentsMargins()
        return max(1, len(self._lines)) * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        return QSize(self._one_line(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._least(), self._height())

    def hasHeightForWidth(self) -> bool:
        return False  # the height follows the width it was given (see _fit), not a guess of it

    # drawing ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect()
        step = self.fontMetrics().lineSpacing()
        top = area.top() + max(0, (area.height() - step * len(self._lines)) // 2)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for n, line in enumerate(self._lines):
            self.style().drawItemText(painter, QRect(area.left(), top + n * step, area.width(), step), align,
                                      self.palette(), self.isEnabled(), line, self.foregroundRole())


class FittedButton(QPushButton):
    """A push button that can be narrower than its text: as narrow as `least_text` would make it
    (when that is shorter), its text then cut with "…" and whole in its tooltip. text() is
    always the whole text; shown_text() is what is drawn."""

    def __init__(self, text: str, least_text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.least_text = least_text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # it may get less than it likes
        self._shown = text

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()
        self.updateGeometry()

    def shown_text(self) -> str:
        return self._shown

    def _extra(self) -> int:
        """What the style adds around the text: frame and margins."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        wide = 10_000  # past any least width a style may keep
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(wide, 1), self).width() - wide

    def minimumSizeHint(self) -> QSize:
        """As wide as the button would be with `least_text` (the style's least width kept), when
        that is narrower than with its own text."""
        hint = self.sizeHint()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.least_text
        text = QSize(self.fontMetrics().horizontalAdvance(self.least_text), self.fontMetrics().height())
        least = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
        return QSize(min(hint.width(), least.width()), hint.height())

    def _fit(self) -> None:
        if self.width() >= self.sizeHint().width():
            shown = self.text()
        else:
            shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width() - self._extra())
        self._shown = shown
        self.setToolTip(self.text() if shown != self.text() else "")
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self._shown
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
