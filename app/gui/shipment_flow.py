"""The shipment workflow in the window: open the dialog, save, print through the gate,
preview, reprint saved shipments and export the carrier's line file.

All work runs through the window's OperationRunner; this object only wires widgets to the
use cases in app.core.shipments and app.core.shipment_documents. While the dialog is open,
what goes wrong is said over it (modal to it, closed with it), a refusal in the dialog's own
words (app.gui.shipment_words).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.core import assets, item_views, shipments
from app.core.shipment import ShipmentError, parse_shipment
from app.core.shipment_documents import (ClearedBlocks, Confirmed, DocumentsRefused, DocumentsResult, build_documents, export_shipment_lines,
                                         reprint)
from app.core.workspace import Workspace
from app.gui.core_messages import core_text
from app.gui.file_dialogs import save_file
from app.gui.labels import count
from app.gui.list_dialog import ListDialog, first_named
from app.gui.operations import OperationRunner
from app.gui.pdf_preview import PdfPreview
from app.gui.shipment_aside import AsideBar
from app.gui.shipment_dialog import SELLER_EXTRAS, ShipmentDialog
from app.gui.shipment_words import shipment_text
from app.gui.shipments_list import ShipmentsDialog

DEFAULTS_KEY = "shipment_defaults"
log = logging.getLogger(__name__)


class ShipmentFlow(QObject):
    sig_documents_ready = Signal(object)  # DocumentsResult
    sig_refused = Signal(object)  # DocumentsRefused: the gate may have sent items back to the queue
    sig_cleared_asked = Signal(object)  # ClearedBlocks: the user is asked whether to print anyway
    sig_dialog_opened = Signal(object)  # ShipmentDialog, once its catalogue is read
    sig_book_changed = Signal(list)  # the address book after an entry was updated or removed

    def __init__(self, ws: Workspace, runner: OperationRunner, parent: QWidget,
                 say: Callable[[str], None], show_error: Callable[..., None], open_item: Callable[[int], None],
                 reader: OperationRunner | None = None,
                 show_list: Callable[[str, str, list[str]], None] | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner, self.parent_widget = ws, runner, parent
        self.reader = reader or runner  # where the catalogue for a shipment dialog is read
        self.say, self.show_error, self.open_item = say, show_error, open_item
        # a refusal naming many items: the first few in its message, all of them in a list below
        self.show_list = show_list or (lambda title, message, entries: ListDialog(title, message, entries, parent).show())
        self.dialog: ShipmentDialog | None = None
        self.aside = AsideBar()  # the window places it: says a shipment is set aside while an item is reviewed
        self.aside.sig_back.connect(self.back_to_shipment)
        self.preview: PdfPreview | None = None
        self.saved_list: ShipmentsDialog | None = None
        self.last_documents: DocumentsResult | None = None
        self.cleared_box: ListDialog | None = None  # asks before printing past a cleared blocking flag
        self._opening = False  # a new shipment's catalogue is being read

    # opening ------------------------------------------------------------------------------
    # The catalogue to pick from is read on the worker thread (about a second at 100,000
    # items); the dialog opens when it is there, and sig_dialog_opened says so.
    def new_shipment(self, item_ids: list[int]) -> None:
        if self._opening:
            return  # a second press while the catalogue is read opens nothing more
        if self._brought_back():
            return
        ws = self.ws

        def work(_progress: Any) -> tuple[dict[str, Any], list[item_views.ItemRow], list[Any], dict[str, str]]:
            rows = item_views.list_items(ws)
            by_id = {r.id: r for r in rows}
            defaults = dict(ws.setting(DEFAULTS_KEY) or {})
            profile = shipments.seller_profile(ws)
            # the last shipment's currency, else the profile's invoice currency; the dialog then
            # follows the catalogue prices of the lines while they are all in one currency
            currency = defaults.get("currency") or profile.get("currency") or "USD"
            raw: dict[str, Any] = {
                "invoice_number": shipments.next_invoice_number(ws), "currency": currency,
                "incoterm": defaults.get("incoterm", "DAP"),
                "paper": "letter" if str(ws.setting("paper_size") or "").lower() == "letter" else "A4",
                "seller": {k: profile.get(k, "") for k in ("name", "address", "country", "tax_id", "phone", "email")},
                "lines": [{"sku": by_id[i].sku, "quantity": 1} for i in item_ids if i in by_id],
            }
            if not raw["seller"].get("name") and defaults.get("seller"):
                raw["seller"] = defaults["seller"]
            raw.update({k: profile.get(k, "") for k in SELLER_EXTRAS})
            return raw, rows, shipments.list_parties(ws), shipments.catalogue_currencies(ws)

        self._read_then_open(work)

    def _read_then_open(self, work: Callable[[Any], tuple[Any, ...]]) -> None:
        self._opening = True
        op = self.reader.run(self.tr("Reading the catalogue"), work, lambda r: self.open_dialog(*r),
                             lambda msg, det: self.show_error(self.tr("Shipment not opened"), msg, det))
        op.sig_finished.connect(self._opened)

    def _opened(self) -> None:
        self._opening = False

    def open_saved(self, shipment_id: int) -> None:
        if self._opening or self._brought_back():
            return
        ws = self.ws

        def work(_progress: Any) -> tuple[dict[str, Any], list[item_views.ItemRow], list[Any]]:
            return shipments.load_shipment(ws, shipment_id), item_views.list_items(ws), shipments.list_parties(ws)

        self._read_then_open(work)

    def open_dialog(self, raw: dict[str, Any], catalogue: list[item_views.ItemRow], parties: list[Any],
                    prices: dict[str, str] | None = None) -> ShipmentDialog | None:
        """`prices` (SKU -> the currency of its catalogue price) for a new shipment; None for a saved one."""
        if getattr(self.parent_widget, "closing", False):
            return None  # the catalogue arrived after the window was closed
        dialog = ShipmentDialog(catalogue, raw, parties, list(self.ws.setting("markets") or []), self.parent_widget,
                                import_logo=lambda path: assets.import_asset(self.ws.data_dir, path),
                                new=prices is not None, prices=prices)
        # the draft the dialog edits (opened, or saved from it) may be re-addressed while never printed
        dialog.sig_print_requested.connect(lambda raw: self.print_documents(raw, amends=dialog.draft_of))
        dialog.sig_save_requested.connect(self.save)
        dialog.sig_export_lines_requested.connect(self.choose_export_lines)
        dialog.sig_review_requested.connect(self.review_aside)
        dialog.finished.connect(self.aside.hide)
        dialog.sig_update_party_requested.connect(self.update_party)
        dialog.sig_forget_party_requested.connect(self.forget_party)
        dialog.open()
        self.dialog = dialog
        self.sig_dialog_opened.emit(dialog)
        return dialog

    # set aside while an item is reviewed ------------------------------------------------------
    def is_aside(self) -> bool:
        return self.dialog is not None and self.dialog.set_aside

    def review_aside(self, item_id: int) -> None:
        """The dialog steps aside (hidden, kept as it is) so that the item can be decided."""
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            dialog.set_aside = True
            dialog.hide()
            self.aside.tell(dialog.invoice_number.text().strip())
        self.open_item(item_id)

    def back_to_shipment(self) -> None:
        self.aside.hide()
        dialog = self.dialog
        if dialog is not None and dialog.set_aside:
            dialog.set_aside = False
            dialog.open()

    def _brought_back(self) -> bool:
        """A shipment set aside comes back instead of another being opened (one at a time)."""
        if not self.is_aside():
            return False
        self.back_to_shipment()
        self.say(self.tr("The shipment set aside is back: print, save or close it before opening another."))
        return True

    def show_saved(self) -> ShipmentsDialog:
        dialog = ShipmentsDialog(shipments.list_shipments(self.ws), self.parent_widget)
        dialog.sig_open_requested.connect(self.open_saved)
        dialog.sig_reprint_requested.connect(self.reprint)
        dialog.open()
        self.saved_list = dialog
        return dialog

    # the address book ---------------------------------------------------------------------
    def update_party(self, party_id: int, data: dict[str, Any]) -> None:
        ws = self.ws

        def work(_progress: Any) -> list[shipments.PartyRow]:
            shipments.update_party(ws, party_id, data)
            return shipments.list_parties(ws)

        self.runner.run(self.tr("Updating the address book"), work,
                        lambda book: self._book_changed(book, self.tr("Address book entry {name} updated").format(
                            name=str(data.get("name", "")).strip())),
                        self._failed(self.tr("Address book entry not updated")), refusal_words=shipment_text)

    def forget_party(self, party_id: int) -> None:
        ws = self.ws

        def work(_progress: Any) -> list[shipments.PartyRow]:
            shipments.forget_party(ws, party_id)
            return shipments.list_parties(ws)

        self.runner.run(self.tr("Updating the address book"), work,
                        lambda book: self._book_changed(book, self.tr("Removed from the address book")),
                        self._failed(self.tr("Address book entry not removed")))

    def _book_changed(self, book: list[shipments.PartyRow], message: str) -> None:
        if self.dialog is not None:
            self.dialog.set_book(book)
        self.say(message)
        self.sig_book_changed.emit(book)

    # actions ------------------------------------------------------------------------------
    def _over(self) -> QWidget | None:
        """The open shipment dialog, which a message about it stands over; None when it is closed."""
        return self.dialog if self.dialog is not None and self.dialog.isVisible() else None

    def _show_error(self, title: str, message: str, details: str = "") -> None:
        """Over the shipment dialog while it is open (modal to it, closed with it), else over the window."""
        self.show_error(title, message, details, parent=self._over())

    def _failed(self, title: str) -> Callable[[str, str], None]:
        return lambda message, details: self._show_error(title, message, details)

    def _valid(self, raw: dict[str, Any]) -> Any:
        try:
            return parse_shipment(raw)
        except ShipmentError as exc:
            log.info("refused: %s", exc)
            self._show_error(self.tr("The shipment is incomplete"), shipment_text(exc))
            return None

    def _remember(self, raw: dict[str, Any]) -> None:
        """The seller block and its extras become the seller profile for the next shipment.
        A write: called inside the job, on the worker, never on the GUI thread."""
        profile = {**dict(raw.get("seller") or {}), **{k: raw.get(k, "") for k in SELLER_EXTRAS}}
        shipments.set_seller_profile(self.ws, profile)
        self.ws.set_setting(DEFAULTS_KEY, {"seller": raw.get("seller", {}), "currency": raw.get("currency", "USD"),
                                           "incoterm": raw.get("incoterm", "DAP")})

    def save(self, raw: dict[str, Any]) -> None:
        if self._valid(raw) is None:
            return
        dialog = self.dialog
        amends = dialog.draft_of if dialog is not None else ""

        def work(_progress: Any) -> shipments.SavedShipment:
            self._remember(raw)
            return shipments.save_shipment(self.ws, raw, amends=amends)

        def done(saved: shipments.SavedShipment) -> None:
            if dialog is not None:
                dialog.saved_as = raw
                dialog.draft_of = saved.invoice_number
            what = self.tr("unchanged") if not saved.created else self.tr("revision {r}").format(r=saved.revision)
            self.say(self.tr("Shipment {n} saved ({what})").format(n=saved.invoice_number, what=what))

        self.runner.run(self.tr("Saving the shipment"), work, done, self._failed(self.tr("Shipment not saved")),
                        refusal_words=shipment_text)

    def print_documents(self, raw: dict[str, Any], out_dir: Path | None = None, ship_cleared: Confirmed = False,
                        amends: str = "") -> None:
        """`amends`: the invoice number of the saved draft the dialog edits (it may go elsewhere while never printed)."""
        spec = self._valid(raw)
        if spec is None:
            return
        target = out_dir or self.ws.documents_dir

        def work(progress: Any) -> DocumentsResult | DocumentsRefused | ClearedBlocks:
            self._remember(raw)
            try:
                return build_documents(self.ws, spec, raw, target, progress, self._actor(), ship_cleared, amends)
            except (DocumentsRefused, ClearedBlocks) as refused:
                return refused  # not an error: the dialog lists the items to review, or asks

        self.runner.run(self.tr("Printing documents"), work,
                        lambda r: self._printed(r, lambda shown: self.print_documents(raw, out_dir, shown, amends)),
                        self._failed(self.tr("Documents not printed")), refusal_words=shipment_text)

    def reprint(self, shipment_id: int, ship_cleared: Confirmed = False) -> None:
        def work(progress: Any) -> DocumentsResult | DocumentsRefused | ClearedBlocks:
            try:
                return reprint(self.ws, shipment_id, self.ws.documents_dir, progress, ship_cleared, self._actor())
            except (DocumentsRefused, ClearedBlocks) as refused:
                return refused

        self.runner.run(self.tr("Reprinting documents"), work,
                        lambda r: self._printed(r, lambda shown: self.reprint(shipment_id, shown)),
                        self._failed(self.tr("Documents not printed")), refusal_words=shipment_text)

    def _actor(self) -> str:
        """Who prints: the reviewer named in the review pane or Settings."""
        return str(self.ws.setting("reviewer") or "").strip() or "borderline"

    def confirm_cleared(self, cleared: ClearedBlocks, again: Callable[[Confirmed], None]) -> None:
        """A ban or other blocking flag for the destination was cleared by a reviewer: say whose
        note lets it ship, and go on only if the user says so."""
        entries = [core_text(b.describe(cleared.destination)) for b in cleared.blocks]
        box = ListDialog(self.tr("Blocking flags were cleared"),
                         self.tr("These items carry a blocking flag for {dest} that a reviewer cleared:\n\n{items}\n\n"
                                 "Print the documents for {dest} anyway?").format(
                             dest=cleared.destination, items=first_named(entries)),
                         entries, self._over() or self.parent_widget, question=True, file_stem="cleared-flags")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown = cleared.shown()  # a yes confirms these, not a block found later
        box.accepted.connect(lambda: again(shown))
        self.cleared_box = box
        box.open()
        self.sig_cleared_asked.emit(cleared)

    def _printed(self, result: DocumentsResult | DocumentsRefused | ClearedBlocks,
                 again: Callable[[Confirmed], None] | None = None) -> None:
        if isinstance(result, ClearedBlocks):
            if again is not None:
                self.confirm_cleared(result, again)
            return
        if isinstance(result, DocumentsRefused):
            self.sig_refused.emit(result)
            if self.dialog is not None and self.dialog.isVisible():
                # the dialog lists every item, each a click from review: no second window over it
                self.dialog.show_problems(result.problems, result.item_ids)
                one = len(result.problems) == 1
                self.say((self.tr("Documents not printed: 1 item needs a decision first (listed in the shipment dialog)")
                          if one else self.tr("Documents not printed: {n} items need a decision first (listed in the "
                                              "shipment dialog)")).format(n=count(len(result.problems))))
                return
            entries = [f"{sku}: {core_text(why)}" for sku, why in result.problems]
            head = (self.tr("This item needs a decision first:\n{items}") if len(entries) == 1 else
                    self.tr("These items need a decision first:\n{items}"))
            self.show_list(self.tr("Documents not printed"), head.format(items=first_named(entries)), entries)
            return
        self.last_documents = result
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.accept()
        if result.warnings:
            self.say(self.tr("Invoice and packing list saved in {dir} (revision {r}). Check: {w}").format(
                dir=result.invoice.parent, r=result.revision, w="; ".join(core_text(w) for w in result.warnings)))
        else:
            self.say(self.tr("Invoice and packing list saved in {dir} (revision {r}).").format(
                dir=result.invoice.parent, r=result.revision))
        self.preview = PdfPreview([result.invoice, result.packing_list], self.parent_widget, self.runner, result.warnings)
        self.preview.show()
        self.sig_documents_ready.emit(result)

    def choose_export_lines(self, raw: dict[str, Any]) -> None:
        name = f"{raw.get('invoice_number') or 'shipment'}-lines.csv"
        path = save_file(self.parent_widget, self.tr("Export lines for the carrier"), name, "CSV (*.csv);;Excel (*.xlsx)")
        if path:
            self.export_lines(raw, path)

    def export_lines(self, raw: dict[str, Any], path: Path, ship_cleared: Confirmed = False) -> None:
        spec = self._valid(raw)
        if spec is None:
            return

        def work(progress: Any) -> int | DocumentsRefused | ClearedBlocks:
            try:
                return export_shipment_lines(self.ws, spec, path, ship_cleared)
            except (DocumentsRefused, ClearedBlocks) as refused:
                return refused

        def done(result: int | DocumentsRefused | ClearedBlocks) -> None:
            if isinstance(result, (DocumentsRefused, ClearedBlocks)):
                self._printed(result, lambda shown: self.export_lines(raw, path, shown))
            else:
                self.say(self.tr("Wrote {n} lines to {path}").format(n=count(result), path=path))

        self.runner.run(self.tr("Exporting shipment lines"), work, done, self._failed(self.tr("Export failed")),
                        refusal_words=shipment_text)
