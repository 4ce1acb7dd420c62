"""Numbers in rule titles and reasons read the way their language writes them: "1,500 THB" and
"12.50 USD" in English, "1.500 THB" and "12,50 USD" in Indonesian. The engine's figures (limits,
declared and converted values, quantities), the Rules page's thresholds, the review pane's
reading of a trigger, and the amounts written into the Indonesian rule file; and the
fingerprints that name a translation older than its English text."""
from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from app.core import rule_admin
from app.core.attributes import ENGLISH_NUMBERS, Quantity
from app.core.rule_translations import (fingerprint, main as rule_files_main, record_fingerprints, stale_translations,
                                 translation_file)
from app.core.rule_language import ENGLISH, INDONESIAN, INDONESIAN_NUMBERS, WORDS
from app.core.rules import RuleFileError, Threshold, load_rules

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "resources" / "rules" / "default.toml"
INDONESIAN_FILE = ROOT / "resources" / "rules" / "default.id.toml"


def _with(tmp_path: Path, overrides: str) -> list[Path]:
    """The default rules and a data folder's rules.toml with these adjustments."""
    user = tmp_path / "rules.toml"
    user.write_text(overrides, encoding="utf-8")
    return [DEFAULT, user]


def _flag(rules, rule_id: str, text: str, market: str = "SG", **kw):
    [flag] = [f for f in rules.evaluate(text, [("850760", 0.99)], [market], **kw) if f.rule_id == rule_id]
    return flag


# the number format -------------------------------------------------------------------------
def test_each_language_writes_numbers_with_its_own_marks() -> None:
    assert [ENGLISH.number(Decimal("1500")), INDONESIAN.number(Decimal("1500"))] == ["1,500", "1.500"]
    assert [ENGLISH.number(Decimal("12.50"), grouped=False), INDONESIAN.number(Decimal("12.50"), grouped=False)] == [
        "12.50", "12,50"]
    # Indonesian groups thousands also where English writes the figure bare
    assert [w.number(Decimal("17387.1"), 2, grouped=False) for w in (ENGLISH, INDONESIAN)] == ["17387.10", "17.387,10"]
    assert [w.number(Decimal("1234567.500"), trim=True) for w in (ENGLISH, INDONESIAN)] == ["1,234,567.5", "1.234.567,5"]
    assert [w.number(147.99, 1, trim=True) for w in (ENGLISH, INDONESIAN)] == ["148", "148"]
    assert [w.number(0.2) for w in (ENGLISH, INDONESIAN)] == ["0.2", "0,2"]
    assert [w.amount(Decimal("12.50"), "USD") for w in (ENGLISH, INDONESIAN)] == ["12.50 USD", "12,50 USD"]
    assert [w.amount(Decimal("150000"), "IDR") for w in (ENGLISH, INDONESIAN)] == ["150000 IDR", "150.000 IDR"]
    # a figure as the item wrote it: English keeps it; Indonesian gives its marks as it was read
    assert ENGLISH_NUMBERS.quoted("20,000mAh") == "20,000mAh"
    assert [INDONESIAN_NUMBERS.quoted(t) for t in ("20,000mAh", "3.7V", "40000mAh", "1.234,5 mAh", "1,5Ah")] == [
        "20.000mAh", "3,7V", "40000mAh", "1.234,5 mAh", "1,5Ah"]
    for words in WORDS.values():  # a quantity in a reason is written as the rest of it
        assert words.quantity.number == words.numbers, words.language


def test_english_figures_are_what_they_were() -> None:
    """The English words the engine wrote before there was a number format, unchanged."""
    assert Threshold("value", ">", Decimal("1500"), "THB").limit_text() == "1,500 THB"
    assert Threshold("blade_cm", ">", Decimal("25.50")).limit_text() == "25.5 cm"
    assert Threshold("battery_wh", ">", Decimal("100.0")).describe() == "battery energy over 100 Wh"
    assert Quantity(1700.0, "1.7 l", (0, 0)).describe("ml") == "1,700 ml"
    assert Quantity(74.0, "", (0, 0), estimated=True, basis=("20,000mAh", "3.7V")).describe("Wh") == (
        "about 74 Wh (20,000mAh at 3.7V)")
    assert Quantity(148.0, "", (0, 0), estimated=True, basis=("40000mAh", "")).describe("Wh") == (
        "about 148 Wh (40000mAh at an assumed 3.7 V)")


# what the engine fills in ------------------------------------------------------------------
def test_indonesian_reasons_write_limits_and_values_the_indonesian_way() -> None:
    english, indonesian = load_rules([DEFAULT]), load_rules([DEFAULT], "id")
    th = dict(market="TH", value=Decimal("700"), currency="SGD")
    assert _flag(indonesian, "LVG-TH", "Cotton shirt", **th).reason.startswith(
        "Belum pasti: nilai yang dideklarasikan, 700 SGD (sekitar 17.387,10 THB), di atas 1.500 THB, jadi ")
    assert _flag(english, "LVG-TH", "Cotton shirt", **th).reason.startswith(
        "Uncertain: declared 700 SGD (about 17387.10 THB) is above 1,500 THB, so ")
    ph = dict(market="PH", value=Decimal("1234.50"), currency="USD")
    assert _flag(indonesian, "PH-DEMINIMIS", "Cotton shirt", **ph).reason.startswith(
        "Belum pasti: nilai yang dideklarasikan, 1.234,50 USD (sekitar 72.617,65 PHP), di atas 10.000 PHP FOB: ")
    assert _flag(english, "PH-DEMINIMIS", "Cotton shirt", **ph).reason.startswith(
        "Uncertain: declared 1234.50 USD (about 72617.65 PHP) is above 10,000 PHP FOB: ")
    # what the flag keeps as its trigger stays as the engine writes it in English
    assert _flag(indonesian, "PH-DEMINIMIS", "Cotton shirt", **ph).trigger == "value 1234.50 USD"
    assert indonesian.get("LVG-TH").title == "Thailand: di atas pembebasan bea THB 1.500 (belum pasti)"
    assert english.get("LVG-TH").title == "Thailand: above the THB 1,500 duty relief (unverified)"
    assert "lebih dari 0,2% tetap" in indonesian.get("CANNABIS-TH").reason
    assert "more than 0.2% THC" in english.get("CANNABIS-TH").reason


def test_a_declared_value_of_12_50_usd_reads_12_comma_50_in_indonesian(tmp_path: Path) -> None:
    files = _with(tmp_path, "[override.ID-DUTY]\nenabled = true\n")
    usd = dict(market="ID", value=Decimal("12.50"), currency="USD")
    indonesian = _flag(load_rules(files, "id"), "ID-DUTY", "Cotton shirt", **usd)
    assert indonesian.reason.startswith("Nilai yang dideklarasikan, 12,50 USD, di atas ambang bea masuk Indonesia "
                                        "sebesar 3 USD (PPN selalu terutang)")
    assert indonesian.trigger == "value 12.50 USD" and INDONESIAN.trigger(indonesian.trigger) == "nilai 12,50 USD"
    english = _flag(load_rules(files), "ID-DUTY", "Cotton shirt", **usd)
    assert english.reason.startswith("Declared 12.50 USD is above Indonesia's 3 USD duty threshold")
    assert english.trigger == "value 12.50 USD" and ENGLISH.trigger(english.trigger) == "value 12.50 USD"


def test_indonesian_quantities_and_limits_changed_on_the_rules_page(tmp_path: Path) -> None:
    files = _with(tmp_path, "[override.BLADE-LONG]\nblade_cm = 25.5\n[override.LIB-100WH]\nbattery_wh = 50\n")
    english, indonesian = load_rules(files), load_rules(files, "id")
    # a limit with decimals, in the title and the reason
    assert indonesian.get("BLADE-LONG").reason.startswith("Belum pasti: panjang bilahnya {blade_cm} (batas yang "
                                                          "ditetapkan di sini 25,5 cm).")
    assert indonesian.get("LIB-100WH").title == "Baterai lebih dari 50 Wh"
    knife = "Chef knife blade 35.5 cm"
    assert _flag(indonesian, "BLADE-LONG", knife).reason.startswith("Belum pasti: panjang bilahnya 35,5 cm (batas ")
    assert _flag(english, "BLADE-LONG", knife).reason.startswith("Uncertain: the blade is 35.5 cm long (the limit set "
                                                                 "here is 25.5 cm).")
    assert _flag(indonesian, "BLADE-LONG", knife).trigger == "blade 35.5 cm"  # the item's words, as written
    # an estimate and the figures it was made from
    bank = "Power bank 20,000mAh 3.7V"
    battery = _flag(indonesian, "LIB-100WH", bank)
    assert battery.reason.startswith("Baterai berkapasitas sekitar 74 Wh (20.000mAh pada 3,7V) melebihi 50 Wh: ")
    assert battery.trigger == "20,000mAh at 3.7V"
    assert INDONESIAN.trigger(battery.trigger) == "20.000mAh pada 3,7V"  # as the review pane reads it
    assert _flag(english, "LIB-100WH", bank).reason.startswith("A battery of about 74 Wh (20,000mAh at 3.7V) is over "
                                                               "50 Wh: ")
    assert INDONESIAN.trigger("40000mAh at an assumed 3.7 V") == "40000mAh dengan anggapan tegangan 3,7 V"
    # contents
    assert _flag(indonesian, "CAFFEINE-HIGH", "Energy shot 250.5mg caffeine").reason.startswith(
        "Belum pasti: teks menyebut 250,5 mg kafein, lebih dari 200 mg.")
    assert _flag(indonesian, "NICOTINE", "Salt e-liquid 0.5% nicotine").reason.startswith("Teks menyebut 0,5 % nikotin:")
    assert _flag(english, "NICOTINE", "Salt e-liquid 0.5% nicotine").reason.startswith("The text states 0.5 % nicotine:")


def test_a_translated_volume_and_the_confidence(tmp_path: Path) -> None:
    rules_file = tmp_path / "mine.toml"
    rules_file.write_text('version = "t"\n[[rule]]\nid = "LOW"\nseverity = "review"\nconfidence_below = 0.5\n'
                          'reason = "Confidence {confidence} ({trigger})."\n'
                          '[[rule]]\nid = "KETTLE"\nseverity = "review"\nkeywords = ["kettle"]\n'
                          'thresholds = [{ attribute = "volume_ml", op = ">", value = 1000.5 }]\n'
                          'reason = "A kettle of {volume_ml} over {limit} ({trigger})."\n', encoding="utf-8")
    (tmp_path / "mine.id.toml").write_text(
        '[rule.KETTLE]\nreason = "Ketel {volume_ml} di atas {limit} ({trigger})."\n'
        '[rule.LOW]\nreason = "Keyakinan {confidence} ({trigger})."\n', encoding="utf-8")
    english, indonesian = load_rules([rules_file]), load_rules([rules_file], "id")
    text, low = "Electric kettle 1.7 l", [("851610", 0.3)]
    flags = {f.rule_id: f for f in indonesian.evaluate(text, low, ["SG"])}
    assert flags["KETTLE"].reason == "Ketel 1.700 ml di atas 1.000,5 ml (kettle; 1.7 l)."
    assert flags["LOW"].reason == "Keyakinan 30% (keyakinan 0,30)." and flags["LOW"].trigger == "confidence 0.30"
    flags = {f.rule_id: f for f in english.evaluate(text, low, ["SG"])}
    assert flags["KETTLE"].reason == "A kettle of 1,700 ml over 1,000.5 ml (kettle; 1.7 l)."
    assert flags["LOW"].reason == "Confidence 30% (confidence 0.30)."


def test_the_rules_page_gives_thresholds_the_indonesian_way(ws) -> None:
    (ws.data_dir / "rules.toml").write_text("[override.BLADE-LONG]\nblade_cm = 25.5\n", encoding="utf-8")
    ws.language = "id"
    views = {v.id: v for v in rule_admin.list_rules(ws)}
    assert views["LVG-TH"].trigger == "nilai yang dideklarasikan lebih dari 1.500 THB"
    assert views["PH-DEMINIMIS"].trigger == "nilai yang dideklarasikan lebih dari 10.000 PHP"
    assert views["BLADE-LONG"].trigger.startswith("panjang bilah minimal 25,5 cm")
    assert views["LVG-TH"].title == "Thailand: di atas pembebasan bea THB 1.500 (belum pasti)"
    assert "di atas 1.500 THB, jadi bea masuk berlaku" in views["LVG-TH"].reason
    ws.language = "en"
    views = {v.id: v for v in rule_admin.list_rules(ws)}
    assert views["LVG-TH"].trigger == "declared value over 1,500 THB"
    assert views["BLADE-LONG"].trigger.startswith("blade length at least 25.5 cm")


# the Indonesian rule file ------------------------------------------------------------------
# "1,500" groups thousands the English way; "0.2" is an English decimal point (a "." followed by
# exactly three digits groups thousands the Indonesian way: "1.500")
ENGLISH_MARKS = re.compile(r"\d,\d{3}(?!\d)|\d\.(?!\d{3}(?!\d))\d")
# regulation and standard numbers keep their own marks
STANDARD_NUMBERS = re.compile(r"\bUN\d+(?:\.\d+)?\b")


def _english_marks(text: str) -> list[str]:
    return ENGLISH_MARKS.findall(STANDARD_NUMBERS.sub("", text))


def test_the_check_finds_english_marks_and_leaves_standard_numbers() -> None:
    assert _english_marks("di atas pembebasan bea THB 1,500 CIF, kadar THC lebih dari 0.2% dan S$400.50") == [
        "1,500", "0.2", "0.5"]
    assert _english_marks("THB 1.500, PHP 10.000, 0,2%, USD 100, 31 Desember 2025, mulai THB 1. Sumber") == []
    assert _english_marks("UN38.3, UN3481/UN3091, PMK 96/2023, QCVN 3:2019/BKHCN, RA 11900, TIS 685-1") == []


def test_no_amount_in_the_indonesian_rules_uses_english_marks() -> None:
    translated = tomllib.loads(INDONESIAN_FILE.read_text(encoding="utf-8"))["rule"]
    found = {(rule_id, name): _english_marks(texts[name]) for rule_id, texts in translated.items()
             for name in ("title", "reason")}
    assert {k: v for k, v in found.items() if v} == {}


# fingerprints of the English a translation was made from -----------------------------------
def test_every_indonesian_translation_is_of_the_english_as_it_is_now() -> None:
    stale = stale_translations(DEFAULT, "id")
    assert not stale, (
        f"The English title or reason of {', '.join(sorted(stale))} changed since it was translated: update the "
        f"translation in {INDONESIAN_FILE.name}, then its fingerprint with "
        f"`python -m app.core.rule_translations --fingerprints --update {' '.join(sorted(stale))}`")
    translated = tomllib.loads(INDONESIAN_FILE.read_text(encoding="utf-8"))["rule"]
    english = {r["id"]: r for r in tomllib.loads(DEFAULT.read_text(encoding="utf-8"))["rule"]}
    assert translated["KNIFE"]["english"] == fingerprint(english["KNIFE"]["title"], english["KNIFE"]["reason"])


KETTLE = ('version = "t"\n[[rule]]\nid = "KETTLE"\ntitle = "Kettle over {limit}"\nseverity = "review"\n'
          'keywords = ["kettle"]\nthresholds = [{ attribute = "volume_ml", op = ">", value = 1000 }]\n'
          'reason = "A kettle of {volume_ml} for {market}."\n'
          '[[rule]]\nid = "TEAPOT"\nseverity = "info"\nkeywords = ["teapot"]\nreason = "A teapot."\n')
KETTLE_ID = ('# ours\n[rule.KETTLE]\ntitle = "Ketel lebih dari {limit}"  # judul\n'
             'reason = "Ketel {volume_ml} untuk {market}."\n\n[rule.TEAPOT]\nreason = "Teko."\n')


def test_a_changed_english_text_names_its_translation_until_its_fingerprint_is_recorded(tmp_path: Path,
                                                                                         capsys) -> None:
    rules_file = tmp_path / "mine.toml"
    rules_file.write_text(KETTLE, encoding="utf-8")
    translation = translation_file(rules_file, "id")
    translation.write_text(KETTLE_ID, encoding="utf-8")
    assert set(stale_translations(rules_file, "id")) == {"KETTLE", "TEAPOT"}  # none recorded yet
    assert record_fingerprints(rules_file, "id", ["KETTLE", "TEAPOT"]) == ["KETTLE", "TEAPOT"]
    assert stale_translations(rules_file, "id") == {}
    text = translation.read_text(encoding="utf-8")
    kettle = fingerprint("Kettle over {limit}", "A kettle of {volume_ml} for {market}.")
    assert text == KETTLE_ID.replace("[rule.KETTLE]\n", f'[rule.KETTLE]\nenglish = "{kettle}"\n').replace(
        "[rule.TEAPOT]\n", f'[rule.TEAPOT]\nenglish = "{fingerprint("TEAPOT", "A teapot.")}"\n')
    assert load_rules([rules_file], "id").get("KETTLE").reason == "Ketel {volume_ml} untuk {market}."

    # the English changes, its placeholders do not: the translation is named, and still loads
    rules_file.write_text(KETTLE.replace("A kettle of", "An electric kettle of"), encoding="utf-8")
    now = fingerprint("Kettle over {limit}", "An electric kettle of {volume_ml} for {market}.")
    assert stale_translations(rules_file, "id") == {"KETTLE": (kettle, now)}
    assert load_rules([rules_file], "id").get("KETTLE").reason == "Ketel {volume_ml} untuk {market}."
    args = ["--fingerprints", "--file", str(rules_file), "--language", "id"]
    assert rule_files_main(args) == 1
    out = capsys.readouterr().out
    assert f"KETTLE: translated from {kettle}, the English is {now} now" in out
    assert "python -m app.core.rule_translations --fingerprints --update KETTLE" in out and "TEAPOT" not in out
    # translated again: the fingerprint is replaced, nothing else
    assert rule_files_main(args + ["--update", "KETTLE"]) == 0
    assert "recorded KETTLE" in capsys.readouterr().out
    assert translation.read_text(encoding="utf-8") == text.replace(kettle, now)
    assert record_fingerprints(rules_file, "id", ["KETTLE"]) == []  # already up to date
    with pytest.raises(RuleFileError, match="there is no rule KETTLE2"):
        record_fingerprints(rules_file, "id", ["KETTLE2"])


def test_a_fingerprint_must_be_text(tmp_path: Path) -> None:
    rules_file = tmp_path / "mine.toml"
    rules_file.write_text(KETTLE, encoding="utf-8")
    translation_file(rules_file, "id").write_text('[rule.TEAPOT]\nenglish = 3\nreason = "Teko."\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="rule TEAPOT: field 'english' must be text"):
        load_rules([rules_file], "id")
