"""The shipment's PDFs shown inside the app (QtPdf), with Print (QPrinter) and Save as."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.jobs import Cancelled, Progress, no_progress
from app.gui.core_messages import core_text
from app.gui.file_dialogs import save_file
from app.gui.operations import OperationRunner


RASTER_DPI = 300  # enough for text on paper; a 1200 dpi printer would need 140 MB per A4 page


class PrintStopped(Exception):
    """Cancel came after the printer had pages it could not take back."""


def print_pdf(document: QPdfDocument, printer: QPrinter, progress: Progress = no_progress) -> int:
    """Draw every page of the document onto the printer, fitted to the printable area.

    Pages are rendered as images (QtPdf has no vector path to a QPainter) at the printer's
    resolution up to RASTER_DPI; returns the number of pages sent. `progress` is called
    before each page and may raise Cancelled, which aborts the job; where the printer
    cannot abort (Qt's PDF and CUPS back ends finish what they were given) PrintStopped
    says how many pages went.
    """
    count = document.pageCount()
    progress(0.0, f"Sending {count} pages to the printer")  # a job cancelled before it starts opens nothing
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer '{printer.printerName() or printer.outputFileName()}' could not be opened")
    page = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        raster = min(dpi, RASTER_DPI) / 72
        for page in range(count):
            progress(page / max(count, 1), f"Printing page {page + 1} of {count}")
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            image = document.render(page, QSize(int(size.width() * raster), int(size.height() * raster)))
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
    except Cancelled:
        if printer.abort():
            raise
        raise PrintStopped(f"Printing was stopped after {page} of {count} pages; the printer already has those "
                           "pages and will print them.") from None
    finally:
        painter.end()
    return count


def print_file(path: Path, printer: QPrinter, progress: Progress = no_progress) -> int:
    """Print a PDF file; meant for a worker thread, so it opens its own document there
    (painting onto a QPrinter from a worker thread is supported by Qt)."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise OSError(f"{path}: the PDF could not be opened for printing")
        return print_pdf(document, printer, progress)
    finally:
        document.close()


class PdfPreview(QDialog):
    sig_printed = Signal(int)  # pages sent to the printer
    sig_saved = Signal(str)  # where a copy was saved

    def __init__(self, paths: list[Path], parent: QWidget | None = None, runner: OperationRunner | None = None,
                 warnings: list[str] | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        # printing rasterises every page, so it runs off the GUI thread, with progress and Cancel
        self.runner = runner if runner is not None else OperationRunner(self)
        self.setWindowTitle(self.tr("Documents: {name}").format(name=paths[0].name))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QHBoxLayout()
        self.show_buttons = []
        for p in paths:
            b = QPushButton(self.tr("Show {name}").format(name=p.name))
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, p=p: self.load(p))
            buttons.addWidget(b)
            self.show_buttons.append(b)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.choose_save)
        open_button = QPushButton(self.tr("Open in system viewer"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current))))
        buttons.addStretch()
        for b in (self.print_button, self.save_button, open_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        # what to check before the papers go out, where it cannot be missed (not in the status bar)
        self.warnings = QLabel(self.tr("Check before you send: {w}").format(
            w="; ".join(core_text(w) for w in warnings or [])))
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warning")
        self.warnings.setStyleSheet("QLabel#warning { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self.warnings.setVisible(bool(warnings))
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(820, min(940, screen.height() - 80) if screen is not None else 940)
        self.current = paths[0]
        self.printer: QPrinter | None = None
        self.load(paths[0])

    def load(self, path: Path) -> None:
        self.current = path
        self.document.load(str(path))
        for b, p in zip(self.show_buttons, self.paths):
            b.setChecked(p == path)

    def choose_printer(self) -> None:
        """The system print dialog, opened without blocking; printing starts when it is accepted."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.current.name)
        dialog = QPrintDialog(self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(self.printer))  # type: ignore[arg-type]
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        """Send the shown PDF to the printer in the background; sig_printed says how many pages went."""
        self.printer = printer
        self.print_button.setEnabled(False)
        path = self.current
        self.runner.run(self.tr("Printing {name}").format(name=path.name), lambda p: print_file(path, printer, p),
                        self._printed, self._print_failed).sig_finished.connect(lambda: self.print_button.setEnabled(True))

    def _printed(self, pages: int) -> None:
        self.sig_printed.emit(pages)

    def _print_failed(self, message: str, _details: str) -> None:
        QMessageBox.warning(self, self.tr("Printing failed"), message)

    def choose_save(self) -> None:
        path = save_file(self, self.tr("Save a copy"), self.current.name, "PDF (*.pdf)")
        if path:
            self.save_copy(path)

    def save_copy(self, target: Path) -> None:
        try:
            if target.resolve() != self.current.resolve():
                shutil.copyfile(self.current, target)
        except OSError as exc:  # a folder that is gone, read-only, or a full disk
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"),
                              self.tr("{path} could not be written: {why}").format(path=target, why=exc.strerror or exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.save_error = box
            box.open()
            return
        self.sig_saved.emit(str(target))
