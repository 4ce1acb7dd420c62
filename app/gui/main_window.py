"""The main window: assembles the pages, menus and the job bar, and wires them to use cases."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.core import audit_export, classifying, deciding, item_views, outputs, reviewing, services
from app.core.interrupted import take_interrupted
from app.core.paths import bundled_data_dir
from app.core.shipment_documents import DocumentsResult
from app.core.workspace import Workspace
from app.gui.core_messages import core_text
from app.gui.file_dialogs import open_file, save_file
from app.gui.import_flow import ImportFlow
from app.gui import window_state
from app.gui.error_dialog import ErrorDialog
from app.gui.list_dialog import ListDialog
from app.gui.export_jobs import tell_if_cancelled
from app.gui.first_day import FirstDay
from app.gui.dashboard_page import DashboardPage
from app.gui.backup_menu import BackupActions
from app.gui.close_guard import CloseGuard
from app.gui.items_page import ItemsPage
from app.gui.job_bar import JobBar
from app.gui.models_page import ModelsPage
from app.gui.operations import OperationRunner
from app.gui.lazy_model import FunctionSource
from app.gui.live_counts import LiveCounts
from app.gui.pdf_preview import PdfPreview
from app.gui.review_controller import FOLLOW_UP_MS, ReviewController
from app.gui.review_page import ReviewPage
from app.gui.rules_page import RulesPage
from app.gui.shipment_dialog import ShipmentDialog
from app.gui.shipment_flow import ShipmentFlow
from app.gui.sizing import WINDOW_SIZE, fit_to_screen
from app.gui.status_line import StatusLine
from app.gui.labels import count

CATALOGUE_PATTERNS = "*.csv *.tsv *.txt *.xlsx *.xlsm *.ods"


class MainWindow(QMainWindow):
    sig_refreshed = Signal()
    sig_message = Signal(str)  # what the status bar said last, for anyone who listens

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle("Borderline")
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.runner = OperationRunner(self)
        # reads that fill a view (dashboard counts, the shipment dialog's catalogue) run on a
        # worker of their own: they neither wait behind a long write job nor take over its
        # progress bar and Cancel (SQLite's WAL lets them read while it writes)
        self.reader = OperationRunner(self)
        self.runner.where = self.reader.where = ws.data_dir  # named when the disk is full or the database locked
        self.closing = False  # set when the window closes: late results of background reads are dropped
        # the tab titles and status counts keep up with a long job (read on the reader, throttled)
        self.live_counts = LiveCounts(lambda: item_views.status_counts(ws), self.runner, self.reader, self)
        self.live_counts.sig_counts.connect(self._show_counts)
        self.job_bar = JobBar()  # in the status bar, with the close guard's banner (StatusLine)
        self.runner.sig_started.connect(self.job_bar.track)
        self.job_bar.sig_note.connect(self.say)
        self.last_error = ""
        self.import_flow = ImportFlow(self)
        self.error_dialog: ErrorDialog | None = None
        self.list_dialog: ListDialog | None = None

        self.items_page = ItemsPage()
        self.review_page = ReviewPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.items_page, self.tr("Catalogue"))
        self.tabs.addTab(self.review_page, self.tr("Review"))
        self.dashboard_page = DashboardPage()
        self.tabs.addTab(self.dashboard_page, self.tr("Dashboard"))
        self.models_page = ModelsPage(ws, self.runner)
        self.tabs.addTab(self.models_page, self.tr("Models"))
        self.models_page.sig_changed.connect(self.refresh)
        self.models_page.sig_message.connect(self.say)
        self.sig_refreshed.connect(self.models_page.reload)
        self.rules_page = RulesPage(ws, self.runner)
        self.tabs.addTab(self.rules_page, self.tr("Rules"))
        self.rules_page.sig_rules_changed.connect(self.refresh)
        self.central = QWidget()
        column = QVBoxLayout(self.central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(self.central)
        self.first_day = FirstDay(self)

        self.items_page.sig_import_requested.connect(self.choose_import)
        self.items_page.sig_demo_requested.connect(self.load_demo)
        self.items_page.set_source(FunctionSource(lambda f: reviewing.item_ids(ws, f), lambda ids: reviewing.rows_for_ids(ws, ids)))
        self.items_page.model.set_reader(self.reader, self.tr("Reading the catalogue"))
        self.items_page.model.sig_reload_failed.connect(self.say)
        self.review = ReviewController(ws, self.runner, self.review_page, self.dashboard_page, self.say, self.show_error, self,
                                       reader=self.reader)
        self.review.sig_changed.connect(self.refresh)
        # decisions on their way are never dropped, nor work begun while the window waits to close
        self.close_guard = CloseGuard(self, self.review, self.say, lambda: self.shipments.dialog)
        self.status_line = StatusLine(self.statusBar(), self.job_bar, self.close_guard.banner)
        self.review.sig_items_changed.connect(self.items_changed)
        self._models_stale = False  # decisions were taken since the Models page was read
        self._recount = QTimer(self)  # the counts after decisions: once after a quick run of them
        self._recount.setSingleShot(True)
        self._recount.setInterval(FOLLOW_UP_MS)
        self._recount.timeout.connect(self.live_counts.read_now)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.shipments = ShipmentFlow(ws, self.runner, self, self.say, self.show_error, self.open_in_review,
                                      reader=self.reader, show_list=self.show_list)
        self.shipments.sig_refused.connect(lambda _refused: self.refresh())
        self.central.layout().insertWidget(0, self.shipments.aside)  # above the tabs: a shipment set aside
        self._build_menus()
        if not window_state.restore_window(self, self._tables()):
            fit_to_screen(self, *WINDOW_SIZE)  # a 1024×600 netbook gets a window that fits it
        self.refresh()
        QTimer.singleShot(0, self._prepare_model)
        QTimer.singleShot(0, self._resume_pending)

    # menus --------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(file, self.tr("&Import catalogue…"), self.choose_import, QKeySequence.StandardKey.Open)
        self.recent = window_state.RecentFiles(file.addMenu(self.tr("Open &recent")), self.import_file)
        self._action(file, self.tr("Load the de&mo catalogue"), self.load_demo)
        self._action(file, self.tr("Import &decisions…"), self.review.choose_import_decisions)
        file.addSeparator()
        self._action(file, self.tr("Export the review q&ueue…"), self.choose_export_queue)
        self._action(file, self.tr("Export review &log…"), self.choose_export_log)
        self._action(file, self.tr("Export the &audit trail…"), self.choose_export_audit)
        self._action(file, self.tr("Export i&tems…"), self.choose_export_items)
        file.addSeparator()
        self.backup_actions = BackupActions(self, file)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        model = bar.addMenu(self.tr("&Model"))
        self._action(model, self.tr("&Classify pending items"), lambda: self.classify())
        self.retrain_action = self._action(model, self.tr("&Retrain from decisions"), self.retrain)
        docs = bar.addMenu(self.tr("&Documents"))
        self.invoice_action = self._action(docs, self.tr("Commercial &invoice and packing list…"), self.choose_documents,
                                           QKeySequence.StandardKey.Print)
        self._action(docs, self.tr("&Saved shipments…"), lambda: self.shipments.show_saved())
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Undo last decision"), self.review.undo, QKeySequence.StandardKey.Undo)
        self.find_action = self._action(edit, self.tr("&Find items"), self.find, QKeySequence.StandardKey.Find)
        edit.addSeparator()
        prefs = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action = self._action(edit, self.tr("&Settings…"), self.first_day.open_settings,
                                            prefs if not prefs.isEmpty() else "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guided first review"), self.first_day.start_guide)
        self._action(help_menu, self.tr("&First-start assistant…"), self.first_day.open_first_run)
        self._action(help_menu, self.tr("Open the &log folder"), self.first_day.open_log_folder)
        self._action(help_menu, self.tr("&About Borderline"), self.first_day.about).setMenuRole(QAction.MenuRole.AboutRole)

    # state --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything after the items changed (an import, a classification, a rule or a
        model): the counts (a short query), and the catalogue and the queue on the reader."""
        self.live_counts.invalidate()
        self._show_counts(item_views.status_counts(self.ws))
        self.items_page.reload()
        self.review.reload()
        self._models_stale = False
        self.sig_refreshed.emit()

    def items_changed(self, item_ids: list[int]) -> None:
        """Decisions were saved or undone for these items: only what shows them follows. The
        counts are read on the reader, the catalogue reads those rows again when it shows them,
        and the Models page (its count of items on an older version) when it is next shown."""
        self._recount.start()
        self.items_page.items_changed(item_ids)
        self._models_stale = True
        if self.tabs.currentWidget() is self.models_page:
            self._tab_shown()

    def _tab_shown(self, _index: int = -1) -> None:
        page = self.tabs.currentWidget()
        if page is self.dashboard_page:
            self.review.reload_dashboard()
        elif page is self.models_page and self._models_stale:
            self._models_stale = False
            self.models_page.reload()

    def _show_counts(self, counts: dict[str, int]) -> None:
        if self.closing:
            return
        self.items_page.set_counts(counts)
        self.tabs.setTabText(1, self.tr("Review ({n})").format(n=count(counts['flagged'])))

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        self.sig_message.emit(text)

    def show_error(self, title: str, message: str, details: str = "", hint: str = "",
                   parent: QWidget | None = None) -> None:
        """An error window with the details and a Copy button: non-blocking over the window; over
        a dialog (`parent`), modal to it and closed with it, so that it never waits behind it."""
        self.last_error = message
        self.error_dialog = ErrorDialog(title, message, details, hint, self.ws.data_dir / "borderline.log",
                                        parent or self)
        if parent is not None:
            self.error_dialog.open()
        else:
            self.error_dialog.show()
        self.sig_message.emit(message)

    def show_list(self, title: str, message: str, entries: list[str]) -> None:
        """A refusal naming many things (a big shipment's items to review): the message names the
        first few, the window lists every one to read, copy or save, and fits the screen."""
        self.last_error = message
        self.list_dialog = ListDialog(title, message, entries, self)
        self.list_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list_dialog.show()
        self.sig_message.emit(message)

    def show_unexpected(self, message: str, details: str) -> None:
        self.show_error(self.tr("Something went wrong"), message, details,
                        self.tr("This was not expected. The details are in the log file; press Copy details and "
                                "send them to whoever supports your Borderline. Your saved work is safe."))

    # first start, settings, guide --------------------------------------------------------
    def _tables(self) -> dict[str, Any]:
        return {"items": self.items_page.table.horizontalHeader()}

    def _prepare_model(self) -> None:
        def done(result: tuple[services.ModelSetup, list[dict[str, Any]]]) -> None:
            setup, cut_short = result
            for note in cut_short:  # said first: what a forced close lost
                self.say(self.first_day.interrupted_text(note))
            if setup.source == "trained":
                why = {"missing": self.tr("was missing"), "damaged": self.tr("failed its integrity check")}.get(
                    setup.reason, self.tr("could not be loaded"))
                self.say(self.tr("The shipped model {why}; a new one was trained from the starter data.").format(why=why))
                return
            self.models_page.reload()
            self.models_page.resume_older()  # a retrain or activation that was interrupted is finished now

        self.runner.run(self.tr("Preparing the model"),
                        lambda p: (services.ensure_model_report(self.ws, p), take_interrupted(self.ws)), done,
                        lambda msg, det: self.show_error(self.tr("No model"), msg, det))

    def find(self) -> None:
        """Ctrl+F: the review queue's search on the Review tab, the catalogue's anywhere else."""
        search = self.review_page.search if self.tabs.currentWidget() is self.review_page else self.items_page.search
        if search is self.items_page.search:
            self.tabs.setCurrentWidget(self.items_page)
        search.setFocus()
        search.selectAll()

    # import -------------------------------------------------------------------------------
    def choose_import(self) -> None:
        filters = self.tr("Catalogues ({patterns})").format(patterns=CATALOGUE_PATTERNS) + ";;" + self.tr("All files (*)")
        path = open_file(self, self.tr("Import catalogue"), filters)
        if path:
            self.import_file(path)

    def load_demo(self) -> None:
        self.import_file(bundled_data_dir() / "demo_catalogue.csv")

    def import_file(self, path: Path) -> None:
        self.import_flow.start(path)

    def remember_recent(self, path: Path) -> None:
        """Imported files go to File > Open recent (the bundled demo does not)."""
        if Path(path).resolve().parent != bundled_data_dir().resolve():
            self.recent.add(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.import_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # classification -----------------------------------------------------------------------
    def _resume_pending(self) -> None:
        if item_views.status_counts(self.ws)["pending"]:
            self.classify()

    def classify(self) -> None:
        def done(rep: classifying.ClassifyReport) -> None:
            self.refresh()
            self.say(self.tr("Classified {n}: {a} auto-accepted, {f} to review").format(n=count(rep.classified), a=count(rep.auto),
                                                                                      f=count(rep.flagged)))

        def cancelled() -> None:
            self.refresh()
            self.say(self.tr("Classification paused; it continues with the items still pending next time."))

        op = self.runner.run(self.tr("Classifying"), lambda p: classifying.classify_pending(self.ws, None, p), done,
                             lambda msg, det: self.show_error(self.tr("Classification failed"), msg, det))
        op.sig_cancelled.connect(cancelled)

    def retrain(self) -> None:
        self.tabs.setCurrentWidget(self.models_page)
        self.models_page.retrain()

    # exports ------------------------------------------------------------------------------
    def _save_name(self, title: str, default: str) -> Path | None:
        return save_file(self, title, default, "CSV (*.csv);;Excel (*.xlsx)")

    def choose_export_queue(self) -> None:
        """The queue with the suggestions and flag reasons, to fill in with codes and bring back
        with Import decisions (or to hand to a broker)."""
        path = self._save_name(self.tr("Export the review queue"), "review-queue.xlsx")
        if path:
            self.export_queue(path)

    def export_queue(self, path: Path) -> None:
        tell_if_cancelled(self.runner.run(self.tr("Exporting the review queue"), lambda p: outputs.export_queue(self.ws, path, p),
                        lambda n: self.say(self.tr("Wrote {n} queue rows to {path}; fill in hs_code (and a note) and "
                                                   "bring it back with File > Import decisions").format(n=count(n), path=path)),
                        lambda msg, det: self.show_error(self.tr("Export failed"), msg, det)), self.say, path)

    def choose_export_log(self) -> None:
        path = self._save_name(self.tr("Export review log"), "review-log.csv")
        if path:
            self.export_log(path)

    def export_log(self, path: Path) -> None:
        def done(result: tuple[int, Any]) -> None:
            n, chain = result
            self.say(self.tr("Wrote {n} decisions to {path}").format(n=count(n), path=path))
            if not chain.ok:
                self.show_error(self.tr("The review log does not match the audit trail"),
                                self.tr("{path} was written, but the audit trail does not vouch for it: {problem}").format(
                                    path=path, problem=core_text(chain.problem)), "",
                                self.tr("The database was changed outside Borderline, or restored from a changed "
                                        "copy. Do not hand this log to an auditor as it is."))

        tell_if_cancelled(self.runner.run(self.tr("Exporting the review log"),
                        lambda p: (outputs.export_log(self.ws, path, progress=p), deciding.verify_log(self.ws)), done,
                        lambda msg, det: self.show_error(self.tr("Export failed"), msg, det)), self.say, path)

    def choose_export_audit(self) -> None:
        path = self._save_name(self.tr("Export the audit trail"), "audit-trail.csv")
        if path:
            self.export_audit(path)

    def export_audit(self, path: Path) -> None:
        def done(result: tuple[int, Any]) -> None:
            n, chain = result
            self.say(self.tr("Wrote {n} audit entries to {path}").format(n=count(n), path=path))
            if not chain.ok:
                self.show_error(self.tr("The audit trail is broken"),
                                self.tr("{path} was written, but the audit trail does not vouch for it: {problem}").format(
                                    path=path, problem=core_text(chain.problem)), "",
                                self.tr("The database was changed outside Borderline, or restored from a changed "
                                        "copy. Do not hand this log to an auditor as it is."))

        tell_if_cancelled(self.runner.run(self.tr("Exporting the audit trail"),
                        lambda p: (audit_export.export_audit(self.ws, path, progress=p), deciding.verify_log(self.ws)), done,
                        lambda msg, det: self.show_error(self.tr("Export failed"), msg, det)), self.say, path)

    def choose_export_items(self) -> None:
        path = self._save_name(self.tr("Export items"), "items.csv")
        if path:
            tell_if_cancelled(self.runner.run(self.tr("Exporting items"), lambda p: outputs.export_items(self.ws, path, p),
                            lambda n: self.say(self.tr("Wrote {n} items to {path}").format(n=count(n), path=path)),
                            lambda msg, det: self.show_error(self.tr("Export failed"), msg, det)), self.say, path)

    # documents (the shipment flow does the work) -------------------------------------------
    def choose_documents(self) -> None:
        self.shipments.new_shipment(self.items_page.selected_ids())

    def print_documents(self, raw: dict[str, Any], out_dir: Path | None = None) -> None:
        self.shipments.print_documents(raw, out_dir)

    def open_in_review(self, item_id: int) -> None:
        self.tabs.setCurrentWidget(self.review_page)
        self.review.open_item(item_id)

    @property
    def shipment_dialog(self) -> ShipmentDialog | None:
        return self.shipments.dialog

    @property
    def preview(self) -> PdfPreview | None:
        return self.shipments.preview

    @property
    def last_documents(self) -> DocumentsResult | None:
        return self.shipments.last_documents

    def stop_jobs(self, msecs: int = 30000) -> bool:
        """Cancel every background job (writes and reads) and wait for them; False on a timeout."""
        for runner in (self.runner, self.reader):
            runner.cancel_all()
        return all([runner.wait(msecs) for runner in (self.runner, self.reader)])

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self.close_guard.may_close():  # decisions wait behind a long job: the user chooses
            event.ignore()
            return
        window_state.save_window(self, self._tables())
        self.closing = True
        self.stop_jobs()
        super().closeEvent(event)
