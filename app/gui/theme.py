"""Light and dark: follow the system's colour scheme unless the user chose one.

The Fusion style draws the same on every platform and honours the palette, so a dark
palette gives a dark window on Linux desktops too, where native styles may not.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(32, 33, 36), QColor(45, 46, 50), QColor(230, 230, 230)
    disabled = QColor(130, 130, 130)
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
                         (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 90, 90)),
                         (QPalette.ColorRole.Link, QColor(110, 170, 255)),
                         (QPalette.ColorRole.Highlight, QColor(47, 120, 200)),
                         (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                         (QPalette.ColorRole.PlaceholderText, disabled)):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def wants_dark(choice: str, system_scheme: Qt.ColorScheme) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return system_scheme == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, choice: str = "system") -> bool:
    """Set the palette for `choice`; returns True when the result is dark."""
    if app.style().name().lower() != "fusion" and "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    dark = wants_dark(choice, QGuiApplication.styleHints().colorScheme())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark


def follow_system(app: QApplication, choice: str) -> None:
    """Apply `choice` now and again whenever the system switches between light and dark."""
    apply_theme(app, choice)
    hints = QGuiApplication.styleHints()
    previous = app.property("borderline_theme_choice")
    app.setProperty("borderline_theme_choice", choice)
    if previous is None:  # connect once per application
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(app, str(app.property("borderline_theme_choice"))))
