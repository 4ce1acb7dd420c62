"""What the status bar says can be read whole at the window's least and first sizes, in English
and Indonesian: a start-up note beside the job bar (QStatusBar cut it where the job bar began),
and the message beside a pending close ("The window closes once … [Don't close]", which left it
a few pixels on a narrow window). A message too long even for three lines ends in "…" and its
tooltip holds it whole; so does the job's title when the message needs its room."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.core.paths import FolderProblem
from app.gui.fitted_text import FittedText, wrapped
from app.gui.job_bar import JobBar
from app.gui.main_window import MainWindow
from app.gui.sizing import WINDOW_SIZE
from app.gui.startup import Startup
from tests.conftest import idle
from tests.test_close_with_decisions import LongJob

NOTE = ("This time the data is in the default folder {default}: {folder} cannot be used ({why}). "
        "Settings still names {folder}.")  # said by Startup when the chosen data folder is on a drive not connected


def start_up_note() -> str:
    why = Startup().problem_text(FolderProblem("missing_parent"))
    return QCoreApplication.translate("Startup", NOTE).format(
        default="/home/nok/.local/share/Borderline", folder="/media/nok/USB DISK/Borderline", why=why)


def in_bar(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window.statusBar(), widget.rect().topLeft()), widget.size())


def message_label(window: MainWindow) -> QLabel:
    """The label showing the status bar's message."""
    said = window.statusBar().currentMessage()
    shown = [lb for lb in window.statusBar().findChildren(QLabel) if lb.isVisible() and lb.text() == said]
    assert shown, "the status bar draws the message itself, on one line cut where its other widgets begin"
    return shown[0]


def reads_whole(label: QLabel) -> None:
    """Every character of the label's text is on screen: on lines as wide as the label and as
    many as its height holds, none hidden by what holds it."""
    assert label.isVisible()
    assert label.visibleRegion().boundingRect() == label.rect(), "clipped by what holds it"
    lines = label.shown_lines() if isinstance(label, FittedText) else [label.text()]
    assert "".join(lines).replace(" ", "") == label.text().replace(" ", ""), lines
    metrics, room = label.fontMetrics(), label.contentsRect()
    assert max(metrics.horizontalAdvance(t) for t in lines) <= room.width(), (lines, room.width())
    assert len(lines) * metrics.lineSpacing() <= room.height(), (lines, room.height())


def apart(window: MainWindow, *widgets: QWidget) -> None:
    """The widgets shown in the status bar do not lie over one another."""
    rects = [in_bar(window, w) for w in widgets if w.isVisible()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:]), rects


def sizes(window: MainWindow) -> list[QSize]:
    """The window's least size, and its first size on a screen with room for it."""
    return [window.minimumSizeHint(), QSize(*WINDOW_SIZE)]


def running(qtbot, window: MainWindow) -> LongJob:  # type: ignore[no-untyped-def]
    """A long job on the writer, its bar in the status bar (the model prepared first)."""
    qtbot.waitUntil(lambda: idle(window), timeout=60000)
    job = LongJob()
    window.runner.run(window.tr("Preparing the model"), job)
    assert job.started.wait(20)
    qtbot.waitUntil(window.job_bar.isVisible, timeout=5000)
    return job


def test_a_start_up_note_reads_whole_beside_the_job_bar(language: str, qtbot, open_window, ws) -> None:
    window = open_window(ws)
    job = running(qtbot, window)
    note = start_up_note()
    try:
        for size in sizes(window):
            window.resize(size)
            window.say(note)

            def whole() -> None:
                label = message_label(window)
                reads_whole(label)
                apart(window, label, window.job_bar)

            qtbot.waitUntil(whole, timeout=5000)
            assert window.job_bar.isVisible() and window.job_bar.cancel_button.isVisible(), (language, size)
            bar = in_bar(window, window.job_bar.bar)
            assert bar.right() < window.statusBar().width() and bar.width() > 0  # the progress stays in sight
            title = window.job_bar.label  # when it gave its room to the note, its tooltip holds it
            assert title.toolTip() in ("", title.text())
            assert not title.is_cut() or title.toolTip() == title.text()
    finally:
        job.release.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)


def test_a_pending_close_leaves_the_message_its_room(language: str, qtbot, open_window, ws) -> None:
    window = open_window(ws)
    job = running(qtbot, window)
    guard, banner = window.close_guard, window.close_guard.banner
    pending = guard.tr("The window closes once “{job}” has finished and your decisions are saved.").format(
        job=window.tr("Preparing the model"))
    said = window.tr("Classified {n}: {a} auto-accepted, {f} to review").format(n="1,250", a="1,030", f="220")
    try:
        for size in sizes(window):
            window.resize(size)
            banner.tell(pending, guard.tr("Don't close"))
            window.say(said)

            def whole() -> None:
                reads_whole(banner.label)
                message = message_label(window)
                reads_whole(message)
                apart(window, message, window.job_bar, banner)
                apart(window, banner.label, banner.button)
                assert in_bar(window, banner.button).right() < window.statusBar().width()

            qtbot.waitUntil(whole, timeout=5000)
            assert len(message_label(window).shown_lines()) == 1, (language, size)  # a short message: one line
            banner.hide()
    finally:
        job.release.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)


def test_a_message_longer_than_three_lines_ends_in_an_ellipsis_and_its_tooltip_holds_it(qtbot, open_window,
                                                                                         ws) -> None:
    window = open_window(ws)
    job = running(qtbot, window)
    one_line = window.statusBar().height()
    long = " ".join([start_up_note()] * 6)
    try:
        window.resize(window.minimumSizeHint())
        window.say(long)

        def three_lines() -> None:
            label = message_label(window)
            lines = label.shown_lines()
            assert label.is_cut() and len(lines) == 3 and lines[-1].endswith("…")
            assert len(lines) * label.fontMetrics().lineSpacing() <= label.contentsRect().height()
            assert label.visibleRegion().boundingRect() == label.rect()

        qtbot.waitUntil(three_lines, timeout=5000)
        label = message_label(window)
        assert label.toolTip() == long and label.text() == long
        window.statusBar().clearMessage()  # the message gone, the bar is one line again
        qtbot.waitUntil(lambda: window.statusBar().height() == one_line, timeout=5000)
        assert message_label(window).toolTip() == ""
    finally:
        job.release.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)


def test_a_long_file_name_wraps_anywhere_rather_than_overflow() -> None:
    font = QFont()
    path = "/media/nok/USB/" + "x" * 120 + "/catalogue.csv"
    lines, cut = wrapped(f"Wrote 52 items to {path}", font, 200, 12)
    assert not cut and len(lines) > 1 and "".join(lines).replace(" ", "") == f"Wrote52itemsto{path}"
    lines, cut = wrapped(path, font, 200, 2)
    assert cut and len(lines) == 2 and lines[1].endswith("…")
    assert wrapped("", font, 200, 3) == ([], False)


def test_a_wrapped_message_at_the_least_size_gives_the_window_its_height_back(language: str, qtbot, open_window,
                                                                               ws) -> None:
    """At the window's least size a message over three lines makes the window taller (it is read
    whole); once a short message follows, the window is as tall as it was, not taller from then on."""
    window = open_window(ws)
    job = running(qtbot, window)
    long = " ".join([start_up_note()] * 6)
    try:
        window.resize(window.minimumSizeHint())
        qtbot.waitUntil(lambda: window.size() == window.minimumSizeHint(), timeout=5000)
        least = window.height()
        window.say(long)
        qtbot.waitUntil(lambda: len(message_label(window).shown_lines()) == 3 and window.height() > least, timeout=5000)
        window.say(window.tr("Ready"))
        qtbot.waitUntil(lambda: len(message_label(window).shown_lines()) == 1, timeout=5000)
        qtbot.waitUntil(lambda: window.height() == least, timeout=5000)
        assert window.minimumHeight() <= least and window.minimumSizeHint().height() == least

        window.resize(window.width(), least + 40)  # a height the user chose is kept
        qtbot.waitUntil(lambda: window.height() == least + 40, timeout=5000)
        window.say(long)
        qtbot.waitUntil(lambda: len(message_label(window).shown_lines()) == 3, timeout=5000)
        window.say(window.tr("Ready"))
        qtbot.waitUntil(lambda: len(message_label(window).shown_lines()) == 1, timeout=5000)
        assert window.height() == least + 40
    finally:
        job.release.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)


def test_the_job_bar_is_as_narrow_with_the_finishing_words_as_with_cancel(language: str, qtbot) -> None:
    """"Finishing — can no longer be cancelled" is cut with "…" (whole in its tooltip) where the
    job bar has less room than it needs, instead of setting how narrow the job bar can be."""
    bar = JobBar()
    qtbot.addWidget(bar)
    bar.show()
    least = bar.minimumSizeHint().width()
    finishing = bar.tr("Finishing — can no longer be cancelled")
    bar.cancel_button.setText(finishing)
    assert bar.minimumSizeHint().width() == least
    assert bar.sizeHint().width() > least  # with room, the words are shown whole
    bar.resize(bar.minimumSizeHint())
    button = bar.cancel_button
    qtbot.waitUntil(lambda: button.shown_text() != finishing, timeout=5000)
    assert button.shown_text().endswith("…") and button.toolTip() == finishing and button.text() == finishing
    bar.resize(bar.sizeHint())
    qtbot.waitUntil(lambda: button.shown_text() == finishing and button.toolTip() == "", timeout=5000)
