"""Rule titles and reasons in Indonesian: the translation file, the loader, the re-flag after a
language change, the Rules page's words, and the review pane of the Indonesian window."""
from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import classifying, deciding, flagging, item_views, rule_admin, services
from app.core.rule_translations import translation_file
from app.core.rule_language import ENGLISH, INDONESIAN
from app.core.rules import RuleFileError, load_rules
from app.core.tables import AuditEntry, Decision, Flag, Item
from tests.conftest import classified_vape, idle

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "resources" / "rules" / "default.toml"
INDONESIAN_FILE = ROOT / "resources" / "rules" / "default.id.toml"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


# the translation file ----------------------------------------------------------------------
def test_every_default_rule_has_an_indonesian_title_and_reason_with_the_same_placeholders() -> None:
    english = {r["id"]: r for r in tomllib.loads(DEFAULT.read_text(encoding="utf-8"))["rule"]}
    translated = tomllib.loads(INDONESIAN_FILE.read_text(encoding="utf-8"))["rule"]
    assert translation_file(DEFAULT, "id") == INDONESIAN_FILE
    assert sorted(translated) == sorted(english)
    for rule_id, rule in english.items():
        # a rule that checks the whole shipment's value says what follows above the limit, too
        assert set(translated[rule_id]) == {"english", "title", "reason"} | ({"consignment"} & set(rule)), rule_id
        for name in ("title", "reason"):
            assert _placeholders(translated[rule_id][name]) == _placeholders(rule[name]), (rule_id, name)
        assert translated[rule_id]["reason"] != rule["reason"], rule_id
        if "consignment" in rule:
            assert translated[rule_id]["consignment"]["above"] != rule["consignment"]["above"], rule_id


def test_the_loader_gives_every_default_rule_its_indonesian_text_and_uncertain_ones_say_so() -> None:
    english, indonesian = load_rules([DEFAULT]), load_rules([DEFAULT], "id")
    translated = tomllib.loads(INDONESIAN_FILE.read_text(encoding="utf-8"))["rule"]
    assert [r.id for r in indonesian.rules] == [r.id for r in english.rules]
    for en, id_ in zip(english.rules, indonesian.rules):
        # only the words change: severity, markets, keywords, thresholds and the source stay
        assert (id_.severity, id_.markets, id_.keywords, id_.thresholds, id_.source, id_.uncertain) == (
            en.severity, en.markets, en.keywords, en.thresholds, en.source, en.uncertain)
        assert id_.reason == translated[en.id]["reason"].replace("{limit}", en.thresholds[0].limit_text(INDONESIAN)
                                                                  if en.thresholds else "{limit}"), en.id
        if en.uncertain:
            assert id_.reason.startswith("Belum pasti: "), en.id


# loading in a language ---------------------------------------------------------------------
def test_indonesian_reasons_have_their_placeholders_filled_in_indonesian_words() -> None:
    rules = load_rules([DEFAULT], "id")
    assert rules.language == "id" and rules.words is INDONESIAN
    vape = {f.rule_id: f for f in rules.evaluate("Disposable vape pen", [("854340", 0.99)], ["SG"])}
    assert vape["VAPE-BAN"].reason == ("SG melarang impor rokok elektrik, cairan vape (e-liquid), dan produk tembakau yang "
                                       "dipanaskan (Disposable vape; "
                                       "HS 854340). Barang ini tidak dapat dikirim ke sana.")
    # the estimate and how it was made, in Indonesian; the trigger a decision records stays as it was
    [battery] = [f for f in rules.evaluate("Power bank 40000mAh", [("850760", 0.99)], ["SG"]) if f.rule_id == "LIB-100WH"]
    assert battery.reason.startswith("Baterai berkapasitas sekitar 148 Wh (40000mAh dengan anggapan tegangan 3,7 V) "
                                     "melebihi 100 Wh: ")
    assert battery.trigger == "40000mAh at an assumed 3.7 V"
    # a value compared in another currency; a nicotine content; a flag for every market
    th = {f.rule_id: f for f in rules.evaluate("Cotton shirt", [("620520", 0.99)], ["TH"], value=Decimal("700"),
                                                 currency="SGD")}
    assert th["LVG-TH"].reason.startswith("Belum pasti: nilai yang dideklarasikan, 700 SGD (sekitar 17.387,10 THB), "
                                          "di atas 1.500 THB, jadi bea masuk berlaku.")
    assert th["LVG-TH"].trigger == "value 700 SGD"
    [nicotine] = [f for f in rules.evaluate("Salt e-liquid 5% nicotine", [("382499", 0.99)], ["ID"])
                  if f.rule_id == "NICOTINE"]
    assert nicotine.reason == ("Teks menyebut 5 % nikotin: produk bernikotin tunduk pada aturan tembakau dan vape di "
                               "setiap pasar. Periksa aturan mana yang berlaku untuk semua pasar.")
    [low] = rules.evaluate("Cotton T-shirt", [("610910", 0.2)], ["SG"])
    assert low.reason == ("Model belum yakin: tebakan terbaiknya adalah 610910 dengan keyakinan 20%. Periksa kode ini "
                          "sebelum dipakai.")


def test_english_is_what_it_was() -> None:
    rules = load_rules([DEFAULT])
    assert load_rules([DEFAULT], "en").version == rules.version and ";lang=" not in rules.version
    assert rules.language == "en" and rules.words is ENGLISH
    vape = {f.rule_id: f for f in rules.evaluate("Disposable vape pen", [("854340", 0.99)], ["SG"])}
    assert vape["VAPE-BAN"].reason == ("SG bans the import of e-vaporisers, e-liquids and heated tobacco "
                                       "(Disposable vape; HS 854340). This cannot be shipped there.")
    [battery] = [f for f in rules.evaluate("Power bank 40000mAh", [("850760", 0.99)], ["SG"]) if f.rule_id == "LIB-100WH"]
    assert battery.reason.startswith("A battery of about 148 Wh (40000mAh at an assumed 3.7 V) is over 100 Wh: ")
    [nicotine] = [f for f in rules.evaluate("Salt e-liquid 5% nicotine", [("382499", 0.99)], ["ID"])
                  if f.rule_id == "NICOTINE"]
    assert nicotine.reason.startswith("The text states 5 % nicotine: ") and nicotine.reason.endswith("to all markets.")


def test_a_code_that_is_no_subheading_is_named_in_the_rules_language() -> None:
    """The flag a stored 999999 gets reads as the rules' reasons do, in the window and the gate's refusal."""
    english, indonesian = flagging.code_flag("123456"), flagging.code_flag("123456", INDONESIAN)
    assert english is not None and indonesian is not None
    assert english.reason == "HS code 123456 is not an HS 2022 subheading: choose the subheading of the goods"
    assert indonesian.reason == "Kode HS 123456 bukan subpos HS 2022: pilih subpos barangnya"
    assert english.trigger == indonesian.trigger == "HS 123456"  # what a decision compares stays the same
    statistics = flagging.code_flag("999999", INDONESIAN)
    assert statistics is not None and statistics.reason == ("Kode HS 999999 adalah kode statistik perdagangan, bukan "
                                                            "subpos HS 2022: pilih subpos barangnya")
    assert flagging.code_flag("610910", INDONESIAN) is None


def test_the_language_is_part_of_the_version() -> None:
    english, indonesian = load_rules([DEFAULT]), load_rules([DEFAULT], "id")
    assert indonesian.version != english.version and indonesian.version.endswith(";lang=id")
    assert indonesian.with_review_below(0.9).language == "id"
    assert indonesian.with_review_below(0.9).version != english.with_review_below(0.9).version


def test_the_engine_words_in_a_trigger_read_as_the_reason_says_them(tmp_path: Path) -> None:
    """What a flag keeps as its trigger (English engine words), read in Indonesian, is what the
    reason said: the review pane shows the one beside the other."""
    rules_file = tmp_path / "mine.toml"
    rules_file.write_text(
        'version = "t"\n[exchange_rates]\nUSD = 1\nSGD = 0.77\n'
        '[[rule]]\nid="V"\nseverity="info"\nthresholds=[{attribute="value", op=">", value=10, currency="USD"}]\n'
        'reason="({trigger})"\n'
        '[[rule]]\nid="M"\nseverity="review"\nmissing=["origin", "material"]\nreason="({trigger}) {missing}"\n'
        '[[rule]]\nid="C"\nseverity="review"\nconfidence_below=0.5\nreason="({trigger})"\n'
        '[[rule]]\nid="B"\nseverity="block"\nthresholds=[{attribute="battery_wh", op=">", value=100}]\n'
        'reason="({trigger})"\n', encoding="utf-8")
    (tmp_path / "mine.id.toml").write_text('[rule.V]\nreason="({trigger})"\n[rule.M]\nreason="({trigger}) {missing}"\n'
                                           '[rule.C]\nreason="({trigger})"\n[rule.B]\nreason="({trigger})"\n',
                                           encoding="utf-8")
    rules = load_rules([rules_file], "id")
    for text in ("Power bank 40000mAh", "Power bank 40000 mAh 7.4V"):
        flags = rules.evaluate(text, [("850760", 0.3)], ["SG"], value=Decimal("20"), currency="SGD",
                               fields={"origin": "", "material": ""})
        assert {f.rule_id for f in flags} == {"V", "M", "C", "B"}
        for f in flags:
            assert f.reason.startswith(f"({INDONESIAN.trigger(f.trigger)})"), f
            assert INDONESIAN.trigger(f.trigger) != f.trigger and ENGLISH.trigger(f.trigger) == f.trigger
        assert next(f for f in flags if f.rule_id == "M").reason == (
            "(belum diisi: negara asal, bahan) negara asal, bahan")
    # words found in the item stay as they are
    assert INDONESIAN.trigger("value pack; HS 850760") == "value pack; HS 850760"


# broken translations -----------------------------------------------------------------------
KETTLE = ('version = "t"\n[[rule]]\nid = "KETTLE"\ntitle = "Kettle over {limit}"\nseverity = "review"\n'
          'keywords = ["kettle"]\nthresholds = [{ attribute = "volume_ml", op = ">", value = 1000 }]\n'
          'reason = "A kettle of {volume_ml} for {market} ({trigger})."\n')


@pytest.mark.parametrize("body,message", [
    ('[rule.KETTLE]\ntitle = "Ketel lebih dari {limit}"\nreason = "Ketel {volume_ml} untuk {market}."\n',
     (r"rule KETTLE: field 'reason' names the placeholders \{market\}, \{volume_ml\}, but mine.toml names "
      r"\{market\}, \{trigger\}, \{volume_ml\}")),
    ('[rule.KETTLE]\ntitle = "Ketel lebih dari {limit}"\nreason = "Ketel {volume_ml} untuk {pasar} ({trigger})."\n',
     r"rule KETTLE: field 'reason' names the placeholders \{pasar\}, \{trigger\}, \{volume_ml\}"),
    ('[rule.KETTLE]\ntitle = "Ketel besar"\n', r"rule KETTLE: field 'title' names the placeholders none"),
    ('[rule.TEAPOT]\ntitle = "Teko"\n', "rule TEAPOT: there is no such rule in mine.toml"),
    ('[rule.KETTLE]\nsource = "sumber"\n', "rule KETTLE: field 'source' is not translated"),
    ('[rule.KETTLE]\nconsignment = { above = "bea berlaku" }\n', "rule KETTLE: field 'consignment' is translated, "
                                                                  "but the rule has no consignment table"),
    ('[rule.KETTLE]\nreason = 3\n', "rule KETTLE: field 'reason' must be text"),
    ('[[rule]]\nid = "KETTLE"\n', "'rule' must hold tables such as"),
    ('[rule.KETTLE\n', "not valid TOML"),
])
def test_a_broken_translation_is_refused_naming_file_rule_and_field(tmp_path: Path, body: str, message: str) -> None:
    rules_file = tmp_path / "mine.toml"
    rules_file.write_text(KETTLE, encoding="utf-8")
    translation = tmp_path / "mine.id.toml"
    translation.write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message) as err:
        load_rules([rules_file], "id")
    assert str(err.value).startswith(f"{translation}: ")
    assert load_rules([rules_file]).get("KETTLE").reason.startswith("A kettle")  # English does not read it


def test_a_rule_without_a_translation_keeps_its_english_words(tmp_path: Path) -> None:
    """Its fixed words and those the engine fills in alike: no reason in two languages."""
    rules_file = tmp_path / "mine.toml"
    rules_file.write_text(KETTLE, encoding="utf-8")
    rules = load_rules([rules_file], "id")
    [flag] = rules.evaluate("Electric kettle 1.7 l", [("851610", 0.99)], ["SG"])
    assert flag.reason == "A kettle of 1,700 ml for all markets (kettle; 1.7 l)."
    assert rules.get("KETTLE").language == "en" and load_rules([DEFAULT], "id").get("KNIFE").language == "id"
    with pytest.raises(ValueError):
        load_rules([rules_file], "../id")


# the workspace -----------------------------------------------------------------------------
def test_the_data_folder_rules_keep_working_by_id_and_stay_as_written(ws) -> None:
    (ws.data_dir / "rules.toml").write_text(
        '[[rule]]\nid = "KNIFE"\ntitle = "Knife (ours)"\nseverity = "review"\nkeywords = ["knife"]\n'
        'reason = "We check every knife ({trigger})."\n'
        '[[rule]]\nid = "KETTLE"\nseverity = "info"\nkeywords = ["kettle"]\nreason = "A kettle for {market}."\n'
        '[override.LIB-100WH]\nbattery_wh = 160\n', encoding="utf-8")
    assert ws.language == "en"
    ws.language = "id"
    rules = ws.rules()
    assert rules.get("KNIFE").reason == "We check every knife ({trigger})."
    assert rules.get("KETTLE").reason == "A kettle for {market}."
    assert rules.get("LIB-100WH").title == "Baterai lebih dari 160 Wh"
    assert "melebihi 160 Wh" in rules.get("LIB-100WH").reason
    [kettle] = [f for f in rules.evaluate("Kettle", [("851610", 0.99)], ["SG"]) if f.rule_id == "KETTLE"]
    assert kettle.reason == "A kettle for all markets."
    views = {v.id: v for v in rule_admin.list_rules(ws)}
    assert views["KETTLE"].reason == "A kettle for ‹the market›."
    assert views["KNIFE"].reason == "We check every knife (‹what set it off›)."


def test_the_rules_page_reads_in_the_workspace_language(ws) -> None:
    ws.language = "id"
    views = {v.id: v for v in rule_admin.list_rules(ws)}
    battery = views["LIB-100WH"]
    assert battery.title == "Baterai lebih dari 100 Wh" and battery.trigger == "energi baterai lebih dari 100 Wh"
    assert battery.reason.startswith("Baterai berkapasitas ‹energi baterai yang tertulis› melebihi 100 Wh")
    assert [t.label for t in battery.thresholds] == ["Energi baterai lebih dari"]
    assert views["LOWCONF"].thresholds[0].label == "Keyakinan model di bawah"
    assert views["VAPE-ACCESSORY"].listed_title == "Aksesori vape (di pasar yang melarang vape) (belum pasti)"
    assert views["KRATOM"].listed_title == "Kratom (pasar lain: belum pasti)"
    assert views["TOBACCO"].market_text == "semua" and views["COSMETIC"].market_text == "ASEAN"
    assert views["MISSING-ORIGIN"].trigger == "belum diisi: negara asal"
    assert views["COUNTERFEIT"].reason.startswith("Listing ini tampak seperti tiruan suatu merek (‹pemicunya›)")
    ws.language = "en"
    views = {v.id: v for v in rule_admin.list_rules(ws)}
    assert views["VAPE-ACCESSORY"].listed_title == "Accessory for a vape (where vapes are banned) (unverified)"
    assert views["LIB-100WH"].reason.startswith("A battery of ‹the stated battery energy› is over 100 Wh")


def _flags(ws, sku: str) -> list[Flag]:
    with ws.db.session() as s:
        return list(s.scalars(select(Flag).join(Item).where(Item.sku == sku).order_by(Flag.rule_id)))


def test_a_language_switch_flags_every_item_again_once_and_keeps_what_decisions_settle(ws, tmp_path: Path) -> None:
    ws.set_setting("markets", ["SG"])
    path = tmp_path / "shop.csv"
    path.write_text("SKU,Product Name,Variation,Price,Currency,Country of Origin\n"
                    "PB-1,Power bank fast charging dual USB,40000mAh,35,USD,CN\n", encoding="utf-8")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws, ["SG"])
    deciding.decide(ws, item_views.item_id_for_sku(ws, "PB-1"), "850760", "Ana", "air freight, dangerous goods declared")
    # the same product under another SKU: the decision is remembered and settles its 148 Wh block
    path.write_text("SKU,Product Name,Variation,Price,Currency,Country of Origin\n"
                    "PB-2,Power bank fast charging dual USB,40000mAh,35,USD,CN\n", encoding="utf-8")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws, ["SG"])
    statuses = {r.sku: r.status for r in item_views.list_items(ws)}
    assert statuses == {"PB-1": "decided", "PB-2": "auto"} and not flagging.needs_reflag(ws)
    english = {f.rule_id: f for f in _flags(ws, "PB-2")}
    assert english["LIB-100WH"].reason.startswith("A battery of about 148 Wh")

    with ws.db.session() as s:
        decisions = s.scalar(select(func.count()).select_from(Decision))
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
    ws.language = "id"  # the window starts in Indonesian
    assert flagging.needs_reflag(ws)
    report = flagging.reflag(ws)
    assert (report.changed, report.returned, report.to_queue, report.released) == (2, 0, 0, 0)
    assert {r.sku: r.status for r in item_views.list_items(ws)} == statuses
    indonesian = {f.rule_id: f for f in _flags(ws, "PB-2")}
    assert set(indonesian) == set(english)
    assert indonesian["LIB-100WH"].reason.startswith("Baterai berkapasitas sekitar 148 Wh (40000mAh dengan anggapan ")
    assert indonesian["LIB-100WH"].trigger == english["LIB-100WH"].trigger == "40000mAh at an assumed 3.7 V"
    shown = {f.rule_id: f.trigger for f in item_views.item_detail(ws, item_views.item_id_for_sku(ws, "PB-2")).flags}
    assert shown["LIB-100WH"] == "40000mAh dengan anggapan tegangan 3,7 V"  # as the review pane says it
    assert {f.ruleset_version for f in _flags(ws, "PB-1") + _flags(ws, "PB-2")} == {ws.rules().version}
    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == decisions
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries + 1  # the re-flag itself
    assert not flagging.needs_reflag(ws)  # once

    ws.language = "en"  # and back
    assert flagging.needs_reflag(ws)
    flagging.reflag(ws)
    assert {f.rule_id: f.reason for f in _flags(ws, "PB-2")} == {k: f.reason for k, f in english.items()}
    assert {r.sku: r.status for r in item_views.list_items(ws)} == statuses


def test_items_flagged_by_a_program_in_another_language_are_flagged_again_at_the_next_start(ws, tmp_path: Path) -> None:
    ws.language = "id"
    classified_vape(ws, tmp_path, ["SG"])
    ws.language = "en"  # the command line, in English, classifies more items into the same workspace
    path = tmp_path / "more.csv"
    path.write_text("SKU,Product Name,Price,Currency,Country of Origin\nKN-1,Folding pocket knife,9,USD,CN\n",
                    encoding="utf-8")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws, ["SG"])
    assert any(f.reason.startswith("Bladed item") for f in _flags(ws, "KN-1"))
    ws.language = "id"  # the window again
    assert flagging.needs_reflag(ws)
    flagging.reflag(ws)
    reasons = [f.reason for f in _flags(ws, "KN-1") + _flags(ws, "VP-1")]
    assert any(r.startswith("Barang berbilah") for r in reasons) and not any("Bladed" in r for r in reasons)
    assert not flagging.needs_reflag(ws)


def test_the_command_line_is_english_unless_told(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    import csv

    from app.cli import main

    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "import", str(catalogue_file)]) == 0
    assert main([*d, "classify", "--markets", "SG"]) == 0

    def vape_reasons(*language: str) -> str:
        out = tmp_path / "queue.csv"
        assert main([*d, *language, "queue", "--export", str(out)]) == 0
        with open(out, encoding="utf-8-sig") as f:
            return " | ".join(r["reasons"] for r in csv.DictReader(f) if r["sku"] == "SKU-1006")

    assert "SG bans the import" in vape_reasons()
    assert main([*d, "--language", "id", "reflag"]) == 0
    reasons = vape_reasons("--language", "id")
    assert "SG melarang impor rokok elektrik" in reasons and "bans the import" not in reasons
    capsys.readouterr()


# the window --------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_the_indonesian_window_gives_flag_reasons_in_indonesian(language: str, qtbot, open_window, ws,
                                                                 tmp_path: Path) -> None:
    vape = classified_vape(ws, tmp_path, ["SG"])  # flagged while the window ran in English
    assert any(f.reason.startswith("SG bans the import") for f in _flags(ws, "VP-1"))
    ws.language = language  # as app.run_gui sets it from the language the window runs in
    w = open_window(ws)
    # at start the rule set's version differs (the language is part of it): every item is flagged again
    qtbot.waitUntil(lambda: idle(w) and not flagging.needs_reflag(ws), timeout=30000)
    page = w.review_page
    w.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: idle(w) and page.detail is not None and page.detail.id == vape
                    and any("melarang impor rokok elektrik" in t for t in page.flags_pane.texts()), timeout=20000)
    shown = "\n".join(page.flags_pane.texts())
    assert "BLOKIR · VAPE-BAN · SG\nSG melarang impor rokok elektrik, cairan vape (e-liquid)" in shown
    assert "bans the import" not in shown and "This cannot be shipped" not in shown
    assert "Dipicu oleh: Disposable vape" in shown

    rules = w.rules_page
    with qtbot.waitSignal(rules.sig_loaded, timeout=10000):
        w.tabs.setCurrentWidget(rules)
    assert rules.select("VAPE-BAN")
    assert "VAPE-BAN: Vape atau cairan vape (dilarang impor)" in rules.detail.text()
    assert "‹pasarnya› melarang impor rokok elektrik" in rules.detail.text()
