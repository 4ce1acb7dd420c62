"""Rule files in other languages: the titles and reasons beside a rule file, and their upkeep.

``default.id.toml`` beside ``default.toml`` holds ``[rule.RULE-ID]`` tables with a ``title``
and a ``reason`` naming exactly the placeholders the English names (rule_files.load_rules
applies them), and for a rule with a ``consignment`` table, ``consignment = { above = "..." }``:
what follows above the limit, as the whole shipment's warning says it. A translated rule may
also record ``english``: a short fingerprint of the English title, reason (and consignment
text) it translates (:func:`fingerprint`). The loader ignores it; it lets a
maintainer see which translations are older than their English text (:func:`stale_translations`):

    python -m app.core.rule_translations --fingerprints                  # list them
    python -m app.core.rule_translations --fingerprints --update RULE-ID  # after translating RULE-ID again
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.core.messages import Message
from app.core.paths import resources_dir
from app.core.rules import LOW_CONFIDENCE, Rule, RuleFileError


def _err(file: Path, rule_id: str, problem: Message) -> RuleFileError:
    return RuleFileError(Message("{file}: rule {rule}: {problem}", file=file, rule=rule_id, problem=problem))


TRANSLATED_FIELDS = ("title", "reason", "consignment")
FINGERPRINT = "english"  # in a translated rule: a fingerprint of the English it translates


def translation_file(file: Path, language: str) -> Path:
    """Where a rule file's titles and reasons in a language are: beside it, ``NAME.LANG.toml``."""
    return file.with_name(f"{file.stem}.{language}.toml")


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def _listed(names: set[str]) -> str:
    return ", ".join("{" + n + "}" for n in sorted(names)) or Message("none")


def translate(own: Mapping[str, Rule], data: dict[str, Any], path: Path, file: Path, language: str) -> dict[str, Rule]:
    """The rules of one file with the titles and reasons a translation gives them."""
    unknown = set(data) - {"rule"}
    if unknown:
        raise RuleFileError(Message("{file}: {problem}", file=path, problem=Message(
            "'{name}' is not part of a translation (only [rule.RULE-ID] tables)", name=sorted(unknown)[0])))
    table = data.get("rule", {})
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise RuleFileError(Message("{file}: {problem}", file=path, problem=Message(
            "'rule' must hold tables such as [rule.KNIFE] with a title and a reason")))
    out = dict(own)
    for rule_id, texts in table.items():
        rule = own.get(rule_id)
        if rule is None:
            raise _err(path, rule_id, Message("there is no such rule in {file}", file=file.name))
        changes: dict[str, str] = {}
        for name, text in texts.items():
            if name == FINGERPRINT:
                if not isinstance(text, str):
                    raise _err(path, rule_id, Message("field '{field}' must be text (the fingerprint of the English "
                                                      "title and reason)", field=FINGERPRINT))
                continue
            if name not in TRANSLATED_FIELDS:
                raise _err(path, rule_id, Message("field '{field}' is not translated (only {fields} and {last})",
                                                  field=name, fields=", ".join(TRANSLATED_FIELDS[:-1]),
                                                  last=TRANSLATED_FIELDS[-1]))
            if name == "consignment":
                changes["consignment_above"] = _consignment_above(text, rule, path, rule_id)
                continue
            if not isinstance(text, str) or not text.strip():
                raise _err(path, rule_id, Message("field '{field}' must be text", field=name))
            english = getattr(rule, name)
            if _placeholders(text) != _placeholders(english):
                raise _err(path, rule_id, Message("field '{field}' names the placeholders {placeholders}, but {file} "
                                                  "names {english}: a translation names the same ones", field=name,
                                                  placeholders=_listed(_placeholders(text)), file=file.name,
                                                  english=_listed(_placeholders(english))))
            changes[name] = text
        if "reason" in changes:
            changes["language"] = language
        out[rule_id] = replace(rule, **changes)
    return out


def _consignment_above(text: object, rule: Rule, path: Path, rule_id: str) -> str:
    """What follows above a consignment limit, translated: ``consignment = { above = "..." }``."""
    if not rule.consignment_basis:
        raise _err(path, rule_id, Message("field 'consignment' is translated, but the rule has no consignment table"))
    if not isinstance(text, dict) or set(text) != {"above"} or not isinstance(text["above"], str) or not text["above"].strip():
        raise _err(path, rule_id, Message("field 'consignment' must be a table with the text 'above' alone"))
    return text["above"]


# fingerprints of the English a translation translates ------------------------------------------
DEFAULT_RULES = Path("rules") / "default.toml"  # under resources/
_TABLE = re.compile(r'^\[\s*rule\s*\.\s*(?:"([^"]+)"|([A-Za-z0-9_-]+))\s*\]\s*(?:#.*)?$')


def fingerprint(title: str, reason: str, above: str = "") -> str:
    """The first ten hex digits of the SHA-256 of an English title and reason as the rule file
    writes them (placeholders unfilled), joined by a newline; and its consignment text, if any."""
    text = f"{title}\n{reason}" + (f"\n{above}" if above else "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def english_texts(file: Path) -> dict[str, tuple[str, str, str]]:
    """The title, reason and consignment text ("" when none) of each rule a file defines, as written there."""
    from app.core.rule_files import LOW_CONFIDENCE_REASON, LOW_CONFIDENCE_TITLE
    data = tomllib.loads(Path(file).read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str, str]] = {}
    conf = data.get("confidence", {})
    if isinstance(conf, dict) and "review_below" in conf:
        out[LOW_CONFIDENCE] = (LOW_CONFIDENCE_TITLE, LOW_CONFIDENCE_REASON, "")
    for entry in data.get("rule", []):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            consignment = entry.get("consignment")
            above = str(consignment.get("above", "")) if isinstance(consignment, dict) else ""
            out[entry["id"]] = (str(entry.get("title", entry["id"])), str(entry.get("reason", "")), above)
    return out


def stale_translations(file: Path, language: str) -> dict[str, tuple[str, str]]:
    """The translated rules whose English title or reason changed since they were translated:
    rule id -> (the fingerprint the translation records, "" when none; the English's now)."""
    translation = translation_file(Path(file), language)
    table = tomllib.loads(translation.read_text(encoding="utf-8")).get("rule", {})
    english = english_texts(file)
    out = {}
    for rule_id, texts in table.items():
        if rule_id not in english or not isinstance(texts, dict):
            continue  # the loader says what is wrong with it
        now = fingerprint(*english[rule_id])
        recorded = texts.get(FINGERPRINT, "")
        if recorded != now:
            out[rule_id] = (str(recorded), now)
    return out


def record_fingerprints(file: Path, language: str, rule_ids: Sequence[str]) -> list[str]:
    """Write the English's current fingerprint into the translation of each named rule (once
    its title and reason say what the English says now); returns the rules changed. The rest
    of the file stays as written."""
    translation = translation_file(Path(file), language)
    english = english_texts(file)
    lines = translation.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = []
    for rule_id in rule_ids:
        if rule_id not in english:
            raise RuleFileError(f"{file}: there is no rule {rule_id}")
        start = next((i for i, line in enumerate(lines) if (m := _TABLE.match(line.strip()))
                      and (m.group(1) or m.group(2)) == rule_id), None)
        if start is None:
            raise RuleFileError(f"{translation}: rule {rule_id} has no [rule.{rule_id}] table")
        end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
        line = f'{FINGERPRINT} = "{fingerprint(*english[rule_id])}"\n'
        at = next((i for i in range(start + 1, end) if re.match(rf"\s*{FINGERPRINT}\s*=", lines[i])), None)
        if at is None:
            lines.insert(start + 1, line)
        elif lines[at] != line:
            lines[at] = line
        else:
            continue
        changed.append(rule_id)
    text = "".join(lines)
    tomllib.loads(text)  # still a valid file
    translation.write_text(text, encoding="utf-8")
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m app.core.rule_translations",
                                     description="Maintain the translations of a rule file.")
    parser.add_argument("--fingerprints", action="store_true", required=True,
                        help="list the translated rules whose English title or reason changed since")
    parser.add_argument("--update", nargs="+", metavar="RULE-ID", default=[],
                        help="record the English's current fingerprint for these rules (after translating them again)")
    parser.add_argument("--file", type=Path, default=resources_dir() / DEFAULT_RULES)
    parser.add_argument("--language", default="id")
    args = parser.parse_args(argv)
    if args.update:
        changed = record_fingerprints(args.file, args.language, args.update)
        print(f"{translation_file(args.file, args.language)}: recorded {', '.join(changed) or 'nothing new'}")
    stale = stale_translations(args.file, args.language)
    for rule_id, (recorded, now) in sorted(stale.items()):
        print(f"{rule_id}: translated from {recorded or 'an unrecorded English text'}, the English is {now} now")
    if stale:
        print(f"Translate these again in {translation_file(args.file, args.language)}, then run: "
              f"python -m app.core.rule_translations --fingerprints --update {' '.join(sorted(stale))}")
    return 1 if stale else 0


if __name__ == "__main__":
    import sys

    from app.core.rule_translations import main as _main  # the module as the rest of the application imports it

    sys.exit(_main())
