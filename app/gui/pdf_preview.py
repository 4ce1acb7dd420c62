"""A PDF shown inside the app (QtPdf), with buttons to open it in the system viewer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QDialog):
    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("Documents: {name}").format(name=paths[0].name))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QHBoxLayout()
        for p in paths:
            b = QPushButton(self.tr("Show {name}").format(name=p.name))
            b.clicked.connect(lambda _=False, p=p: self.load(p))
            buttons.addWidget(b)
        open_button = QPushButton(self.tr("Open in system viewer"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current))))
        buttons.addStretch()
        buttons.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.resize(800, 900)
        self.current = paths[0]
        self.load(paths[0])

    def load(self, path: Path) -> None:
        self.current = path
        self.document.load(str(path))
