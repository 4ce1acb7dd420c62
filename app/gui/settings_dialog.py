"""Settings: review threshold (with what it means), markets, paper, language, theme, data folder.

Workspace settings (threshold, markets, paper size, language, theme) are stored in the
database; the data folder is a preference of this computer (QSettings) and applies at the
next start. Other features add their own group with `add_section` (e.g. backups).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import model_card
from app.core.paths import folder_problem
from app.core.profile import MARKETS, country_name
from app.core.rules import RuleFileError
from app.core.workspace import Workspace, bundled_model_card
from app.gui import window_state
from app.gui.core_messages import error_text
from app.gui.i18n import LANGUAGES, available_languages, interface_language
from app.gui.labels import count, percent
from app.gui.operations import OperationRunner
from app.gui.spin_boxes import ConfidenceSpin
from app.gui.startup import Startup
from app.gui.theme import THEMES
from app.gui.threshold_question import ThresholdQuestion, share

PAPER_SIZES = ("A4", "Letter")


class SettingsDialog(QDialog):
    """Opened with open(); emits sig_saved(changed keys) after storing the values."""

    sig_saved = Signal(list)
    sig_not_saved = Signal(str, str)  # message, details: the values could not be stored
    sig_first_run_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, runner: OperationRunner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner  # where the values are written (without one: here, as in tests of the dialog alone)
        self.setWindowTitle(self.tr("Settings"))
        self.card_rows = model_card.card_rows(bundled_model_card())
        self.heldout = int(bundled_model_card().get("heldout_titles") or 0)
        self.initial = self.stored_values()
        self.threshold_question: ThresholdQuestion | None = None  # asked before a risky threshold is stored

        # Review threshold.
        self.threshold = ConfidenceSpin()  # the same as on the Rules and Models pages: one setting
        self.threshold.setValue(self.initial["review_below"])
        self.threshold_meaning = QLabel()
        self.threshold_meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.threshold_meaning.setWordWrap(True)
        self.threshold.valueChanged.connect(self._explain_threshold)
        review = QGroupBox(self.tr("Review"))
        rf = QFormLayout(review)
        rf.addRow(self.tr("Ask for review below confidence"), self.threshold)
        rf.addRow(self.threshold_meaning)

        # Markets.
        markets = QGroupBox(self.tr("Target markets"))
        grid = QGridLayout(markets)
        self.market_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(MARKETS):
            box = QCheckBox(f"{code} — {country_name(code, interface_language())}")
            box.setChecked(code in self.initial["markets"])
            self.market_boxes[code] = box
            grid.addWidget(box, i // 5, i % 5)

        # Appearance and documents.
        self.paper = QComboBox()
        self.paper.addItems(PAPER_SIZES)
        self.paper.setCurrentText(self.initial["paper_size"])
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code in available_languages():
            self.language.addItem(LANGUAGES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(self.initial["language"]), 0))
        self.theme = QComboBox()
        for code, label in zip(THEMES, (self.tr("As the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(self.theme.findData(self.initial["theme"]), 0))
        look = QGroupBox(self.tr("Documents and appearance"))
        lf = QFormLayout(look)
        lf.addRow(self.tr("Paper size"), self.paper)
        lf.addRow(self.tr("Language (after a restart)"), self.language)
        lf.addRow(self.tr("Theme"), self.theme)

        # Data folder.
        self.data_dir = QLineEdit(str(window_state.saved_data_dir() or ws.data_dir))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_data_dir)
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(browse)
        data = QGroupBox(self.tr("Data folder"))
        dv = QVBoxLayout(data)
        dv.addLayout(row)
        note = QLabel(self.tr("The database, models and printed documents live here. "
                              "A new folder is used from the next start."))
        note.setWordWrap(True)
        dv.addWidget(note)
        self.data_dir_problem = QLabel()  # why a folder was refused; the dialog stays open
        self.data_dir_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.data_dir_problem.setWordWrap(True)
        self.data_dir_problem.setStyleSheet("color: #c0392b;")
        self.data_dir_problem.hide()
        dv.addWidget(self.data_dir_problem)
        self.data_dir.textEdited.connect(self.data_dir_problem.hide)

        self.first_run_button = QPushButton(self.tr("Company profile and first-start assistant…"))
        self.first_run_button.clicked.connect(self.sig_first_run_requested)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(self.save)
        # at least one market: with none, every market's rules (bans included) would be off
        for box in self.market_boxes.values():
            box.toggled.connect(self._markets_changed)
        self._markets_changed()

        self.sections = QVBoxLayout()  # groups added by other features (add_section)
        layout = QVBoxLayout(self)
        for box in (review, markets, look, data):
            layout.addWidget(box)
        layout.addLayout(self.sections)
        layout.addWidget(self.first_run_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._explain_threshold(self.threshold.value())

    def add_section(self, title: str, widget: QWidget) -> QGroupBox:
        """A place for another feature's settings (backups, for one), above the buttons."""
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        self.sections.addWidget(box)
        return box

    # values -------------------------------------------------------------------------------
    def stored_values(self) -> dict[str, Any]:
        try:
            rules_threshold = float(self.ws.rules().review_below)
            self.rules_problem = ""
        except RuleFileError as exc:  # a rule file was broken while the window is open
            chosen = self.ws.setting("review_below")
            rules_threshold = float(chosen) if isinstance(chosen, (int, float)) else 0.0
            self.rules_problem = error_text(exc)
        return {"review_below": rules_threshold, "markets": list(self.ws.setting("markets") or []),
                "paper_size": str(self.ws.setting("paper_size") or "A4"),
                "language": str(self.ws.setting("language") or ""), "theme": str(self.ws.setting("theme") or "system")}

    def values(self) -> dict[str, Any]:
        shown = round(self.threshold.value(), 2)
        # a threshold the box cannot show exactly (0.975 set on the Rules page) stays as it is
        # unless the user changed it here
        untouched = self.rules_problem or abs(shown - round(self.initial["review_below"], 2)) < 1e-9
        review_below = self.initial["review_below"] if untouched else shown
        return {"review_below": review_below,
                "markets": [c for c, box in self.market_boxes.items() if box.isChecked()],
                "paper_size": self.paper.currentText(), "language": str(self.language.currentData()),
                "theme": str(self.theme.currentData())}

    def _markets_changed(self, _checked: bool = False) -> None:
        any_market = any(box.isChecked() for box in self.market_boxes.values())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any_market)
        ok.setToolTip("" if any_market else self.tr("Choose at least one market."))

    def threshold_text(self, value: float) -> str:
        row = model_card.at_threshold(self.card_rows, value)
        if row is None:
            return self.tr("The shipped model has no measurements to say what this threshold means.")
        return self.tr("At {t}, the shipped model settles about {c} of items without review, and about "
                       "{e} of those are wrong (measured on {n} held-out starter titles, {k} of which reach this "
                       "threshold). A higher threshold sends more items to review and lets fewer mistakes through; "
                       "flags for restricted goods apply whatever the threshold.").format(
            t=percent(row.threshold, 0), c=share(row.coverage), e=share(row.error), n=count(self.heldout),
            k=count(round(row.coverage * self.heldout)))

    def _explain_threshold(self, value: float) -> None:
        self.threshold.setEnabled(not self.rules_problem)
        self.threshold_meaning.setText(self.tr("The rules cannot be read: {problem}").format(problem=self.rules_problem)
                                       if self.rules_problem else self.threshold_text(value))

    def _choose_data_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), self.data_dir.text())
        if path:
            self.data_dir.setText(path)

    def chosen_data_dir(self) -> Path | None:
        """The folder typed or chosen, when it differs from the one Settings names now."""
        text = self.data_dir.text().strip()
        folder = Path(text).expanduser() if text else None
        return folder if folder is not None and folder != (window_state.saved_data_dir() or self.ws.data_dir) else None

    def accept(self) -> None:
        """OK stores the values, unless the new data folder cannot be used: then the dialog says
        why and stays open (the next start would not find its data there)."""
        folder = self.chosen_data_dir()
        problem = folder_problem(folder) if folder is not None else None
        if problem is not None:
            self.data_dir_problem.setText(self.tr("Borderline cannot keep its data in {folder}: {why}. "
                                                  "Choose another folder.").format(
                folder=folder, why=Startup(self).problem_text(problem)))
            self.data_dir_problem.show()
            self.data_dir.setFocus()
            self.data_dir.selectAll()
            return
        self.data_dir_problem.hide()
        chosen = self.values()["review_below"]
        risk = model_card.threshold_risk(self.initial["review_below"], chosen,
                                         model_card.at_threshold(self.card_rows, chosen))
        if risk is None:
            super().accept()
            return
        # a threshold that lets more wrong codes through than the default allows: asked once, then stored or not
        self.threshold_question = ThresholdQuestion(risk, self, super().accept, self._keep_threshold)
        self.threshold_question.open()

    def _keep_threshold(self) -> None:
        """Keep was chosen: the threshold in force stays, and the other values are stored."""
        self.threshold.setValue(self.initial["review_below"])
        super().accept()

    def save(self) -> list[str]:
        """Store what changed; returns the changed keys (also emitted as sig_saved)."""
        values = self.values()
        changed = [k for k, v in values.items() if v != self.initial.get(k)]
        stored = {key: values[key] for key in changed}
        folder = self.chosen_data_dir()
        if folder is not None:
            window_state.set_saved_data_dir(folder)
            changed.append("data_dir")
        self.initial = {**self.initial, **values}

        def work(_progress: Any) -> list[str]:
            for key, value in stored.items():
                self.ws.set_setting(key, value)
            return changed

        if self.runner is None or not stored:
            self.sig_saved.emit(work(None))
        else:  # a write on the worker: it may wait for another program writing to the database
            self.runner.run(self.tr("Saving the settings"), work, self.sig_saved.emit, self.sig_not_saved.emit)
        return changed
