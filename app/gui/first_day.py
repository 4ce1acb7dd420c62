"""The first-day pieces of the window: the first-start assistant, Settings, the guided
review, the log folder and About. Kept out of main_window.py, which only assembles."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import flagging, item_views
from app.gui.first_run import FirstRunWizard
from app.gui.guide import CATALOGUE, GuidePanel
from app.gui.labels import count, local_time
from app.gui.settings_dialog import SettingsDialog
from app.gui.theme import follow_system

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def guide_fits_beside(screen_width: int, pages_width: int, guide_width: int, frame: int = 40) -> bool:
    """Whether the tour panel can stand beside the pages without the window outgrowing the screen."""
    return pages_width + guide_width + frame <= screen_width


class FirstDay(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.ws
        self.first_run: FirstRunWizard | None = None
        self._markets_before: list[str] = []
        self.settings_dialog: SettingsDialog | None = None
        self.guide = GuidePanel(window)
        self.guide.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guide)
        self.guide.sig_show_page.connect(
            lambda page: window.tabs.setCurrentWidget(window.items_page if page == CATALOGUE else window.review_page))

    def maybe_first_run(self) -> None:
        if not self.ws.setting("first_run_done"):
            self.open_first_run()

    def open_first_run(self) -> None:
        self._markets_before = list(self.ws.setting("markets") or [])
        self.first_run = FirstRunWizard(self.ws, self.window, self.window.runner)
        self.first_run.sig_completed.connect(self._first_run_done)
        self.first_run.sig_not_saved.connect(
            lambda msg, det: self.window.show_error(self.tr("Your profile was not saved"), msg, det))
        self.first_run.open()

    def _first_run_done(self, tour: bool) -> None:
        self.window.review_page.reviewer.setText(str(self.ws.setting("reviewer") or ""))
        if list(self.ws.setting("markets") or []) != self._markets_before:
            self.reflag_for_settings()  # markets chosen in the assistant apply at once, as in Settings
        self.window.say(self.tr("Your profile is saved. Change it any time in Settings."))
        if tour:
            self.start_guide()

    def start_guide(self) -> None:
        if not sum(item_views.status_counts(self.ws).values()):  # an empty catalogue: the guide shows the demo
            self.window.load_demo()
        self._place_guide()
        self.guide.start()

    def _place_guide(self) -> None:
        """Beside the pages when the screen is wide enough for both, else under them: on a
        1024-pixel screen the panel at the side made the window wider than the screen."""
        screen = self.window.screen()
        room = screen.availableGeometry().width() if screen is not None else 0
        side = guide_fits_beside(room, self.window.centralWidget().minimumSizeHint().width(), self.guide.minimumWidth())
        area = Qt.DockWidgetArea.RightDockWidgetArea if side else Qt.DockWidgetArea.BottomDockWidgetArea
        if self.window.dockWidgetArea(self.guide) != area:
            self.window.addDockWidget(area, self.guide)

    def open_settings(self) -> None:
        self.settings_dialog = SettingsDialog(self.ws, self.window, self.window.runner)
        self.settings_dialog.sig_saved.connect(self._settings_saved)
        self.settings_dialog.sig_not_saved.connect(
            lambda msg, det: self.window.show_error(self.tr("Settings not saved"), msg, det))
        self.settings_dialog.sig_first_run_requested.connect(self.open_first_run)
        self.settings_dialog.open()

    def _settings_saved(self, changed: list[str]) -> None:
        if "theme" in changed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                follow_system(app, str(self.ws.setting("theme") or "system"))
        restart = [k for k in changed if k in ("language", "data_dir")]
        self.window.say(self.tr("Settings saved; the language and data folder change at the next start.") if restart
                        else self.tr("Settings saved."))
        if "review_below" in changed or "markets" in changed:
            self.reflag_for_settings()

    def reflag_for_settings(self) -> None:
        """A new threshold or market list applies at once: every item is checked again."""
        def done(report: flagging.ReflagReport) -> None:
            self.window.refresh()
            said = self.settings_applied(report)
            if said:
                self.window.say(said)

        def work(p: Any) -> flagging.ReflagReport:
            flagging.settings_changed(self.ws)  # a write: on the worker, first thing
            return flagging.reflag(self.ws, progress=p)

        op = self.window.runner.run(self.tr("Applying the new settings"), work,
                                    done, lambda msg, det: self.window.show_error(self.tr("Settings not applied"), msg, det))
        op.sig_cancelled.connect(lambda: (self.window.refresh(), self.window.say(self.tr(
            "Settings applied to part of the items; the rest follow at the next start."))))

    def settings_applied(self, report: flagging.ReflagReport) -> str:
        """What new settings did to the items; nothing at all when there are none (a first start)."""
        if not report.checked:
            return ""
        if not report.changed:
            return self.tr("Settings applied: no item changed.")
        if report.changed == 1:
            text = self.tr("Settings applied: 1 item changed; {q} now waits for review, {r} decided item is back in the "
                           "queue, {f} no longer waits.")
        else:
            text = self.tr("Settings applied: {n} items changed; {q} now wait for review, {r} decided items are back in "
                           "the queue, {f} no longer wait.")
        return text.format(n=count(report.changed), q=count(report.to_queue), r=count(report.returned),
                           f=count(report.released))

    def interrupted_text(self, note: dict[str, Any]) -> str:
        """What a forced close cut short, for the status bar at the next start."""
        when = local_time(datetime.fromisoformat(str(note["started"]))) if note.get("started") else "?"
        if note.get("kind") == "import":
            return self.tr("The import of {name}, started {when}, did not finish: Borderline was closed before it "
                           "ended, and nothing of it was kept. Import the file again.").format(name=note.get("name"),
                                                                                             when=when)
        return self.tr("{what} ({name}), started {when}, did not finish: Borderline was closed before it ended.").format(
            what=note.get("kind"), name=note.get("name"), when=when)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ws.data_dir)))

    def about(self) -> None:
        from app import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Borderline"),
                          self.tr("Borderline {v}\nHS classification, compliance review and customs paperwork, offline.\n"
                                  "Data folder: {dir}").format(v=__version__, dir=self.ws.data_dir),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
