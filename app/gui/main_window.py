"""The main window: assembles the pages, menus and the job bar, and wires them to use cases."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from app.core import outputs, services
from app.core.paths import bundled_data_dir
from app.core.shipment import ShipmentError, parse_shipment
from app.core.workspace import Workspace
from app.gui.backup_menu import BackupActions
from app.gui.items_page import ItemsPage
from app.gui.job_bar import JobBar
from app.gui.operations import OperationRunner
from app.gui.pdf_preview import PdfPreview
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
        self.setCentralWidget(self.tabs)

        self.items_page.sig_import_requested.connect(self.choose_import)
        self.items_page.sig_demo_requested.connect(self.load_demo)
        self.items_page.sig_filter_changed.connect(self.refresh)
        self.review_page.sig_item_requested.connect(self._show_item)
        self.review_page.sig_decision.connect(self.decide)
        self.review_page.reviewer.setText(str(ws.setting("reviewer") or ""))
        self.review_page.reviewer.editingFinished.connect(
            lambda: self.ws.set_setting("reviewer", self.review_page.reviewer.text().strip()))
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
        file.addSeparator()
        self._action(file, self.tr("Export review &log…"), self.choose_export_log)
        self._action(file, self.tr("Export &items…"), self.choose_export_items)
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
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Undo last decision"), self.undo, QKeySequence.StandardKey.Undo)

    # state --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read items and the queue (short queries on the GUI thread)."""
        rows = services.list_items(self.ws, self.items_page.current_status())
        counts = services.status_counts(self.ws)
        self.items_page.set_rows(rows, counts)
        queue = services.queue_ids(self.ws)
        by_id = {r.id: r for r in (rows if self.items_page.current_status() is None else services.list_items(self.ws, "flagged"))}
        self.review_page.set_queue([(i, f"{by_id[i].sku}  {by_id[i].title[:60]}") for i in queue if i in by_id])
        self.tabs.setTabText(1, self.tr("Review ({n})").format(n=len(queue)))
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

    def _show_item(self, item_id: int) -> None:
        self.review_page.show_detail(services.item_detail(self.ws, item_id))

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

    # review -------------------------------------------------------------------------------
    def decide(self, item_id: int, code: str, note: str) -> None:
        reviewer = self.review_page.reviewer.text().strip()
        self.ws.set_setting("reviewer", reviewer)

        def done(rec: Any) -> None:
            self.refresh()
            self.say(self.tr("{sku}: {code} recorded").format(sku=rec.sku, code=rec.code))

        self.runner.run(self.tr("Saving decision"), lambda p: services.decide(self.ws, item_id, code, reviewer, note), done,
                        lambda msg, det: self.show_error(self.tr("Decision not saved"), msg, det))

    def undo(self) -> None:
        reviewer = self.review_page.reviewer.text().strip() or "reviewer"

        def done(rec: Any) -> None:
            self.refresh()
            self.say(self.tr("Undid the decision for {sku}").format(sku=rec.sku))

        self.runner.run(self.tr("Undoing"), lambda p: services.undo_last_decision(self.ws, reviewer), done,
                        lambda msg, det: self.show_error(self.tr("Nothing undone"), msg, det))

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
        ids = self.items_page.selected_ids()
        rows = {r.id: r for r in self.items_page.model.rows}
        if not ids:
            self.show_error(self.tr("No items selected"), self.tr("Select the items to ship on the Catalogue page first."))
            return
        dialog = ShipmentDialog([(rows[i].sku, rows[i].title) for i in ids], self.ws.setting("shipment_defaults") or {},
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
