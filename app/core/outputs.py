"""Use cases that write files: queue, review log and item exports (read and written a chunk at
a time, with progress and cancel), the decisions bridge (decisions_file), stateless
prediction; shipment documents live in shipment_documents."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from app.core import audit, audit_head
from app.core.audit_export import day_end_utc, day_start_utc, utc_text
from app.core.catalogue import CatalogueError, item_text, map_columns, read_table
from app.core.confusion import question_for
from app.core.export import write_table
from app.core.jobs import Progress, no_progress, sub_progress
from app.core.messages import Message
from app.core.review import STATUS_LABELS
from app.core.rules import SEVERITY_RANK
from app.core.services import ensure_model
from app.core.tables import AuditEntry, Decision, Flag, Item
from app.core.workspace import Workspace

QUEUE_HEADERS = ["sku", "title", "market", "severity", "rule_ids", "reasons",
                 "code_1", "p_1", "code_2", "p_2", "code_3", "p_3", "question", "hs_code", "note", "reviewer"]
QUEUE_CHUNK = 500  # queue rows (an item in one market) read together


def _queue_keys(s: Session) -> list[tuple[int, str]]:
    """(item, market) of every row of the queue in its order: the most severe flag first, then
    the least confident suggestion. Plain pairs: the items and flags are read a chunk at a time."""
    rank = case(dict(SEVERITY_RANK), value=Flag.severity, else_=len(SEVERITY_RANK))
    found = s.execute(select(Flag.item_id, Flag.market, func.min(rank), Item.top_p)
                      .join(Item, Item.id == Flag.item_id).where(Item.status == "flagged")
                      .group_by(Flag.item_id, Flag.market, Item.top_p)).all()
    found.sort(key=lambda r: (r[2], r[3] or 0, r[0], r[1]))
    return [(item_id, market) for item_id, market, _rank, _p in found]


def _queue_rows(s: Session, keys: list[tuple[int, str]]) -> Iterator[list[object]]:
    for start in range(0, len(keys), QUEUE_CHUNK):
        chunk = keys[start:start + QUEUE_CHUNK]
        ids = sorted({item_id for item_id, _m in chunk})
        items = {r[0]: r for r in s.execute(select(Item.id, Item.sku, Item.title, Item.suggestions)
                                             .where(Item.id.in_(ids)))}
        groups: dict[tuple[int, str], list[tuple[str, str, str]]] = defaultdict(list)
        for item_id, market, severity, rule_id, reason in s.execute(
                select(Flag.item_id, Flag.market, Flag.severity, Flag.rule_id, Flag.reason).where(Flag.item_id.in_(ids))):
            groups[(item_id, market)].append((severity, rule_id, reason))
        for item_id, market in chunk:
            _id, sku, title, suggestions = items[item_id]
            flags = sorted(groups[(item_id, market)], key=lambda f: (SEVERITY_RANK.get(f[0], len(SEVERITY_RANK)), f[1]))
            suggestions = list(suggestions or [])
            sugg = suggestions[:3] + [["", ""]] * (3 - min(3, len(suggestions)))
            # the deciding question the review pane asks when the two best codes are a known confusion
            asked = question_for([str(c) for c, _ in suggestions[:2]])
            yield [sku, title, "ALL" if market == "*" else market, flags[0][0],
                   " ".join(f[1] for f in flags), " | ".join(f[2] for f in flags),
                   *[v for c, p in sugg for v in (c, "" if p == "" else round(float(p), 4))],
                   asked.written() if asked else "", "", "", ""]


def queue_rows(ws: Workspace) -> list[list[object]]:
    """One row per flagged item and market; blank hs_code/note/reviewer columns to fill in."""
    with ws.db.session() as s:
        return list(_queue_rows(s, _queue_keys(s)))


def export_queue(ws: Workspace, path: Path, progress: Progress = no_progress) -> int:
    """The queue written a chunk at a time, with progress; a cancel leaves no file."""
    with ws.db.session() as s:
        progress(0.0, Message("Reading the review queue"))
        keys = _queue_keys(s)
        # codes as text: Excel drops the leading zero of a number (coffee 090121 became 90121)
        return write_table(path, QUEUE_HEADERS, _queue_rows(s, keys), text_columns=("code_1", "code_2", "code_3", "hs_code"),
                           progress=progress, total=len(keys))


LOG_HEADERS = ["decided_at", "sku", "title", "code", "replaced_code", "kind", "reviewer", "note", "flags_resolved",
               "undone_at", "undone_by", "markets", "flags_seen", "suggested_confidence", "suggestion_source",
               "model_version", "decided_via"]
LOG_KINDS = ("accept", "override", "undone")
LOG_CHUNK = 1000  # decisions read together


@dataclass(frozen=True)
class LogFilter:
    """Which decisions go into the review log; empty fields do not filter. Dates are inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    reviewer: str = ""
    market: str = ""
    kind: str = ""  # accept | override | undone

    def describe(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.__dict__.items() if v}


def _log_query(f: LogFilter) -> Select[tuple[Decision]]:
    q = select(Decision)
    if f.date_from:  # days on this computer's clock, as the reviewer lives them
        q = q.where(Decision.decided_at >= day_start_utc(f.date_from))
    if f.date_to:
        q = q.where(Decision.decided_at < day_end_utc(f.date_to))
    if f.reviewer:
        q = q.where(func.lower(Decision.reviewer) == f.reviewer.strip().lower())
    if f.kind == "undone":
        q = q.where(Decision.undone_at.is_not(None))
    elif f.kind:
        if f.kind not in LOG_KINDS:
            raise ValueError(f"decision type must be one of {', '.join(LOG_KINDS)}")
        q = q.where(Decision.kind == f.kind)
    return q


def log_count(session: Session, f: LogFilter = LogFilter()) -> int:
    """How many decisions the log's filters other than the market let through (an upper bound)."""
    return session.scalar(select(func.count()).select_from(_log_query(f).subquery())) or 0


def iter_log_rows(session: Session, f: LogFilter = LogFilter()) -> Iterator[list[object]]:
    """The review log's rows, read LOG_CHUNK decisions at a time."""
    q = _log_query(f)
    undone_by, shown = _decision_entries(session)
    last = 0
    while True:
        decisions = list(session.scalars(q.where(Decision.id > last).order_by(Decision.id).limit(LOG_CHUNK)))
        if not decisions:
            return
        last = decisions[-1].id
        # decisions recorded before their markets were kept fall back to the item's current flags
        current: dict[int, set[str]] = defaultdict(set)
        older = {d.item_id for d in decisions if d.markets is None}
        if older:
            for item_id, market in session.execute(select(Flag.item_id, Flag.market).where(Flag.item_id.in_(older))):
                if market != "*":
                    current[item_id].add(market)
        for d in decisions:
            markets = set(d.markets) if d.markets is not None else current[d.item_id]
            if f.market and f.market.upper() not in markets:
                continue
            # times are stored in UTC and written with their offset; the code a decision replaced is
            # given for overrides only (an accept keeps the suggestion, so nothing was replaced)
            yield [utc_text(d.decided_at), d.sku, d.title, d.code, (d.replaced_code or "") if d.kind == "override" else "",
                   d.kind, d.reviewer, d.note, " ".join(d.flags_resolved), utc_text(d.undone_at) if d.undone_at else "",
                   undone_by.get(d.id, "") if d.undone_at else "", " ".join(sorted(markets)), _flags_seen(d),
                   *shown.get(d.id, _NOT_SHOWN)]


def log_rows(session: Session, f: LogFilter = LogFilter()) -> list[list[object]]:
    return list(iter_log_rows(session, f))


_NOT_SHOWN: tuple[object, ...] = ("", "", "", "")


def _decision_entries(session: Session) -> tuple[dict[int, str], dict[int, tuple[object, ...]]]:
    """Who undid each decision (in the entry the undo wrote), and what the reviewer was shown
    (confidence, source, model version) and how the decision came (review pane, or a file), in
    the entry the decision wrote: blank for decisions recorded before these were kept. Kept as
    short tuples by decision id, the payloads read a chunk at a time."""
    undone_by: dict[int, str] = {}
    shown: dict[int, tuple[object, ...]] = {}
    for action, actor, payload in session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.payload)
            .where(AuditEntry.action.in_(("undo", "decision"))).execution_options(yield_per=LOG_CHUNK)):
        if isinstance(payload, dict) and payload.get("decision_id") is not None:
            if action == "undo":
                undone_by[int(payload["decision_id"])] = actor
            else:
                confidence, version = payload.get("confidence"), payload.get("model_version")
                shown[int(payload["decision_id"])] = ("" if confidence is None else confidence, payload.get("source") or "",
                                                      "" if version is None else version, payload.get("via") or "")
    return undone_by, shown


def _flags_seen(d: Decision) -> str:
    """Each flag the reviewer saw with its market and severity ("WEAPON-SG (SG, block): parang |
    KNIFE (all, review): parang"), so a ban cleared is plain, and not read as every market's."""
    seen = []
    for entry in d.flags_seen or ():
        rule_id, trigger = entry[0], entry[1] if len(entry) > 1 else ""
        market = entry[2] if len(entry) > 2 else ""
        severity = entry[3] if len(entry) > 3 else ""
        where = ", ".join(x for x in ("all" if market == "*" else market, severity) if x)
        seen.append(f"{rule_id}{f' ({where})' if where else ''}{f': {trigger}' if trigger else ''}")
    return " | ".join(seen)


def export_log(ws: Workspace, path: Path, f: LogFilter = LogFilter(), progress: Progress = no_progress) -> int:
    """The review log written a chunk at a time, with progress. The export is recorded in the
    audit trail once every row is read, under the reviewer named in the window as the audit export
    is, and the file carries the trail's head with that entry
    (app.core.audit_head); the entry is kept only if the file is (a cancelled export records
    nothing and leaves no file)."""
    with ws.db.session() as s:
        progress(0.0, Message("Reading the review log"))

        def rows() -> Iterator[list[object]]:
            n = 0
            for row in iter_log_rows(s, f):
                n += 1
                yield row
            audit.append(s, Workspace.actor(s), "export-log", Path(path).name, {"rows": n, "filter": f.describe()})

        # committed before the file is moved into place: a file the trail does not know of is never left
        return write_table(path, LOG_HEADERS, rows(), progress=progress, total=log_count(s, f),
                           publish=lambda _n: s.commit(), trailer=lambda: audit_head.trailer(s))


ITEM_HEADERS = ["sku", "title", "hs_code", "status", "confidence", "source"]
ITEM_CHUNK = 2000


def _item_rows(s: Session) -> Iterator[list[object]]:
    last = 0
    while True:
        chunk = s.execute(select(Item.id, Item.sku, Item.title, Item.hs_code, Item.status, Item.top_p,
                                 Item.suggestion_source).where(Item.id > last).order_by(Item.id).limit(ITEM_CHUNK)).all()
        if not chunk:
            return
        last = chunk[-1][0]
        for _id, sku, title, hs_code, status, top_p, source in chunk:
            yield [sku, title, hs_code or "", STATUS_LABELS[status],
                   "" if top_p is None or status == "decided" else round(top_p, 4),
                   "reviewer" if status == "decided" else (source or "")]


def export_items(ws: Workspace, path: Path, progress: Progress = no_progress) -> int:
    """Every item with its code, written a chunk at a time, with progress; a cancel leaves no file."""
    with ws.db.session() as s:
        total = s.scalar(select(func.count(Item.id))) or 0
        return write_table(path, ITEM_HEADERS, _item_rows(s), progress=progress, total=total)


# the decisions bridge: see decisions_file (kept importable from here) ------------------------
from app.core.decisions_file import DecideReport, apply_decisions_file, grouped_rejections  # noqa: E402,F401


# stateless prediction ---------------------------------------------------------------------
def predict_file(ws: Workspace, in_path: Path, out_path: Path, top: int = 5, progress: Progress = no_progress) -> int:
    """One output row per input row, in order: row, code_1, p_1, ... code_k, p_k."""
    df = read_table(Path(in_path))
    mapping = map_columns(df.columns)
    if "title" not in mapping:
        raise CatalogueError(f"{in_path}: no title column found (looked for: title, name, product name)")
    model = ensure_model(ws, sub_progress(progress, 0.0, 0.1))
    get = lambda r, f: str(r.get(mapping.get(f, ""), "") or "")  # noqa: E731
    records = df.to_dict("records")
    texts = [item_text(get(r, "title"), get(r, "description"), get(r, "material")) for r in records]
    headers = ["row"] + [h for k in range(1, top + 1) for h in (f"code_{k}", f"p_{k}")]
    rows = []
    for start in range(0, len(texts), 1000):
        chunk = texts[start:start + 1000]
        for j, (text, preds) in enumerate(zip(chunk, model.predict(chunk, top))):
            row: list[object] = [start + j + 2]
            if text.strip():
                for code, p in preds:
                    row += [code, round(p, 4)]
            rows.append(row + [""] * (len(headers) - len(row)))
        progress(0.1 + 0.9 * min(1.0, (start + 1000) / max(len(texts), 1)), f"Predicted {min(start + 1000, len(texts)):,} rows")
    return write_table(out_path, headers, rows)


# documents: see shipment_documents (kept importable from here) ----------------------------
from app.core.shipment_documents import (ClearedBlocks, DocumentsRefused, DocumentsResult, ShipmentProblem,  # noqa: E402,F401
                                         build_documents, document_lines, export_shipment_lines, reprint)
