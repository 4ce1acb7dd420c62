"""The questions asked before one code goes to several items from the review page: to the
queue rows selected (Shift+Enter), or to every item waiting for review with the shown item's
title (T). Each names the code with its description and the items it goes to; Yes hands the
decision back to the page, which takes it as it takes any other.

The sentences keep the translation context of the review page, where they were first written
(QCoreApplication.translate with "ReviewPage"), so their translations stay as they are.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.core.queue import SameTitle
from app.gui.bulk_confirm import confirm, shortened
from app.gui.labels import count, status_label

if TYPE_CHECKING:
    from app.gui.review_page import ReviewPage

NAMED_ITEMS = 3  # titles a bulk decision's question names; the rest are counted
CODE_WORDS, TITLE_WORDS = 70, 60  # the most characters of a code's description and of a title in that question


class BulkDecisions:
    """Asks before a code goes to several items of a review page, then decides them through it."""

    def __init__(self, page: ReviewPage) -> None:
        self.page = page
        self.same_title: Callable[[int], SameTitle] = lambda _id: SameTitle("", ())  # who waits with an item's title
        self.unchanged_by: Callable[[list[int], str, str], set[int]] = lambda _ids, _code, _note: set()  # have it already
        self.confirmation: QMessageBox | None = None  # the question open, if any

    def apply_to_selected(self) -> None:
        page = self.page
        ids = page.selected_ids()
        code = page.suggestions_pane.selected_code()
        if page.detail is None or not code or not ids or page.being_saved():
            return
        if page.detail.item.id not in ids:  # the code was chosen for the item shown, not for these
            page.message.setText(QCoreApplication.translate(
                "ReviewPage", "Select the item shown in the queue (with any others) to give it this code."))
            return
        if len(ids) == 1:
            page.submit(ids, code)
            return
        if len(self.unchanged_by(ids, code, page.note.text())) == len(ids):  # a question, and then nothing would change
            page.message.setText(QCoreApplication.translate(
                "ReviewPage", "The {n} selected items already have {code}: nothing to change.").format(
                n=count(len(ids)), code=code))
            return
        titles = [f"• {shortened(t, TITLE_WORDS)}" for t in self._titles(ids[:NAMED_ITEMS])]
        if len(ids) > NAMED_ITEMS:
            titles.append(QCoreApplication.translate("ReviewPage", " and {n} more").format(
                n=count(len(ids) - NAMED_ITEMS)).strip())
        self._confirm(ids, code, QCoreApplication.translate(
            "ReviewPage", "Give {code} ({description}) to these {n} selected items?\n\n{titles}").format(
            code=code, description=self._code_words(code), n=count(len(ids)), titles="\n".join(titles)))

    def apply_to_same_title(self) -> None:
        page = self.page
        code = page.suggestions_pane.selected_code()
        if page.detail is None or not code or page.being_saved():
            return
        same = self.same_title(page.detail.item.id)
        title = shortened(page.detail.item.title, TITLE_WORDS)
        if not same.waiting:  # the item shown is decided or auto-accepted, and no other waits: no question
            if same.status:
                page.message.setText(QCoreApplication.translate(
                    "ReviewPage", "No item with the title “{title}” is waiting for review: this one is {status}. To change "
                    "its code alone, press Enter or a suggestion's number.").format(title=title,
                                                                                    status=status_label(same.status)))
            return
        if same.waits:
            text = (QCoreApplication.translate(
                        "ReviewPage", "Give {code} ({description}) to the one item waiting for review with the title “{title}”?")
                    if len(same.waiting) == 1 else
                    QCoreApplication.translate(
                        "ReviewPage", "Give {code} ({description}) to the {n} items waiting for review with the title “{title}”?"))
        else:  # the others are asked about by name; the item shown keeps its code
            text = (QCoreApplication.translate(
                        "ReviewPage", "Give {code} ({description}) to the one other item waiting for review with the title "
                        "“{title}”? This one is {status} and keeps its code.")
                    if same.others == 1 else
                    QCoreApplication.translate(
                        "ReviewPage", "Give {code} ({description}) to the {n} other items waiting for review with the title "
                        "“{title}”? This one is {status} and keeps its code."))
        n = len(same.waiting) if same.waits else same.others
        self._confirm(list(same.waiting), code, text.format(code=code, description=self._code_words(code), title=title,
                                                            n=count(n), status=status_label(same.status)))

    def _code_words(self, code: str) -> str:
        """The code's HS 2022 description, shortened, as the suggestions show it."""
        described = self.page.detail.item.suggestions if self.page.detail is not None else []
        words = next((s.description for s in described if s.code == code), "")
        return shortened(words, CODE_WORDS) or QCoreApplication.translate("ReviewPage", "no HS 2022 description")

    def _titles(self, ids: list[int]) -> list[str]:
        """The titles of these queue items, as the queue shows them (an item gone from it is left out)."""
        model = self.page.model
        rows = (model.row_at(model.row_of(i)) for i in ids)
        return [r.shown_title for r in rows if r is not None]

    def _confirm(self, ids: list[int], code: str, text: str) -> None:
        page = self.page
        self.confirmation = confirm(page.window(), QCoreApplication.translate("ReviewPage", "Bulk decision"), text,
                                    lambda: page.submit(ids, code))
        page.while_open(self.confirmation)
