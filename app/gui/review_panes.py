"""The panes of the review detail: the item as imported, the suggestions with their guard-rail
warnings, the decision memory and the flags. Catalogue text is always shown as plain text."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QProgressBar, QTableWidget, QTableWidgetItem, QTextEdit, QVBoxLayout, QWidget)

from app.core.reviewing import ReviewDetail
from app.core.rules import trigger_spans
from app.gui import confusion_words
from app.gui.core_messages import core_text
from app.gui.labels import count, core_label, decimal, local_time, percent

HIGHLIGHT = QColor("#ffe08a")


def plain(label: QLabel) -> QLabel:
    """Catalogue text is shown as plain text, never interpreted as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(True)
    return t


def _figure(text: str) -> str:
    """A stored figure (digits and a decimal point) in the window's marks; other text as it is."""
    try:
        return decimal(Decimal(text))
    except (InvalidOperation, ValueError):
        return text


class ConfidenceCell(QWidget):
    """A bar and its percentage side by side: written inside the bar, the figure's first digit
    disappeared under the bar's colour in a selected row."""

    def __init__(self, probability: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(probability * 100))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.label = QLabel(percent(probability, 0))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance("100%") + 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)


def _cell(text: str, tip: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if tip:
        it.setToolTip(tip)
    return it


def _lines(widget: QWidget, n: int) -> int:
    """The height of n lines of the widget's text."""
    return n * widget.fontMetrics().lineSpacing()


def _reader(lines: int, most: int) -> QPlainTextEdit:
    """Read-only text that scrolls past a few lines instead of pushing the panes below off a small screen."""
    t = QPlainTextEdit()
    t.setReadOnly(True)
    t.setFrameShape(QFrame.Shape.NoFrame)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    margins = 2 * round(t.document().documentMargin())
    t.setMinimumHeight(_lines(t, lines) + margins)
    t.setMaximumHeight(_lines(t, most) + margins)
    return t


class ItemPane(QGroupBox):
    """The title (two lines, trigger words highlighted), SKU and description on the left, the
    facts on the right; long texts scroll, so the pane stays short on a 600-pixel screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Item as imported"), parent)
        self.title = QTextEdit()
        self.title.setReadOnly(True)
        self.title.setAcceptRichText(False)
        self.title.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title.setFixedHeight(_lines(self.title, 2) + 2 * round(self.title.document().documentMargin())
                                  + 2 * self.title.frameWidth())
        self.sku = plain(QLabel())
        self.description = _reader(2, 3)  # long marketplace descriptions scroll
        self.facts = _reader(4, 6)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Description"), self.description)
        details = QFormLayout()
        details.addRow(self.tr("Details"), self.facts)
        # across the top of the detail: the item on the left, its facts on the right
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 4)
        row.addLayout(form, 3)
        row.addLayout(details, 2)

    # The most of each text shown: a longer one (stored before imports had limits) is cut, the
    # rest counted, so laying out one long word cannot hold the window for minutes.
    TITLE_SHOWN = 2_000
    DESCRIPTION_SHOWN = 20_000
    FACT_SHOWN = 1_000

    def bounded(self, text: str, most: int) -> str:
        """The text, or its first ``most`` characters and how many more there are."""
        if len(text) <= most:
            return text
        return text[:most] + " " + self.tr("… {n} more characters").format(n=count(len(text) - most))

    def show_detail(self, d: ReviewDetail | None) -> None:
        if d is None:
            self.title.setPlainText(self.tr("Nothing waits for review."))
            for w in (self.sku, self.description, self.facts):
                w.clear()
            return
        it = d.item
        self.title.setPlainText(self.bounded(it.title, self.TITLE_SHOWN))
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setFontWeight(QFont.Weight.Bold)
        for start, end in trigger_spans(it.title[: self.TITLE_SHOWN], [f.trigger for f in it.flags]):
            cur = QTextCursor(self.title.document())
            cur.setPosition(start)
            cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cur.mergeCharFormat(fmt)
        self.sku.setText(self.bounded(it.sku, self.FACT_SHOWN))
        self.description.setPlainText(self.bounded(it.description, self.DESCRIPTION_SHOWN))
        facts = [self.tr("Variation: {v}").format(v=it.variation) if it.variation else "",
                 self.tr("Material: {v}").format(v=it.material) if it.material else "",
                 self.tr("Origin: {v}").format(v=it.origin) if it.origin else "",
                 self.tr("Value: {v} {c}").format(v=_figure(it.unit_value), c=it.currency).strip() if it.unit_value else "",
                 self.tr("Net weight: {v} kg").format(v=decimal(it.net_weight_kg, trim=True)) if it.net_weight_kg is not None else ""]
        facts += [f"{k}: {v}" for k, v in it.attributes.items()]
        self.facts.setPlainText("\n".join(self.bounded(f, self.FACT_SHOWN) for f in facts if f))

    def highlighted_text(self) -> list[str]:
        """The highlighted words, as the reader sees them (for tests and accessibility)."""
        doc = self.title.document()
        out = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.charFormat().background().color() == HIGHLIGHT:
                    out.append(frag.text())
                it += 1
            block = block.next()
        return out


class SuggestionsPane(QGroupBox):
    """The suggestions with their confidence: at least three rows in sight, each at most two lines
    (the whole path is in the tooltip). The deciding question is built here and set with the
    suggestions, but the page lays it out across the whole detail, where it reads in two lines."""

    ROWS_IN_SIGHT = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suggestions"), parent)
        self.table = _table([self.tr("#"), self.tr("Code"), self.tr("Subheading (heading)"), self.tr("Confidence")])
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for c in (0, 1):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        # a narrow bar (as wide as its header) leaves the description the room to wrap
        h.resizeSection(3, h.fontMetrics().horizontalAdvance(self.tr("Confidence")) + 18)
        # the description's column never gets narrower than its header
        h.setMinimumSectionSize(h.fontMetrics().horizontalAdvance("#") + 14)
        self.min_description = h.fontMetrics().horizontalAdvance(self.tr("Subheading (heading)")) + 18
        self.row_height = _lines(self.table, 2) + 8
        self.table.setMinimumHeight(h.sizeHint().height() + self.ROWS_IN_SIGHT * self.row_height
                                    + 2 * self.table.frameWidth())
        self.question = plain(QLabel())
        self.question.setStyleSheet("QLabel { background: #fff4ce; color: black; padding: 4px; }")
        self.warnings = plain(QLabel())
        self.warnings.setStyleSheet("QLabel { color: #9a3412; }")
        self.table.viewport().installEventFilter(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.warnings)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        h = self.table.horizontalHeader()
        columns = sum(h.sectionSizeHint(c) for c in (0, 1)) + h.sectionSize(3) + self.min_description
        return QSize(max(hint.width(), columns + 2 * self.table.frameWidth() + 30), hint.height())

    def show_detail(self, d: ReviewDetail | None) -> None:
        self.table.setRowCount(0)
        self.question.clear()
        self.question.setVisible(False)
        self.warnings.clear()
        if d is None:
            return
        rows = list(d.item.suggestions)
        given = d.item.catalogue if rows else None  # the catalogue's code, beside the model's suggestions
        if given is not None and all(sv.code != given.code for sv in rows):
            rows.append(given)  # the model does not suggest it: a row of its own, after them (its own key)
        self.table.setRowCount(len(rows))
        for row, s in enumerate(rows):
            # The subheading reads first; its heading follows, the chapter is in the tooltip.
            # (a heading with one subheading has the same text twice: it is shown once)
            path = f"{s.description} ({s.heading})" if s.heading and s.heading != s.description else s.description
            tip = f"{s.chapter}\n{s.heading}\n{s.description}"
            if given is not None and s.code == given.code:
                if d.item.catalogue_written:  # a national tariff line, read at its subheading
                    path = self.tr("From the catalogue (written {line}): {path}").format(line=d.item.catalogue_written,
                                                                                        path=path)
                else:
                    path = self.tr("From the catalogue: {path}").format(path=path)
                tip = self.tr("The seller's catalogue gives this code; it is no decision until one is made here.") + "\n" + tip
            self.table.setItem(row, 0, _cell(str(row + 1)))
            code = _cell(s.code)
            code.setData(Qt.ItemDataRole.UserRole, s.code)
            self.table.setItem(row, 1, code)
            self.table.setItem(row, 2, _cell(path, tip))
            if row < len(d.item.suggestions):
                self.table.setCellWidget(row, 3, ConfidenceCell(s.probability))
            else:
                none = _cell("–", self.tr("Not among the model's suggestions"))
                none.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, 3, none)
        self.fit_rows()
        if d.item.suggestions:
            self.table.selectRow(0)
        if d.question is not None:
            self.question.setText(self.tr("Decide this first ({fact}): {q} Press 1 or 2: {choices}; O for another code.")
                                  .format(fact=confusion_words.fact(d.question), q=confusion_words.asked(d.question),
                                          choices=confusion_words.choices(d.question)))
            self.question.setVisible(True)
        self.warnings.setText("\n".join(core_text(w) for w in d.warnings))
        self.warnings.setVisible(bool(d.warnings))

    def fit_rows(self) -> None:
        """Rows as tall as their text, up to two lines, or up to an equal share of the table when
        it has the room (the rest is elided)."""
        self.table.resizeRowsToContents()
        rows = self.table.rowCount()
        most = max(self.row_height, self.table.viewport().height() // max(rows, 1))
        for row in range(rows):
            if self.table.rowHeight(row) > most:
                self.table.setRowHeight(row, most)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_rows()  # a wider column wraps into fewer lines, a taller table has room for more
        return super().eventFilter(watched, event)

    def code_at(self, row: int) -> str | None:
        it = self.table.item(row, 1)
        return None if it is None else str(it.data(Qt.ItemDataRole.UserRole))

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.code_at(rows[0].row() if rows else 0)


class MemoryPane(QGroupBox):
    """Earlier decisions for the same SKU, title or SKU family."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision memory"), parent)
        self.memory = QListWidget()
        self.memory.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.memory.setWordWrap(True)
        self.memory.setMinimumHeight(_lines(self.memory, 2) + 8)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.addWidget(self.memory)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())  # the flags above take the height

    def show_detail(self, d: ReviewDetail | None) -> None:
        self.memory.clear()
        if d is None:
            return
        for m in d.memory:
            given = self.tr("{code} given to {sku} by {who} on {when} ({why})").format(
                code=m.code, sku=m.sku, who=m.reviewer, when=local_time(m.decided_at, "%Y-%m-%d"), why=core_text(m.why))
            if not m.subheading:  # stored before codes were checked: no decision to follow
                given = self.tr("{given}: {code} is not an HS 2022 subheading").format(given=given, code=m.code)
            self.memory.addItem(given)
        if not d.memory:
            self.memory.addItem(self.tr("No earlier decision for this SKU, title or SKU family"))


class FlagsPane(QGroupBox):
    """One entry per rule, its markets together, the reason wrapped and the source below it."""

    COLOURS = {"block": QColor("#fde2e1"), "review": QColor("#fff4ce"), "info": QColor("#e8f0fe")}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Why it needs a look"), parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSpacing(2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.addWidget(self.list)

    def show_detail(self, d: ReviewDetail | None) -> None:
        self.list.clear()
        if d is None:
            return
        grouped: dict[tuple[str, str, str], tuple[list[str], list[str]]] = {}
        for f in d.item.flags:  # already ordered by severity, rule and market
            markets, reasons = grouped.setdefault((f.severity, f.rule_id, f.trigger), ([], []))
            markets.append(self.tr("all markets") if f.market == "*" else f.market)
            if f.reason not in reasons:
                reasons.append(f.reason)
        for (severity, rule_id, trigger), (markets, reasons) in grouped.items():
            text = self.tr("{severity} · {rule} · {markets}").format(
                severity=core_label(severity).upper(), rule=rule_id, markets=", ".join(markets))
            text += "\n" + "\n".join(reasons)
            if trigger:
                text += "\n" + self.tr("Triggered by: {t}").format(t=trigger)
            source = d.flag_sources.get(rule_id, "")
            if source:
                text += "\n" + self.tr("Source: {s}").format(s=core_text(source))  # a rule's citation as written
            item = QListWidgetItem(text)
            item.setBackground(self.COLOURS.get(severity, QColor("white")))
            item.setForeground(QColor("black"))
            self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]
