"""Decisions on one item at a time: take one, undo the newest, and check every decision
against the audit trail. (Bulk decisions with their warnings are in reviewing.py.)"""
from __future__ import annotations

from app.core import audit, flagging, review
from app.core.tables import Item
from app.core.workspace import Workspace


def decide(ws: Workspace, item_id: int, code: str, reviewer: str, note: str = "") -> review.DecisionRecord:
    with ws.db.session() as s:
        return review.decide(s, item_id, code, reviewer, note)


def undo_last_decision(ws: Workspace, reviewer: str) -> list[review.DecisionRecord]:
    """The newest decision undone, with the others of its action (newest first). An item left
    with no decision is flagged again against its model suggestions (its flags were last
    evaluated against the decided code), so it waits or is auto-accepted as it would be now."""
    rules, markets = ws.rules(), list(ws.setting("markets"))
    with ws.db.session() as s:
        records = review.undo_last(s, reviewer)
        for item_id in dict.fromkeys(r.item_id for r in records):
            item = s.get(Item, item_id)
            if item is None or item.status == "decided" or not item.suggestions:
                continue  # an earlier decision stands again, or it was never classified
            new = flagging.evaluate_item(rules, item, [(c, float(p)) for c, p in item.suggestions], markets,
                                         catalogue_code=flagging.model_catalogue_code(item))
            item.flags.clear()
            item.flags.extend(flagging.flag_rows(rules, new))
            waiting = flagging.waits(new, flagging.settled(s, item))
            item.status, item.hs_code = ("flagged", None) if waiting else ("auto", item.top_code)
        return records


def verify_log(ws: Workspace, given: audit.Head | None = None) -> audit.ChainReport:
    """The trail checked, against the heads recorded outside the database and a head an
    auditor was given (app.core.audit_head)."""
    with ws.db.session() as s:
        return audit.verify(s, ws.db.witness, given)
