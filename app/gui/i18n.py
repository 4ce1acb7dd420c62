"""Interface languages: Qt translation files loaded at start.

The window's strings go through `tr()`; `pyside6-lupdate` collects them into
resources/translations/borderline_<lang>.ts, a translator fills them in (Qt Linguist), and
`pyside6-lrelease` compiles the .qm files shipped with the application (`make translations`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.paths import resources_dir

# Language code -> its own name (shown untranslated, so a user can find their language).
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia"}

# The language of Borderline's installed translation, and that translation ("en" and None: none).
_installed: tuple[str, QTranslator | None] = ("en", None)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """English plus every language with a compiled translation file."""
    shipped = sorted(p.stem.removeprefix("borderline_") for p in translations_dir().glob("borderline_*.qm"))
    return ["en"] + [code for code in shipped if code != "en"]


def choose_language(setting: str | None, system_locale: str) -> str:
    """The chosen language, else the system's when it is shipped, else English."""
    available = available_languages()
    if setting and setting in available:
        return setting
    system = system_locale.replace("-", "_").split("_")[0].lower()
    return system if system in available else "en"


def install_translators(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Load Borderline's and Qt's own translations for `language` (nothing for English).
    The translators are returned and parented to the application, which keeps them alive."""
    global _installed
    app = app or QCoreApplication.instance()
    assert app is not None
    if language == "en":
        return []
    loaded = []
    for name, folder in (("borderline", translations_dir()),
                         ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            loaded.append(translator)
            if name == "borderline":
                _installed = (language, translator)
    return loaded


def remove_translators(translators: list[QTranslator], app: QCoreApplication | None = None) -> None:
    global _installed
    app = app or QCoreApplication.instance()
    assert app is not None
    for translator in translators:
        app.removeTranslator(translator)
        if translator is _installed[1]:
            _installed = ("en", None)


def interface_language() -> str:
    """The language the window's texts are read in now: that of the installed translation."""
    return _installed[0]


def system_locale_name() -> str:
    return QLocale.system().name()
