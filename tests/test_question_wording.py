"""Enter on an item whose two best suggestions differ in a deciding fact says which fact, and the
sentence reads right for every fact the confusion pairs give: a noun phrase ("construction of the
fabric") or a clause ("whether it is rechargeable", "how the appliance works")."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from app.core.confusion import Question, default_pairs
from tests.conftest import idle
from tests.test_review_layout import trousers  # noqa: F401  (a fixture: the knitted-or-woven item)


def test_the_message_reads_right_for_every_fact(qtbot, open_window, ws, trousers: int) -> None:  # noqa: F811
    w = open_window(ws)
    page = w.review_page
    w.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: idle(w) and page.detail is not None and page.detail.id == trousers, timeout=20000)
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_Return)  # the item's own question: knitted or woven
    assert page.message.text().startswith("The two best suggestions differ (construction of the fabric): Is the "
                                          "fabric knitted or crocheted")
    for pair in default_pairs():
        page.detail = dataclasses.replace(page.detail, question=Question(
            pair.id, pair.fact, pair.question, ("620342", "610342"), (pair.answers or ("a", "b"))[:2]))
        page.accept_top()
        said = page.message.text()
        assert f"differ ({pair.fact}): {pair.question} Press 1 or 2" in said, pair.id
        for word in ("whether", "what", "how", "which"):
            assert f"the {word} " not in said.split(":")[0], said
