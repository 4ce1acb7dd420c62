"""The Rules page: every flagging rule with its trigger, reason and source, filters by market
and severity, a switch per rule, threshold edits, and how many items each rule flags now.

Changes are written to the user's rules.toml and the items are re-flagged in the
background; the page then tells the window through ``sig_rules_changed``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import flagging, model_card, rule_admin
from app.core.rule_admin import RuleView
from app.core.rules import ASEAN, SEVERITIES
from app.gui.core_messages import core_text
from app.gui.labels import core_label, count, decimal
from app.core.workspace import Workspace, bundled_model_card
from app.gui.operations import OperationRunner
from app.gui.rows_model import RowsModel
from app.gui.spin_boxes import AmountSpin, ConfidenceSpin
from app.gui.threshold_question import ThresholdQuestion

Index = QModelIndex | QPersistentModelIndex


class RulesModel(RowsModel):
    COLUMNS = (QT_TRANSLATE_NOOP("RulesModel", "On"), QT_TRANSLATE_NOOP("RulesModel", "Rule"),
               QT_TRANSLATE_NOOP("RulesModel", "Title"), QT_TRANSLATE_NOOP("RulesModel", "Severity"),
               QT_TRANSLATE_NOOP("RulesModel", "Markets"), QT_TRANSLATE_NOOP("RulesModel", "Items flagged"))
    sig_toggled = Signal(str, bool)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", r.id, r.listed_title, core_label(r.severity), r.market_text, r.flagged_items if r.enabled else "")[col]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 4):
            return r.title if col == 2 else " ".join(r.markets) or self.tr("all markets")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.sig_toggled.emit(self.rows[index.row()].id, checked)
            return True
        return False


class RulesFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.market: str | None = None
        self.severity: str | None = None

    def set_filter(self, market: str | None, severity: str | None) -> None:
        self.beginFilterChange()
        self.market, self.severity = market, severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RulesModel)
        r = model.rows[source_row]
        return r.applies_to(self.market) and (self.severity is None or r.severity == self.severity)


class RulesPage(QWidget):
    sig_rules_changed = Signal()   # rules were edited and the items re-flagged
    sig_loaded = Signal()          # the list was (re)read

    def __init__(self, ws: Workspace, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.current: RuleView | None = None
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.threshold_question: ThresholdQuestion | None = None  # asked before a risky review threshold is saved

        self.market = QComboBox()
        self.market.addItem(self.tr("All markets"), None)
        for m in ASEAN:
            self.market.addItem(m, m)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("All severities"), None)
        for s in SEVERITIES:
            self.severity.addItem(core_label(s), s)  # as the review queue names them
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Market:")))
        top.addWidget(self.market)
        top.addWidget(QLabel(self.tr("Severity:")))
        top.addWidget(self.severity)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.model = RulesModel()
        self.proxy = RulesFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.detail = QLabel(self.tr("Select a rule to see its trigger, reason and source."))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.threshold_box = QGroupBox(self.tr("Thresholds"))
        self.threshold_fields = QWidget()
        self.threshold_form = QFormLayout(self.threshold_fields)
        self.apply_button = QPushButton(self.tr("Apply thresholds"))
        box_layout = QVBoxLayout(self.threshold_box)
        box_layout.addWidget(self.threshold_fields)
        box_layout.addWidget(self.apply_button)
        self.apply_button.clicked.connect(self.apply_thresholds)
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.reset_button.setToolTip(self.tr("Undo your adjustments to this rule: it works as its rule file says again"))
        self.reset_button.clicked.connect(self.reset_rule)
        self.reset_button.setEnabled(False)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.threshold_box)
        side_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.market.currentIndexChanged.connect(self._filter)
        self.severity.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.model.sig_toggled.connect(self.set_enabled)
        self._show_thresholds(None)
        QTimer.singleShot(0, self._startup)

    # loading ------------------------------------------------------------------------------
    def _startup(self) -> None:
        """Re-flag once if the rule files changed since the items were flagged, then list."""
        def work(progress):  # type: ignore[no-untyped-def]
            changed = flagging.needs_reflag(self.ws)
            if changed:
                flagging.reflag(self.ws, progress=progress)
            return changed, rule_admin.list_rules(self.ws)

        def done(result: tuple[bool, list[RuleView]]) -> None:
            self._loaded(result[1])
            if result[0]:
                self.sig_rules_changed.emit()

        self.runner.run(self.tr("Checking the rules"), work, done, self._failed)

    def reload(self) -> None:
        def done(result: tuple[list[RuleView], list[str]]) -> None:
            rows, warnings = result
            self._loaded(rows)
            if warnings:  # what the rule files hold that does nothing, such as an override for no rule
                self.message.setText(self.tr("Check your rules.toml: {w}").format(
                    w="; ".join(core_text(w) for w in warnings)))

        self.runner.run(self.tr("Reading the rules"),
                        lambda p: (rule_admin.list_rules(self.ws), list(self.ws.rules().warnings)), done, self._failed)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.model.rows:
            self.reload()   # counts change as items are classified and decided

    def _loaded(self, rows: list[RuleView]) -> None:
        keep = self.current.id if self.current else None
        self.model.set_rows(rows)
        self._filter()
        if keep:
            self.select(keep)
        self.sig_loaded.emit()

    def _failed(self, message: str, details: str) -> None:
        self.message.setText(message)

    # filters and selection ----------------------------------------------------------------
    def _filter(self) -> None:
        self.proxy.set_filter(self.market.currentData(), self.severity.currentData())
        shown = self.proxy.rowCount()
        on = sum(1 for r in self.model.rows if r.enabled)
        self.summary.setText(self.tr("{shown} of {total} rules shown, {on} on").format(
            shown=shown, total=len(self.model.rows), on=on))

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(i, 1).data() for i in range(self.proxy.rowCount())]

    def select(self, rule_id: str) -> bool:
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 1).data() == rule_id:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.proxy.index(i, 1))
                self._selected(self.proxy.index(i, 1))
                return True
        return False

    def _selected(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.current = row
        lines = [f"{row.id}: {row.title}", "",
                 self.tr("Severity: {s}").format(s=core_label(row.severity)),
                 self.tr("Markets: {m}").format(m=" ".join(row.markets) or self.tr("all")),
                 self.tr("Trigger: {t}").format(t=row.trigger), "",
                 self.tr("Reason: {r}").format(r=row.reason), "",
                 self.tr("Source: {s}").format(s=row.source or "-"),
                 self.tr("Last checked: {d}").format(d=row.checked or "-"),
                 self.tr("Items it flags now: {n}").format(n=count(row.flagged_items))]
        if row.uncertain:
            lines.append(self.tr("The fact behind this rule is not confirmed, so it asks for review and never blocks."))
        if not row.enabled:
            lines.append(self.tr("This rule is switched off."))
        if row.overridden:
            lines.append(self.tr("You adjusted this rule (Reset to default undoes it)."))
        self.detail.setText("\n".join(lines))
        self._show_thresholds(row)

    def _show_thresholds(self, row: RuleView | None) -> None:
        while self.threshold_form.rowCount():
            self.threshold_form.removeRow(0)
        self.spins = {}
        for t in row.thresholds if row else ():
            if t.attribute == "confidence_below":
                spin: QDoubleSpinBox = ConfidenceSpin(0.05)
            else:
                spin = AmountSpin()
            spin.setValue(t.value)
            if t.unit:
                spin.setSuffix(f" {t.unit}")
            self.spins[t.attribute] = spin
            self.threshold_form.addRow(t.label, spin)
        self.threshold_box.setVisible(bool(self.spins))
        self.reset_button.setEnabled(bool(row and row.overridden))

    # changes ------------------------------------------------------------------------------
    def set_enabled(self, rule_id: str, enabled: bool) -> None:
        self._change(rule_id, enabled=enabled)

    def apply_thresholds(self) -> None:
        if self.current is None:
            return
        old = {t.attribute: t.value for t in self.current.thresholds}
        unread = [s.typed for s in self.spins.values() if isinstance(s, AmountSpin) and s.unread_text()]
        if unread:  # "2,5" in the English window: never taken as 25
            self.message.setText(self.tr("“{text}” is not a number as this window writes them ({example}); "
                                         "nothing was changed.").format(text=unread[0], example=decimal(1500.5)))
            return
        changes = {k: round(s.value(), 6) for k, s in self.spins.items() if abs(s.value() - old.get(k, 0.0)) > 1e-9}
        if not changes:
            return
        rule_id = self.current.id
        chosen = changes.get("confidence_below")
        # the low-confidence rule's threshold is the review threshold: lowered to where more wrong codes pass
        # than the default allows, it is asked about as Settings and the Models tab ask (the same figures as Settings)
        risk = None if chosen is None else model_card.threshold_risk(
            old["confidence_below"], chosen, model_card.at_threshold(model_card.card_rows(bundled_model_card()), chosen))
        if risk is None:
            self._change(rule_id, **changes)
            return

        def keep() -> None:
            self.spins["confidence_below"].setValue(old["confidence_below"])
            rest = {k: v for k, v in changes.items() if k != "confidence_below"}
            if rest:
                self._change(rule_id, **rest)

        self.threshold_question = ThresholdQuestion(risk, self, lambda: self._change(rule_id, **changes), keep)
        self.threshold_question.open()

    def reset_rule(self) -> None:
        if self.current is not None and self.current.overridden:
            self._change(self.current.id, reset=True)

    def _change(self, rule_id: str, reset: bool = False, **changes: object) -> None:
        self.message.setText(self.tr("Saving {rule} and re-flagging the items…").format(rule=rule_id))

        def work(progress):  # type: ignore[no-untyped-def]
            if reset:
                rule_admin.reset_override(self.ws, rule_id)
            else:
                rule_admin.set_override(self.ws, rule_id, **changes)
            report = flagging.reflag(self.ws, progress=progress)
            return report, rule_admin.list_rules(self.ws)

        def done(result: tuple[flagging.ReflagReport, list[RuleView]]) -> None:
            report, rows = result
            self._loaded(rows)
            said = (self.tr("{rule} saved. 1 item changed: {q} now waits for review, {r} decided item is back in the "
                            "queue, {f} no longer waits.") if report.changed == 1 else
                    self.tr("{rule} saved. {n} items changed: {q} now wait for review, {r} decided items are back in "
                            "the queue, {f} no longer wait."))
            self.message.setText(said.format(
                rule=rule_id, n=count(report.changed), q=count(report.to_queue), r=count(report.returned),
                f=count(report.released)))
            self.sig_rules_changed.emit()

        self.runner.run(self.tr("Updating rule {rule}").format(rule=rule_id), work, done, self._failed)
