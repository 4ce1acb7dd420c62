"""The HS code picker: type-ahead over codes and descriptions, and a chapter > heading >
subheading tree. A code is accepted only as typed: never padded or cut to fit."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSplitter,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core.nomenclature import HS6, nomenclature
from app.gui.labels import count, percent

CODE_ROLE = Qt.ItemDataRole.UserRole
MODEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the row is the model's reading of the typed words
MODEL_FLOOR = 0.05  # the model's codes below this are noise, not a reading

# asks the model for codes for some words, off the GUI thread, and calls back with (code, probability)
Suggest = Callable[[str, Callable[[list[tuple[str, float]]], None]], None]


class HsPicker(QDialog):
    """Emits sig_code_chosen with a valid six-digit HS 2022 subheading."""

    sig_code_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, initial: str = "", suggest: Suggest | None = None) -> None:
        super().__init__(parent)
        # Typed words in any language also go to the model (the descriptions are English): its
        # best codes for them come first in the list, marked as its reading.
        self._suggest = suggest
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(300)
        self._ask_timer.timeout.connect(self._ask_model)
        self.setWindowTitle(self.tr("Choose an HS code"))
        self.resize(760, 560)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a code (e.g. 8507) or words from the description"))
        self.results = QListWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Description")])
        self.tree.setColumnWidth(0, 110)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results)
        split.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for chapter in nomenclature().chapters():
            node = QTreeWidgetItem([chapter.code, chapter.description])
            node.setData(0, CODE_ROLE, chapter.code)
            node.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(node)
        self.tree.itemExpanded.connect(self._fill)
        self.tree.itemActivated.connect(lambda it, _c: self._take(str(it.data(0, CODE_ROLE))))
        self.results.itemActivated.connect(lambda it: self._take(str(it.data(CODE_ROLE))))
        self.query.textChanged.connect(self._search)
        self.query.installEventFilter(self)
        self.query.setText(initial)
        self._search(initial)

    # browsing -----------------------------------------------------------------------------
    def _fill(self, node: QTreeWidgetItem) -> None:
        if node.childCount():
            return
        for e in nomenclature().children(str(node.data(0, CODE_ROLE))):
            child = QTreeWidgetItem([e.code, e.description])
            child.setData(0, CODE_ROLE, e.code)
            child.setToolTip(1, e.description)
            if e.level < 6:
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            node.addChild(child)

    def reveal(self, code: str) -> QTreeWidgetItem | None:
        """Expand the tree down to a code (chapter, heading or subheading) and select it."""
        parent: QTreeWidgetItem | None = None
        for level in (2, 4, 6):
            if len(code) < level:
                break
            prefix = code[:level]
            items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())] if parent is None else \
                [parent.child(i) for i in range(parent.childCount())]
            found = next((it for it in items if it.data(0, CODE_ROLE) == prefix), None)
            if found is None:
                break
            if level < 6:
                found.setExpanded(True)
            parent = found
        if parent is not None:
            self.tree.setCurrentItem(parent)
            self.tree.scrollToItem(parent)
        return parent

    # type-ahead ---------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.results.clear()
        text = text.strip()
        for e in nomenclature().search(text, 60) if text else []:
            it = QListWidgetItem(f"{e.code}  {e.description}")
            it.setData(CODE_ROLE, e.code)
            self.results.addItem(it)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.status.setText(self._verdict(text))
        if self._suggest is not None and sum(ch.isalpha() for ch in text) >= 3:
            self._ask_timer.start()

    def _ask_model(self) -> None:
        asked = self.query.text().strip()
        assert self._suggest is not None
        self._suggest(asked, lambda hits: self._show_model_hits(asked, hits))

    def _show_model_hits(self, asked: str, hits: list[tuple[str, float]]) -> None:
        if asked != self.query.text().strip():
            return  # the words changed meanwhile; their own answer follows
        current = self.results.currentItem()
        italic = QFont(self.results.font())
        italic.setItalic(True)
        shown = [h for h in hits if h[1] >= MODEL_FLOOR and nomenclature().is_subheading(h[0])]
        for row, (code, p) in enumerate(shown):
            it = QListWidgetItem(self.tr("{code}  {desc}  (the model's reading of these words: {p})").format(
                code=code, desc=nomenclature().describe(code), p=percent(p, 0)))
            it.setData(CODE_ROLE, code)
            it.setData(MODEL_ROLE, True)
            it.setFont(italic)
            self.results.insertItem(row, it)
        if current is not None:
            self.results.setCurrentItem(current)  # what the user highlighted stays highlighted
        else:
            # only the model's reading is listed: it is a guess (kopi read in "kopiah"), so Enter
            # takes it only once the user has picked it
            self.results.setCurrentRow(-1)
        if shown:
            self.status.setText(self.readings_said(self.results.count() - len(shown), len(shown)))

    def readings_said(self, matches: int, readings: int) -> str:
        """The status line once the model's readings are listed above the subheadings the words match."""
        words = (self.tr("No subheading matches these words in English.") if matches == 0 else
                 self.tr("1 subheading matches these words in English.") if matches == 1 else
                 self.tr("{n} subheadings match these words in English.").format(n=count(matches)))
        model = (self.tr("The first line is the model's reading of the words.") if readings == 1 else
                 self.tr("The first {m} lines are the model's reading of the words.").format(m=count(readings)))
        if matches:
            return f"{words} {model}"
        return f"{words} {model} " + self.tr("Nothing is highlighted: pick a line (Down, then Enter) to use it.")

    def _verdict(self, text: str) -> str:
        if not text:
            return ""
        if text.isdigit():
            if HS6.match(text):
                if nomenclature().is_subheading(text):
                    return self.tr("{code}: {desc}").format(code=text, desc=nomenclature().describe(text))
                return self.tr("{code} is not an HS 2022 subheading").format(code=text)
            if len(text) > 6:
                return self.tr("An HS code has six digits; {n} were typed").format(n=len(text))
            return self.tr("{n} of 6 digits; pick a subheading below").format(n=len(text))
        n = self.results.count()
        if any(ch.isalpha() for ch in text.replace(".", "")):
            if n == 0:
                return self.tr("No subheading matches (the descriptions are in English: 'coffee', not 'kopi' or "
                               "'cà phê')")
            if n == 1:
                return self.tr("1 subheading matches (the descriptions are in English: 'coffee', not 'kopi' or "
                               "'cà phê')")
            return self.tr("{n} subheadings match (the descriptions are in English: 'coffee', not 'kopi' or 'cà phê')"
                           ).format(n=count(n))
        if n == 0:
            return self.tr("No subheading matches")
        return self.tr("1 subheading matches") if n == 1 else self.tr("{n} subheadings match").format(n=count(n))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.query and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Up, Qt.Key.Key_Down)):
            event.accept()  # these keys belong to the picker, not to a shortcut of the window behind it
            return True
        if obj is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
        return super().eventFilter(obj, event)

    # choosing -----------------------------------------------------------------------------
    def choose(self) -> None:
        """The typed code if it is a full valid code, else the highlighted result or tree entry."""
        text = self.query.text().strip()
        if text.isdigit() and len(text) >= 6:
            self._take(text)
            return
        if self.results.currentItem() is not None and text:
            self._take(str(self.results.currentItem().data(CODE_ROLE)))
            return
        node = self.tree.currentItem()
        if node is not None:
            self._take(str(node.data(0, CODE_ROLE)))
            return
        self.status.setText(self.tr("Type a code or pick one from the list"))

    def _take(self, code: str) -> None:
        if not nomenclature().is_subheading(code):
            self.status.setText(self.tr("{code} is not a six-digit HS 2022 subheading").format(code=code)
                                if HS6.match(code) else self.tr("Choose a six-digit subheading, not {code}").format(code=code))
            return
        self.sig_code_chosen.emit(code)
        self.accept()
