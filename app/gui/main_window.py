"""The main window: assembles the pages, menus and the job bar, and wires them to use cases."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from app.core import outputs, reviewing, services
from app.core.paths import bundled_data_dir
from app.core.shipment import ShipmentError, parse_shipment
from app.core.workspace import Workspace
from app.gui.dashboard_page import DashboardPage
from app.gui.items_page import ItemsPage
from app.gui.job_bar import JobBar
from app.gui.operations import OperationRunner
from app.gui.lazy_model import FunctionSource
from app.gui.pdf_preview import PdfPreview
from app.gui.review_controller import ReviewController
from app.gui.review_page import ReviewPage
from app.gui.shipment_dialog import ShipmentDialog

CATALOGUE_FILTER = "Catalogues (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods);;All files (*)"


class MainWindow(QMainWindow):
    sig_refreshed = Signal()
    sig_message = Signal(str)  # what the status bar said last, for anyone who listens

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle("Borderline")
        self.setAcceptDrops(True)
        self.runner = OperationRunner(self)
        self.job_bar = JobBar()
        self.statusBar().addPermanentWidget(self.job_bar)
        self.runner.sig_started.connect(self.job_bar.track)
        self.last_error = ""
        self.last_documents: outputs.DocumentsResult | None = None
        self.preview: PdfPreview | None = None

        self.items_page = ItemsPage()
        self.review_page = ReviewPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.items_page, self.tr("Catalogue"))
        self.tabs.addTab(self.review_page, self.tr("Review"))
        self.dashboard_page = DashboardPage()
        self.tabs.addTab(self.dashboard_page, self.tr("Dashboard"))
        self.setCentralWidget(self.tabs)

        self.items_page.sig_import_requested.connect(self.choose_import)
        self.items_page.sig_demo_requested.connect(self.load_demo)
        self.items_page.set_source(FunctionSource(lambda f: reviewing.item_ids(ws, f), lambda ids: reviewing.rows_for_ids(ws, ids)))
        self.review = ReviewController(ws, self.runner, self.review_page, self.dashboard_page, self.say, self.show_error, self)
        self.review.sig_changed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget() is self.dashboard_page and self.review.reload_dashboard())
        self._build_menus()
        self.resize(1200, 760)
        self.refresh()
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
        self._action(file, self.tr("Load the &demo catalogue"), self.load_demo)
        self._action(file, self.tr("Import &decisions…"), self.review.choose_import_decisions)
        file.addSeparator()
        self._action(file, self.tr("Export review &log…"), self.choose_export_log)
        self._action(file, self.tr("Export &items…"), self.choose_export_items)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        model = bar.addMenu(self.tr("&Model"))
        self._action(model, self.tr("&Classify pending items"), lambda: self.classify())
        self.retrain_action = self._action(model, self.tr("&Retrain from decisions"), self.retrain)
        docs = bar.addMenu(self.tr("&Documents"))
        self.invoice_action = self._action(docs, self.tr("Commercial &invoice and packing list…"), self.choose_documents,
                                           QKeySequence.StandardKey.Print)
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Undo last decision"), self.review.undo, QKeySequence.StandardKey.Undo)

    # state --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read items and the queue (short queries on the GUI thread)."""
        counts = services.status_counts(self.ws)
        self.items_page.set_counts(counts)
        self.items_page.reload()
        self.review.reload()
        self.tabs.setTabText(1, self.tr("Review ({n})").format(n=f"{counts['flagged']:,}"))
        self.sig_refreshed.emit()

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        self.sig_message.emit(text)

    def show_error(self, title: str, message: str, details: str = "") -> None:
        """A non-blocking message box, so background work and tests carry on."""
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.sig_message.emit(message)

    # import -------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import catalogue"), "", CATALOGUE_FILTER)
        if path:
            self.import_file(Path(path))

    def load_demo(self) -> None:
        self.import_file(bundled_data_dir() / "demo_catalogue.csv")

    def import_file(self, path: Path) -> None:
        def done(report: services.ImportReport) -> None:
            self.refresh()
            self.say(self.tr("{name}: {n} items imported, {r} rows rejected").format(
                name=path.name, n=report.imported, r=len(report.rejected)))
            if report.rejected:
                lines = "\n".join(f"row {r.row_number}, column {r.column}: {r.reason}" for r in report.rejected[:200])
                self.show_error(self.tr("Some rows were not imported"),
                                self.tr("{n} rows of {name} were rejected and kept in the import report.").format(
                                    n=len(report.rejected), name=path.name), lines)
            QTimer.singleShot(0, self.classify)

        self.runner.run(self.tr("Importing {name}").format(name=path.name),
                        lambda p: services.import_catalogue(self.ws, path, p), done,
                        lambda msg, det: self.show_error(self.tr("Import failed"), msg, det))

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
        if services.status_counts(self.ws)["pending"]:
            self.classify()

    def classify(self) -> None:
        def done(rep: services.ClassifyReport) -> None:
            self.refresh()
            self.say(self.tr("Classified {n}: {a} auto-accepted, {f} to review").format(n=rep.classified, a=rep.auto, f=rep.flagged))

        def cancelled() -> None:
            self.refresh()
            self.say(self.tr("Classification paused; it continues with the items still pending next time."))

        op = self.runner.run(self.tr("Classifying"), lambda p: services.classify_pending(self.ws, None, p), done,
                             lambda msg, det: self.show_error(self.tr("Classification failed"), msg, det))
        op.sig_cancelled.connect(cancelled)

    def retrain(self) -> None:
        def done(rep: services.RetrainReport) -> None:
            self.refresh()
            after = "n/a" if rep.accuracy_after is None else f"{rep.accuracy_after:.0%}"
            self.say(self.tr("Model version {v} is active ({d} decisions learned; held-out accuracy {a})").format(
                v=rep.version_id, d=rep.n_decisions, a=after))

        self.runner.run(self.tr("Retraining"), lambda p: services.retrain(self.ws, p), done,
                        lambda msg, det: self.show_error(self.tr("Retraining failed"), msg, det))

    # exports ------------------------------------------------------------------------------
    def _save_name(self, title: str, default: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, default, "CSV (*.csv);;Excel (*.xlsx)")
        return Path(path) if path else None

    def choose_export_log(self) -> None:
        path = self._save_name(self.tr("Export review log"), "review-log.csv")
        if path:
            self.export_log(path)

    def export_log(self, path: Path) -> None:
        self.runner.run(self.tr("Exporting the review log"), lambda p: outputs.export_log(self.ws, path),
                        lambda n: self.say(self.tr("Wrote {n} decisions to {path}").format(n=n, path=path)),
                        lambda msg, det: self.show_error(self.tr("Export failed"), msg, det))

    def choose_export_items(self) -> None:
        path = self._save_name(self.tr("Export items"), "items.csv")
        if path:
            self.runner.run(self.tr("Exporting items"), lambda p: outputs.export_items(self.ws, path),
                            lambda n: self.say(self.tr("Wrote {n} items to {path}").format(n=n, path=path)),
                            lambda msg, det: self.show_error(self.tr("Export failed"), msg, det))

    # documents ----------------------------------------------------------------------------
    def choose_documents(self) -> None:
        rows = self.items_page.selected_rows()
        if not rows:
            self.show_error(self.tr("No items selected"), self.tr("Select the items to ship on the Catalogue page first."))
            return
        dialog = ShipmentDialog([(r.sku, r.title) for r in rows], self.ws.setting("shipment_defaults") or {},
                                list(self.ws.setting("markets")), self)
        dialog.accepted.connect(lambda: self.print_documents(dialog.shipment()))
        dialog.open()
        self.shipment_dialog = dialog

    def print_documents(self, raw: dict[str, Any], out_dir: Path | None = None) -> None:
        try:
            spec = parse_shipment(raw)
        except ShipmentError as exc:
            self.show_error(self.tr("The shipment is incomplete"), str(exc))
            return
        self.ws.set_setting("shipment_defaults", {"seller": raw.get("seller", {}), "currency": raw.get("currency", "USD")})
        target = out_dir or self.ws.documents_dir

        def done(res: outputs.DocumentsResult) -> None:
            self.last_documents = res
            self.say(self.tr("Invoice and packing list saved in {dir}").format(dir=res.invoice.parent))
            self.preview = PdfPreview([res.invoice, res.packing_list], self)
            self.preview.show()

        def failed(msg: str, det: str) -> None:
            self.show_error(self.tr("Documents not printed"), msg, det)

        self.runner.run(self.tr("Printing documents"), lambda p: self._build(spec, raw, target, p), done, failed)

    def _build(self, spec, raw, target, progress):  # type: ignore[no-untyped-def]
        try:
            return outputs.build_documents(self.ws, spec, raw, target, progress)
        except outputs.DocumentsRefused as exc:
            raise RuntimeError("These items need a decision first:\n" + "\n".join(
                f"{sku}: {why}" for sku, why in exc.problems)) from None

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.runner.cancel_all()
        self.runner.wait(30000)
        super().closeEvent(event)
