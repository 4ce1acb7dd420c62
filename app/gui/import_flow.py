"""The import as the window runs it: preview, mapping dialog when needed, import, report.

Reading the preview, the import itself and the report export all run through the
window's OperationRunner; this class only sequences them and owns the two dialogs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import services
from app.core.importer import ImportOptions, ImportPreview, ImportReport
from app.gui.export_jobs import tell_if_cancelled
from app.gui.file_dialogs import save_file
from app.gui.import_report import ImportReportDialog
from app.gui.labels import count
from app.gui.mapping_dialog import MappingDialog


class ImportFlow(QObject):
    sig_imported = Signal(object)  # ImportReport
    sig_mapping_shown = Signal(object)  # MappingDialog

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.mapping_dialog: MappingDialog | None = None
        self.report_dialog: ImportReportDialog | None = None

    def _failed(self, message: str, details: str) -> None:
        self.window.show_error(self.tr("Import failed"), message, details)

    def start(self, path: Path) -> None:
        """Read the file's layout in the background, then import or ask about the columns."""
        ws = self.window.ws
        self.window.runner.run(self.tr("Reading {name}").format(name=path.name),
                               lambda p: services.preview_catalogue(ws, path, progress=p), lambda pv: self._previewed(path, pv),
                               self._failed)

    def _previewed(self, path: Path, preview: ImportPreview) -> None:
        if preview.settled:
            self.run_import(path, ImportOptions(sheet=preview.sheet or None))
            return
        dialog = MappingDialog(preview, self.window)
        dialog.accepted.connect(lambda: self.run_import(path, dialog.options()))
        dialog.sig_reload_requested.connect(lambda sheet, enc: self._reload(path, dialog, sheet, enc))
        self.mapping_dialog = dialog
        dialog.open()
        self.sig_mapping_shown.emit(dialog)

    def _reload(self, path: Path, dialog: MappingDialog, sheet: str, encoding: str) -> None:
        ws = self.window.ws
        self.window.runner.run(self.tr("Reading {name}").format(name=path.name),
                               lambda p: services.preview_catalogue(ws, path, sheet or None, encoding or None, p),
                               dialog.set_preview, self._failed)

    def run_import(self, path: Path, options: ImportOptions) -> None:
        ws = self.window.ws
        op = self.window.runner.run(self.tr("Importing {name}").format(name=path.name),
                                    lambda p: services.import_catalogue(ws, path, p, options),
                                    lambda rep: self._imported(path, rep), self._failed)
        # the import is one transaction: a cancelled one leaves the database as it was
        op.sig_cancelled.connect(lambda: self.window.say(
            self.tr("Import of {name} cancelled; nothing was changed.").format(name=path.name)))

    def _imported(self, path: Path, report: ImportReport) -> None:
        self.window.remember_recent(path)
        self.window.refresh()
        rejected = len(report.rejected)
        said = (self.tr("{name}: {a} new, {u} changed, {same} unchanged, {r} row rejected") if rejected == 1 else
                self.tr("{name}: {a} new, {u} changed, {same} unchanged, {r} rows rejected")).format(
            name=path.name, a=count(report.added), u=count(report.updated), same=count(report.unchanged),
            r=count(rejected))
        if report.codes_read:
            said += " " + self.tr("({n} HS codes read, to compare with the suggestions)").format(n=count(report.codes_read))
        self.window.say(said)
        if report.rejected or report.warnings:
            self.report_dialog = ImportReportDialog(report, self.window)
            self.report_dialog.sig_export_requested.connect(self.choose_report_file)
            self.report_dialog.show()
        self.sig_imported.emit(report)
        QTimer.singleShot(0, self.window.classify)

    def choose_report_file(self, catalogue_id: int) -> None:
        path = save_file(self.window, self.tr("Export the import report"), "import-report.csv", "CSV (*.csv);;Excel (*.xlsx)")
        if path:
            self.export_report(catalogue_id, path)

    def export_report(self, catalogue_id: int, path: Path) -> None:
        ws = self.window.ws
        tell_if_cancelled(self.window.runner.run(self.tr("Exporting the import report"),
                               lambda p: services.export_import_report(ws, catalogue_id, path, p),
                               lambda n: self.window.say((self.tr("Wrote 1 rejected row to {path}") if n == 1 else
                                                          self.tr("Wrote {n} rejected rows to {path}")).format(
                                   n=count(n), path=path)),
                               lambda msg, det: self.window.show_error(self.tr("Export failed"), msg, det)),
                          self.window.say, path)
