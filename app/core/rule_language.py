"""The words the flagging engine writes itself, in each language the rules can be read in.

Rule titles and reasons are data: resources/rules/default.toml in English, and beside it
default.<language>.toml with the same rules' titles and reasons in another language
(rule_files.load_rules). A reason's placeholders are filled with what the engine found in the
item, and some of that is the engine's own words: "all markets", "value 450 SGD", "about
74 Wh (20000mAh at 3.7V)", "450 SGD (about 346.50 USD)". Those come from here, so that a
reason reads in one language throughout; so do the words the Rules page builds around a rule
(its trigger, its threshold labels, what each placeholder stands for). Numbers the engine
writes (a limit, a declared or converted value, a quantity) follow the language's marks
(``numbers``): "1,500 THB" and "12.50 USD" in English, "1.500 THB" and "12,50 USD" in
Indonesian.

A flag's trigger, which a decision records and compares on later items, keeps the English
words and numbers in every language: switching the language does not unsettle what a reviewer
decided. :meth:`RuleWords.trigger` reads it in a language for the review pane; words found in
the item stay as written there, and so do the numbers it quotes from the item, except those
an estimate was computed from ("40000mAh at an assumed 3.7 V"), whose marks follow the
language like the reason's.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from app.core.attributes import ENGLISH as ENGLISH_QUANTITIES, ENGLISH_NUMBERS, NumberWords, QuantityWords

_VALUE = "value"  # rules.VALUE: the declared value as a threshold attribute
_FIELDS = "origin|value|currency|description|material"  # rule_files.MISSING_FIELDS
# the parts of a stored trigger the engine wrote in its own (English) words (rules.RuleSet.evaluate)
_VALUE_PART = re.compile(r"value (-?\d[\d.]*(?: [A-Z]{3})?)")
_MISSING_PART = re.compile(rf"missing ((?:{_FIELDS})(?:, (?:{_FIELDS}))*)")
_CONFIDENCE_PART = re.compile(r"confidence (\d\.\d\d)")
_CAPACITY = r"\d[\d.,]*\s*m?ah"
_ENERGY_PART = re.compile(rf"({_CAPACITY}) at (\d[\d.,]*\s*(?:v|volts?))", re.IGNORECASE)
_ASSUMED_PART = re.compile(rf"({_CAPACITY}) at an assumed (\d[\d.]*) V", re.IGNORECASE)


@dataclass(frozen=True)
class RuleWords:
    language: str
    # in a flag's reason
    all_markets: str = "all markets"                 # {market} of a flag that stands for every market
    value: str = "value {amount}"                    # a value threshold that held, in {trigger}
    converted: str = "{amount} (about {converted})"  # {value} compared in another currency
    missing: str = "missing {fields}"                # empty fields, in {trigger} ({missing} is the fields alone)
    confidence: str = "confidence {p}"               # a confidence rule that held, in {trigger}
    # the reason of the flag an item gets when its code is no HS 2022 subheading (flagging.code_flag)
    not_subheading: str = "HS code {code} is not an HS 2022 subheading: choose the subheading of the goods"
    statistics_code: str = ("HS code {code} is a trade-statistics code, not an HS 2022 subheading: choose the "
                            "subheading of the goods")
    # the reason of the flag an item gets when the seller's catalogue gives another code than the
    # model's first suggestion (flagging.catalogue_flag)
    catalogue_code: str = "The catalogue gives HS code {code}; the model suggests {suggested}: decide which is right"
    fields: Mapping[str, str] = field(default_factory=dict)  # item fields a rule may find empty; unnamed: as is
    quantity: QuantityWords = ENGLISH_QUANTITIES  # its ``number`` is this language's ``numbers``
    units: Mapping[str, str] = field(default_factory=dict)  # a stated quantity's unit where it has words (rules.UNITS)
    # on the Rules page
    measures: Mapping[str, str] = field(default_factory=dict)  # what a threshold measures
    op_words: Mapping[str, str] = field(default_factory=dict)  # its comparison
    words: str = "words"                             # the keywords a rule looks for
    words_in: str = "words in the {fields}"          # ... in some fields only
    read_fields: Mapping[str, str] = field(default_factory=dict)  # title, material, description
    more_words: str = "… ({n} words)"
    alternatives: str = " or "
    and_code: str = "and "                           # keywords and an HS prefix must both match
    confidence_below: str = "confidence < {p}"
    unless: str = "unless {rules} applies"
    excluded: str = "not: {words}"
    model_confidence_under: str = "Model confidence under"
    placeholders: Mapping[str, str] = field(default_factory=dict)  # what {trigger}, {market}... stand for
    stated: str = "the stated {measure}"             # what {battery_wh} and the like stand for
    unverified: str = "unverified"                   # marks an uncertain rule's title
    all_short: str = "all"                           # a rule for every market, in the list
    numbers: NumberWords = ENGLISH_NUMBERS           # how the engine writes a number ("1,500.5" / "1.500,5")

    def number(self, value: Decimal | float | int, places: int | None = None, *, grouped: bool = True,
               trim: bool = False) -> str:
        """A number the engine writes into a reason or onto the Rules page, in this language's
        marks (:class:`attributes.NumberWords`): ``number(Decimal("1500"))`` is "1,500" in
        English and "1.500" in Indonesian."""
        return self.numbers(value, places, grouped=grouped, trim=trim)

    def amount(self, value: Decimal, currency: str) -> str:
        """A declared value as a reason says it: "12.50 USD" ("12,50 USD" in Indonesian). In
        English it is the value as the flag's trigger keeps it (no grouping)."""
        shown = str(value) if self.numbers == ENGLISH_NUMBERS else self.number(value, grouped=False)
        return f"{shown} {currency}".strip()

    def field_name(self, name: str) -> str:
        return self.fields.get(name, name)

    def measure(self, attribute: str) -> str:
        return self.measures.get(attribute, attribute)

    def trigger(self, stored: str) -> str:
        """A flag's trigger as stored (the engine's own words in English) in these words, for
        reading: "value 450 SGD; missing origin" becomes "nilai 450 SGD; belum diisi: negara asal".
        Words found in the item stay as they are."""
        if self.language == "en" or not stored:
            return stored
        out = []
        for part in stored.split("; "):
            if m := _VALUE_PART.fullmatch(part):
                part = self.value.format(amount=self._stored_amount(m.group(1)))
            elif m := _MISSING_PART.fullmatch(part):
                part = self.missing.format(fields=", ".join(self.field_name(f) for f in m.group(1).split(", ")))
            elif m := _CONFIDENCE_PART.fullmatch(part):
                part = self.confidence.format(p=self.number(Decimal(m.group(1))))
            elif m := _ASSUMED_PART.fullmatch(part):
                part = self.quantity.assumed.format(capacity=self.numbers.quoted(m.group(1)),
                                                    voltage=self.number(Decimal(m.group(2))))
            elif m := _ENERGY_PART.fullmatch(part):
                part = self.quantity.at.format(capacity=self.numbers.quoted(m.group(1)),
                                               voltage=self.numbers.quoted(m.group(2)))
            out.append(part)
        return "; ".join(out)

    def _stored_amount(self, stored: str) -> str:
        """'450.50 SGD' of a stored trigger (the value as Python writes a Decimal) as :meth:`amount` says it."""
        number, _, currency = stored.partition(" ")
        try:
            return self.amount(Decimal(number), currency)
        except InvalidOperation:
            return stored


ENGLISH = RuleWords(
    "en",
    measures={"capacity_mah": "battery capacity", "voltage_v": "voltage", "battery_wh": "battery energy",
              "blade_cm": "blade length", "volume_ml": "volume", "nicotine_pct": "nicotine content",
              "caffeine_mg": "caffeine content", _VALUE: "declared value"},
    op_words={">": "over", ">=": "at least", "<": "under", "<=": "at most"},
    placeholders={"trigger": "what set it off", "market": "the market", "code": "the suggested code",
                  "confidence": "its confidence", "value": "the declared value", "missing": "the missing field"},
)

INDONESIAN_NUMBERS = NumberWords(group=".", decimal=",", group_always=True)

INDONESIAN = RuleWords(
    "id",
    all_markets="semua pasar",
    value="nilai {amount}",
    converted="{amount} (sekitar {converted})",
    missing="belum diisi: {fields}",
    confidence="keyakinan {p}",
    not_subheading="Kode HS {code} bukan subpos HS 2022: pilih subpos barangnya",
    statistics_code="Kode HS {code} adalah kode statistik perdagangan, bukan subpos HS 2022: pilih subpos barangnya",
    catalogue_code="Katalog memberi kode HS {code}; model menyarankan {suggested}: putuskan mana yang benar",
    fields={"origin": "negara asal", "value": "nilai", "currency": "mata uang", "description": "deskripsi",
            "material": "bahan"},
    quantity=QuantityWords(about="sekitar {n}", at="{capacity} pada {voltage}",
                           assumed="{capacity} dengan anggapan tegangan {voltage} V", number=INDONESIAN_NUMBERS),
    units={"nicotine_pct": "% nikotin", "caffeine_mg": "mg kafein"},
    measures={"capacity_mah": "kapasitas baterai", "voltage_v": "tegangan", "battery_wh": "energi baterai",
              "blade_cm": "panjang bilah", "volume_ml": "volume", "nicotine_pct": "kadar nikotin",
              "caffeine_mg": "kadar kafein", _VALUE: "nilai yang dideklarasikan"},
    op_words={">": "lebih dari", ">=": "minimal", "<": "kurang dari", "<=": "paling banyak"},
    words="kata",
    words_in="kata di {fields}",
    read_fields={"title": "judul", "material": "bahan", "description": "deskripsi"},
    more_words="… ({n} kata)",
    alternatives=" atau ",
    and_code="dan ",
    confidence_below="keyakinan < {p}",
    unless="kecuali {rules} berlaku",
    excluded="bukan: {words}",
    model_confidence_under="Keyakinan model di bawah",
    placeholders={"trigger": "pemicunya", "market": "pasarnya", "code": "kode yang disarankan",
                  "confidence": "tingkat keyakinannya", "value": "nilai yang dideklarasikan",
                  "missing": "kolom yang kosong"},
    stated="{measure} yang tertulis",
    unverified="belum pasti",
    all_short="semua",
    numbers=INDONESIAN_NUMBERS,
)

WORDS: dict[str, RuleWords] = {w.language: w for w in (ENGLISH, INDONESIAN)}
RULE_LANGUAGES = tuple(WORDS)


def words_for(language: str) -> RuleWords:
    """The engine's words in a language; English for one it has no words for."""
    return WORDS.get(language, ENGLISH)
