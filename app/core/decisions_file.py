"""The decisions bridge: a filled-in queue export (sku, hs_code, note, reviewer) applied as
decisions, every row applied or named as rejected with its row, column and reason.

Applied in one transaction: a cancelled or failed run leaves the database as it was. The
report groups the rejected rows by what is wrong with them (a file of 20,000 rows rejects
thousands for a handful of reasons), and keeps each rejected row's cells, so the rows can be
written to a file, corrected there and imported again.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core import flagging, review
from app.core.catalogue import CatalogueError, read_table
from app.core.db import begin_now
from app.core.export import write_table
from app.core.jobs import Progress, no_progress, uncancellable
from app.core.messages import Joined, Label, Message, message_of
from app.core.nomenclature import FIVE_DIGITS, NATIONAL_LINE, NO_SUBHEADING, STATISTICS_CODE, nomenclature  # noqa: F401
from app.core.review import STATUS_LABELS
from app.core.tables import Decision, Item
from app.core.workspace import Workspace

CHUNK = 250  # SKUs looked up together; progress is reported (and a cancel honoured) between chunks

# what is wrong with a rejected row, in words that group rows (the reason names the row's own values)
NO_ITEM = "no item with this SKU"
NOT_CLASSIFIED = "the item is not classified yet"
NO_REVIEWER = "no reviewer name"
NEEDS_NOTE = "a blocking flag needs a note"
CODES_DIFFER = "the rows of one SKU give different codes"
REVIEWERS_DIFFER = "the rows of one SKU give different reviewers"
REFUSED = "the decision was refused"

REJECTED_HEADERS = ["row", "sku", "hs_code", "note", "reviewer", "column", "reason"]


@dataclass
class DecideReport:
    applied: int
    rejected: list[tuple[int, str, str]]  # row number, column, reason
    unchanged: int = 0  # items already decided with the code the file gives
    path: str = ""
    rows: int = 0  # the rows that give a code: each is applied, already so, or rejected
    kinds: dict[int, str] = field(default_factory=dict)  # row number -> what is wrong (the constants above)
    cells: dict[int, tuple[str, str, str, str]] = field(default_factory=dict)  # row -> sku, hs_code, note, reviewer as given
    raised: list[review.RaisedFlag] = field(default_factory=list)  # flags the applied codes brought, resolved by them

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass(frozen=True)
class ReasonGroup:
    """The rejected rows that share what is wrong: how many, and the first few."""

    kind: str
    count: int
    examples: list[tuple[int, str, str]]  # row, column, reason


@dataclass(frozen=True)
class _DecisionRow:
    number: int  # as the spreadsheet numbers it
    sku: str
    code: str
    note: str
    reviewer: str  # as given; empty when the row leaves it to the default
    given: str = ""  # the hs_code cell as written


def apply_decisions_file(ws: Workspace, path: Path, default_reviewer: str = "",
                         progress: Progress = no_progress) -> DecideReport:
    """Apply rows of sku, hs_code, note, reviewer; every row is applied or named as rejected.

    Rows with an empty hs_code are skipped silently: a queue export sent back half done. The
    queue export has one row per item and market, so the rows of one SKU are one decision:
    applied once when they give the same code, and all rejected, naming the rows and the
    codes, when they do not (or name different reviewers). Each SKU's decision is applied or
    rejected on its own, the rest of the file as before. `progress` is told how many rows are
    checked, and may cancel until the decisions are committed: then nothing is changed.
    """
    path = Path(path)
    progress(0.0, Message("Reading {file}", file=path.name))
    df = read_table(path)
    cols = {c.strip().lower(): c for c in df.columns}
    for needed in ("sku", "hs_code"):
        if needed not in cols:
            raise CatalogueError(Message("{file}: no '{column}' column (expected sku, hs_code, note, reviewer)",
                                         file=str(path), column=needed))
    groups: dict[object, list[_DecisionRow]] = {}
    for i, row in enumerate(df.to_dict("records")):
        n = i + 2
        given = str(row[cols["hs_code"]]).strip()
        if not given:
            continue
        sku = str(row[cols["sku"]]).strip()
        note = str(row.get(cols.get("note", ""), "")).strip()
        reviewer = str(row.get(cols.get("reviewer", ""), "")).strip()
        groups.setdefault(sku or n, []).append(_DecisionRow(n, sku, _code(given), note, reviewer, given))
    del df
    report = DecideReport(0, [], 0, str(path))
    total = report.rows = sum(len(rows) for rows in groups.values())
    checked = 0
    action: int | None = None
    rules, markets = ws.rules(), list(ws.setting("markets"))
    with ws.db.session() as s:
        begin_now(s)  # each SKU's decision is a savepoint inside the one transaction, not a commit of its own
        for chunk in _chunks(list(groups.values())):
            progress(0.05 + 0.9 * checked / max(total, 1), Message("{n:,} of {total:,} rows checked", n=checked,
                                                                    total=total))
            items = _items(s, chunk)
            for rows in chunk:
                action = _apply_one(s, ws, path, rows, items.get(rows[0].sku), rules, markets, default_reviewer,
                                    report, action)
            checked += sum(len(rows) for rows in chunk)
        progress(0.95, Message("{n:,} of {total:,} rows checked", n=checked, total=total))
        # the commit follows: a cancel is no longer honoured, so the file is applied whole or not at all
        uncancellable(progress)(0.97, Message("Saving {n:,} decisions", n=report.applied))
    report.rejected.sort()
    return report


def _chunks(groups: list[list[_DecisionRow]]) -> Iterator[list[list[_DecisionRow]]]:
    for start in range(0, len(groups), CHUNK):
        yield groups[start:start + CHUNK]


def _items(s: Session, chunk: list[list[_DecisionRow]]) -> dict[str, Item]:
    """The items the chunk's SKUs name, with their flags, in one query."""
    skus = sorted({rows[0].sku for rows in chunk if rows[0].sku})
    if not skus:
        return {}
    return {i.sku: i for i in s.scalars(select(Item).where(Item.sku.in_(skus)).options(selectinload(Item.flags)))}


def _apply_one(s: Session, ws: Workspace, path: Path, rows: list[_DecisionRow], item: Item | None, rules,  # type: ignore[no-untyped-def]
               markets: list[str], default_reviewer: str, report: DecideReport, action: int | None) -> int | None:
    """Apply or reject the rows of one SKU; returns the action the file's decisions share."""
    nom = nomenclature()

    def reject(kind: str, column: str, reason: str, only: list[_DecisionRow] | None = None) -> None:
        for r in only or rows:
            report.rejected.append((r.number, column, reason))
            report.kinds[r.number] = kind
            report.cells[r.number] = (r.sku, r.given, r.note, r.reviewer)

    conflict = _disagreement(rows)
    if conflict is not None:
        kind, column, why = conflict
        for r in rows:  # a code that is no subheading at all is named as such; the rest name the disagreement
            if column == "hs_code" and not nom.is_subheading(r.code):
                reject(*_code_problem(r.code), only=[r])
            else:
                reject(kind, column, why, only=[r])
        return action
    first = rows[0]
    code = first.code
    if not nom.is_subheading(code):
        reject(*_code_problem(code))
        return action
    if item is None:
        reject(NO_ITEM, "sku", Message("no item with SKU '{sku}'", sku=first.sku))
        return action
    if item.status == "pending":
        reject(NOT_CLASSIFIED, "sku", Message("SKU '{sku}' is not classified yet (status {status})", sku=first.sku,
                                              status=Label(STATUS_LABELS[item.status])))
        return action
    if item.status == "decided" and item.hs_code == code and _combined_note(rows) in ("", _last_note(s, item.id)):
        report.unchanged += 1  # the file says what was decided: nothing to record
        return action
    # waiting for review, or a code to correct: auto-accepted, or decided otherwise before
    reviewer = next((r.reviewer for r in rows if r.reviewer), default_reviewer)
    if not reviewer:
        reject(NO_REVIEWER, "reviewer", Message("no reviewer name"))
        return action
    brought = flagging.flags_a_code_brings(rules, item, code, markets)
    blocks = sorted({f.rule_id for f in brought if f.severity == "block"})
    if not _combined_note(rows).strip():
        if blocks:
            reject(NEEDS_NOTE, "note", Message("SKU '{sku}' gets a blocking flag under {code} ({rules}): say in a note "
                                               "why it may ship", sku=first.sku, code=code, rules=", ".join(blocks)))
            return action
        if has := sorted({f.rule_id for f in item.flags if f.severity == "block"}):
            reject(NEEDS_NOTE, "note", Message("SKU '{sku}' has a blocking flag ({rules}): say in a note why it may ship "
                                               "under {code}", sku=first.sku, rules=", ".join(has), code=code))
            return action
    try:
        with s.begin_nested():
            item.flags.extend(flagging.flag_rows(rules, brought))  # seen, so settled by the decision
            s.flush()
            # the file's decisions are one action: one undo takes them all back
            via = f"file {path.name}, {_row_numbers(rows)}; imported by {Workspace.actor(s)}"
            rec = review.decide(s, item.id, code, reviewer, _combined_note(rows), action_id=action, via=via)
            if action is None:
                action = rec.id
                s.get(Decision, rec.id).action_id = action  # type: ignore[union-attr]
    except review.ReviewError as exc:
        reject(REFUSED, "note", message_of(exc))
        return action
    report.applied += 1
    report.raised += review.raised_flags(item.sku, brought)
    return action


def grouped_rejections(rejected: list[tuple[int, str, str]]) -> list[tuple[list[int], str, str]]:
    """Rows rejected for the same column and reason, together (an item's rows, one per market,
    share one reason): [(row numbers, column, reason)], in the order of their first row."""
    groups: dict[tuple[str, str], list[int]] = {}
    for number, column, why in sorted(rejected):
        groups.setdefault((column, why), []).append(number)
    return [(rows, column, why) for (column, why), rows in groups.items()]


def reason_groups(report: DecideReport, examples: int = 3) -> list[ReasonGroup]:
    """The rejected rows by what is wrong with them, the most rows first, each with its first
    few rows as examples: a summary that stays short however many rows were rejected."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    for number, column, why in sorted(report.rejected):
        found.setdefault(report.kinds.get(number, why), []).append((number, column, why))
    ordered = sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0]))
    return [ReasonGroup(kind, len(rows), rows[:examples]) for kind, rows in ordered]


def export_rejected(report: DecideReport, path: Path, progress: Progress = no_progress) -> int:
    """Every rejected row with its reason, as CSV or XLSX: its row in the file, its cells (sku,
    hs_code, note, reviewer, so the file can be corrected and imported again), the column at
    fault and the reason. Returns the number of rows written."""
    def rows() -> Iterator[list[object]]:
        for number, column, why in sorted(report.rejected):
            sku, code, note, reviewer = report.cells.get(number, ("", "", "", ""))
            yield [number, sku, code, note, reviewer, column, why]

    return write_table(Path(path), REJECTED_HEADERS, rows(), text_columns=("hs_code",), progress=progress,
                       total=len(report.rejected))


def _last_note(s: Session, item_id: int) -> str:
    """The note of the decision that stands for the item (a file giving the same code with another
    note records a new decision, so the note is not lost)."""
    return s.scalars(select(Decision.note).where(Decision.item_id == item_id, Decision.undone_at.is_(None))
                     .order_by(Decision.id.desc()).limit(1)).first() or ""


def _code(text: str) -> str:
    """A code as tariffs print it (9602.00) is its six digits; anything else stays as given."""
    try:
        return nomenclature().validate(text)
    except ValueError:
        return text


def _row_numbers(rows: list[_DecisionRow]) -> str:
    numbers = [str(r.number) for r in rows]
    if len(numbers) == 1:
        return Message("row {row}", row=numbers[0])
    return Message("rows {rows} and {last}", rows=", ".join(numbers[:-1]), last=numbers[-1])


def _rows_text(rows: list[_DecisionRow], value: str) -> str:
    return Message("{value} on {rows}", value=value, rows=_row_numbers(rows))


def _code_problem(code: str) -> tuple[str, str, str]:
    """What is wrong with a code that is no HS 2022 subheading: (kind, column, reason)."""
    kind, reason = nomenclature().problem(code)
    return kind, "hs_code", reason


def _disagreement(rows: list[_DecisionRow]) -> tuple[str, str, str] | None:
    """Why the rows of one SKU do not make one decision: different codes, or different reviewers."""
    if len(rows) == 1:
        return None
    sku = rows[0].sku
    for kind, column, attr in ((CODES_DIFFER, "hs_code", "code"), (REVIEWERS_DIFFER, "reviewer", "reviewer")):
        given: dict[str, list[_DecisionRow]] = {}
        shown: dict[str, str] = {}
        for r in rows:
            if value := getattr(r, attr):
                key = " ".join(value.split()).casefold()  # "Ana" and "ana " are one reviewer
                given.setdefault(key, []).append(r)
                shown.setdefault(key, value)
        if len(given) > 1:
            told = Joined((_rows_text(rs, shown[key]) for key, rs in given.items()), ", ")
            if attr == "code":
                return kind, column, Message("SKU '{sku}' is given different codes ({told}); nothing was decided for it",
                                             sku=sku, told=told)
            return kind, column, Message("SKU '{sku}' is given different reviewers ({told}); nothing was decided for it",
                                         sku=sku, told=told)
    return None


def _combined_note(rows: list[_DecisionRow]) -> str:
    """Every different note the rows give, in row order.

    Each row of the queue export is one market's flags, and a reviewer may justify the code
    for each market in its own words ("licensed importer" on the SG row, "sold as a toy" on
    the MY row). The decision is the record an auditor reads, so it keeps all of them rather
    than one chosen by row order; the same note repeated down the rows is kept once.
    """
    return " | ".join(dict.fromkeys(r.note for r in rows if r.note))
