"""The core's sentences (app.core.messages.Message) in the window's language.

:func:`core_text` looks a message's English template up in the "CoreMessages" context and
fills in its fields, numbers in the interface language's marks (the rules' number words,
app.core.rule_language); :func:`error_text` does the same for what an exception says. Text
that is no Message (a file's own words, an operating system's error) comes back as it is.

Every template the core writes is listed below with QT_TRANSLATE_NOOP (those about backups,
the database, the rule files and the audit trail in app/gui/store_messages.py), so `make
translations` collects it into the .ts files; tests/test_core_messages.py fails when one in app/core is
missing here (printing the lines to add), or one here is no longer in app/core, and
tests/test_translations.py when one has no Indonesian with the same fields. Nothing reads
these tuples at run time.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.messages import Label, Message, message_of, render
from app.core.rule_language import words_for
from app.gui import labels
from app.gui.i18n import interface_language
from app.gui.store_messages import STORE_TEMPLATES

CONTEXT = "CoreMessages"


def _lookup(message: Message) -> str:
    """A message's template in the window's language; a field's name as the other labels read."""
    if isinstance(message, Label):
        return QCoreApplication.translate(labels.CONTEXT, message.template)
    return QCoreApplication.translate(CONTEXT, message.template)


def core_text(text: str) -> str:
    """A core sentence as the window shows it (thread-safe: a worker may call it)."""
    return render(text, _lookup, words_for(interface_language()).numbers)


def core_text_with(text: str, own: Callable[[Message], str | None]) -> str:
    """A core sentence as a view words it: `own` gives its template (translated) for the
    templates it words its own way, None for the others, which read as core_text reads them."""
    return render(text, lambda m: own(m) or _lookup(m), words_for(interface_language()).numbers)


def error_text(exc: BaseException) -> str:
    """What an exception says, in the window's language when the core raised it with a Message."""
    return core_text(message_of(exc))


TEMPLATES: tuple[str, ...] = (
    # app.core.assets
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: only {kinds} images can go into documents"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: no such file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: larger than {mb} MB"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: not a {kind} image"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: not a file in Borderline's assets folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: outside Borderline's assets folder; choose the file in Borderline so that it "
                      "is copied there first"),
    # app.core.audit_export
    QT_TRANSLATE_NOOP("CoreMessages", "Reading the audit trail"),
    # app.core.catalogue
    QT_TRANSLATE_NOOP("CoreMessages", "a formula ({formula}) with no saved value; open the file in Excel or LibreOffice, "
                      "save it and import it again"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the file has no rows"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: every sheet of the workbook is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the mapping names columns the file does not have: {columns}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: no title column found (looked for: title, name, product name, nama produk, "
                      "tên sản phẩm, ชื่อสินค้า)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: no SKU column found (looked for: sku, seller sku, parent sku, item code)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: row {row}, column {column}: {problem}"),
    # app.core.catalogue_codes
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, row {row}, column {column}: {problem}; the row is imported and the code kept "
                      "as written, but not used"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, column {column}: {n:,} more codes that are no HS 2022 subheading, on {where}; "
                      "those rows are imported the same way"),
    QT_TRANSLATE_NOOP("CoreMessages", "the cell holds the number {number}, read as {code}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, row {row}, column {column}: the cell holds the number {number}; read as "
                      "{code} — format the column as text in the spreadsheet"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, column {column}: {n:,} more cells hold their code as a number, on {where}; "
                      "each is read back the same way — format the column as text in the spreadsheet"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, column {column}: a code is a national tariff line, on {where}; it is read "
                      "at its first six digits, the HS 2022 subheading it belongs to, and kept as written with its item"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, column {column}: {n:,} codes are national tariff lines, on {where}; each is "
                      "read at its first six digits, the HS 2022 subheading it belongs to, and kept as written with its "
                      "item"),
    # app.core.charsets
    QT_TRANSLATE_NOOP("CoreMessages", "the file is not valid {encoding} (undecodable bytes at offset {offset:,})"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot tell the file's text encoding; choose one"),
    # app.core.classifier
    QT_TRANSLATE_NOOP("CoreMessages", "Training on {what}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Training on {n:,} examples and the nomenclature text of their {codes:,} codes"),
    QT_TRANSLATE_NOOP("CoreMessages", "Building code profiles"),
    QT_TRANSLATE_NOOP("CoreMessages", "Calibrating on held-out examples"),
    QT_TRANSLATE_NOOP("CoreMessages", "Calibrating: fold {fold} of {folds}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Trained"),
    # app.core.consignment_value
    QT_TRANSLATE_NOOP("CoreMessages", "{warning}; the 'LVG' code on this invoice claims a relief the shipment is not "
                      "entitled to"),
    QT_TRANSLATE_NOOP("CoreMessages", "{warning}; this invoice marks GST as paid under OVR"),
    QT_TRANSLATE_NOOP("CoreMessages", "The shipment's {base} value"),
    QT_TRANSLATE_NOOP("CoreMessages", "The shipment's value"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} ({value}) could not be compared with {limit}: the rules have no exchange rate "
                      "for {currency}"),
    QT_TRANSLATE_NOOP("CoreMessages", "about {amount}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}, {shown}, is above {limit}: {consequence}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}, {shown}, is at or above {limit}: {consequence}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}, {shown}, is below {limit}: {consequence}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}, {shown}, is at or below {limit}: {consequence}"),
    # app.core.decisions_file
    QT_TRANSLATE_NOOP("CoreMessages", "Reading {file}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: no '{column}' column (expected sku, hs_code, note, reviewer)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} of {total:,} rows checked"),
    QT_TRANSLATE_NOOP("CoreMessages", "Saving {n:,} decisions"),
    QT_TRANSLATE_NOOP("CoreMessages", "no item with SKU '{sku}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "SKU '{sku}' is not classified yet (status {status})"),
    QT_TRANSLATE_NOOP("CoreMessages", "no reviewer name"),
    QT_TRANSLATE_NOOP("CoreMessages", "SKU '{sku}' gets a blocking flag under {code} ({rules}): say in a note why it may ship"),
    QT_TRANSLATE_NOOP("CoreMessages", "SKU '{sku}' has a blocking flag ({rules}): say in a note why it may ship under {code}"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row}"),
    QT_TRANSLATE_NOOP("CoreMessages", "rows {rows} and {last}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} on {rows}"),
    QT_TRANSLATE_NOOP("CoreMessages", "SKU '{sku}' is given different codes ({told}); nothing was decided for it"),
    QT_TRANSLATE_NOOP("CoreMessages", "SKU '{sku}' is given different reviewers ({told}); nothing was decided for it"),
    # app.core.doc_lines
    QT_TRANSLATE_NOOP("CoreMessages", "packages: the gross weight ({gross:,f} kg) is less than the net weight of the goods "
                      "({net:,f} kg); give each package's weight as packed"),
    QT_TRANSLATE_NOOP("CoreMessages", "package {package}: its gross weight ({gross:,f} kg) is less than the net weight "
                      "of the goods packed in it ({net:,f} kg); give its weight as packed"),
    QT_TRANSLATE_NOOP("CoreMessages", "no packages are declared: the packing list shows no gross weight"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: no net weight in the catalogue; the total net weight leaves it out"),
    QT_TRANSLATE_NOOP("CoreMessages", "the packages' net weight ({packed:,f} kg) differs from the lines' net weight "
                      "({net:,f} kg)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: origin {origin} is not an ASEAN member; the ATIGA declaration does not cover it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: no ATIGA origin criterion (WO, RVC40, CTH…) for the declaration"),
    QT_TRANSLATE_NOOP("CoreMessages", "the consignee is in {country} but the destination is {destination}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not packed in any package: {skus}"),
    QT_TRANSLATE_NOOP("CoreMessages", "package entries with no contents: {packages}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no line says which package it is in, so the packing list cannot show what each of the "
                      "{n} package entries holds; give each line its package"),
    QT_TRANSLATE_NOOP("CoreMessages", "{place}: the seller insures the goods under {term}, but the insurance is 0; give the "
                      "premium paid"),
    QT_TRANSLATE_NOOP("CoreMessages", "{place}: the seller pays the carriage under {term}, but the freight is 0; give the "
                      "freight paid (customs in the destination adds it to the value of the goods)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{place}: the buyer pays the main carriage under {term}, but the invoice charges "
                      "freight of {freight:,f} {currency}; check the Incoterm (CPT, CIF or DAP?) or the "
                      "freight"),
    # app.core.evaluation
    QT_TRANSLATE_NOOP("CoreMessages", "Predicting {n:,} of {total:,}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Scoring"),
    # app.core.export
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: choose a .csv or .xlsx file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} of {total:,} rows written"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} rows written; saving the workbook"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} rows written"),
    # app.core.file_guard
    QT_TRANSLATE_NOOP("CoreMessages", "the workbook is {size:,.0f} MB; the limit is {limit:,.0f} MB. Export it as CSV, or "
                      "split it"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is {size:,.0f} MB; the limit is {limit:,.0f} MB. Split it into smaller files"),
    QT_TRANSLATE_NOOP("CoreMessages", "the workbook has {n:,} parts; a spreadsheet has far fewer"),
    QT_TRANSLATE_NOOP("CoreMessages", "the workbook would unpack to {size:,.0f} MB; the limit is {limit:,.0f} MB"),
    QT_TRANSLATE_NOOP("CoreMessages", "part {part} unpacks {n:,} times larger than it is packed (a zip bomb?)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the workbook contains another archive ({part})"),
    QT_TRANSLATE_NOOP("CoreMessages", "part {part} declares a DTD or entities, which a spreadsheet never needs"),
    QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged: not a readable workbook ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a readable workbook ({error})"),
    # app.core.flagging
    QT_TRANSLATE_NOOP("CoreMessages", "Checked {n:,} of {total:,} items against the rules"),
    QT_TRANSLATE_NOOP("CoreMessages", "Re-flagged {n:,} of {total:,} items"),
    # app.core.guards
    QT_TRANSLATE_NOOP("CoreMessages", "confidence threshold of the rule set"),  # app.core.reviewing: LOWCONF's source
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, column {column}"),  # app.core.reviewing: HS-CATALOGUE's source
    QT_TRANSLATE_NOOP("CoreMessages", "same SKU"),
    QT_TRANSLATE_NOOP("CoreMessages", "same title"),
    QT_TRANSLATE_NOOP("CoreMessages", "same SKU family"),
    QT_TRANSLATE_NOOP("CoreMessages", "{skus} and {n} more"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} similar item(s) carry {other}, not {code}: {skus}"),
    QT_TRANSLATE_NOOP("CoreMessages", "contradicts an earlier decision: {reviewer} gave {other} to {sku} ({why}) on {day}"),
    QT_TRANSLATE_NOOP("CoreMessages", "contradicts an earlier decision for this SKU: {reviewer} gave {other} on {day}"),
    # app.core.importer
    QT_TRANSLATE_NOOP("CoreMessages", "Committing"),
    # app.core.instance_lock
    QT_TRANSLATE_NOOP("CoreMessages", "Borderline cannot use the data folder {folder}: it must write the file {file} there, "
                      "which keeps a second Borderline out of the folder, and cannot. Check that you may write in that "
                      "folder, or start Borderline with another data folder. ({reason})"),
    # app.core.model_versions
    QT_TRANSLATE_NOOP("CoreMessages", "Activating the new model"),
    QT_TRANSLATE_NOOP("CoreMessages", "Recording the candidate"),
    QT_TRANSLATE_NOOP("CoreMessages", "Activating version {version}"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no model version {version}"),
    QT_TRANSLATE_NOOP("CoreMessages", "nothing new to learn from: no decision was taken or undone since version {version} "
                      "was trained (tick 'Activate even if worse', or use --force, to train again anyway)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{starter:,} starter titles and {kept:,} of your {decided:,} decisions; the {n} newest "
                      "are learned after the comparison"),
    QT_TRANSLATE_NOOP("CoreMessages", "{starter:,} starter titles and {decided:,} decisions: {n:,} examples"),
    QT_TRANSLATE_NOOP("CoreMessages", "Scoring both versions on the {n} held-out decisions"),
    QT_TRANSLATE_NOOP("CoreMessages", "Learning the {n} held-out decisions too: {total:,} examples in all"),
    QT_TRANSLATE_NOOP("CoreMessages", "no held-out decisions to compare on yet (fewer than 5 new ones); the candidate was "
                      "activated"),
    QT_TRANSLATE_NOOP("CoreMessages", "the candidate is not worse on the held-out decisions, so it was activated"),
    QT_TRANSLATE_NOOP("CoreMessages", "the candidate is worse on the held-out decisions but was activated on request"),
    QT_TRANSLATE_NOOP("CoreMessages", "the candidate is worse on the held-out decisions; the active version stays"),
    QT_TRANSLATE_NOOP("CoreMessages", "Saving the candidate"),
    QT_TRANSLATE_NOOP("CoreMessages", "Stopped"),
    QT_TRANSLATE_NOOP("CoreMessages", "Done"),
    QT_TRANSLATE_NOOP("CoreMessages", "No undecided items"),
    QT_TRANSLATE_NOOP("CoreMessages", "No item carries an older version's suggestions"),
    QT_TRANSLATE_NOOP("CoreMessages", "n/a"),
    QT_TRANSLATE_NOOP("CoreMessages", "{p:.1%}"),
    QT_TRANSLATE_NOOP("CoreMessages", "top-1 accuracy"),
    QT_TRANSLATE_NOOP("CoreMessages", "top-5 accuracy"),
    QT_TRANSLATE_NOOP("CoreMessages", "auto-accepted share"),
    QT_TRANSLATE_NOOP("CoreMessages", "error among auto-accepted"),
    QT_TRANSLATE_NOOP("CoreMessages", "  {label:<28}{before:>10}{after:>12}"),
    QT_TRANSLATE_NOOP("CoreMessages", "active"),
    QT_TRANSLATE_NOOP("CoreMessages", "candidate"),
    QT_TRANSLATE_NOOP("CoreMessages", "learning receipt: {reclassified:,} undecided items reclassified, {changed:,} "
                      "changed their suggestion, {left:,} left the review queue, {entered:,} entered it"),
    QT_TRANSLATE_NOOP("CoreMessages", "  cancelled at {done:,} of {total:,} items: the version stays active, and the other "
                      "{rest:,} are classified with it at the next start (or by 'borderline reclassify')"),
    QT_TRANSLATE_NOOP("CoreMessages", "  now {waiting} of the {undecided} undecided items wait for review ({share:.0%})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{code} ({p})"),
    QT_TRANSLATE_NOOP("CoreMessages", "none"),
    QT_TRANSLATE_NOOP("CoreMessages", "  {sku}: {old} -> {new} ({p}), {old_status} -> {new_status}  {title}"),
    QT_TRANSLATE_NOOP("CoreMessages", "  and {n} more"),
    # app.core.nomenclature
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is not a six-digit HS code (write all six digits, e.g. 850760)"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is a trade-statistics code (\"{description}\"), not an HS 2022 subheading: "
                      "give the subheading of the goods"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' has five digits: a spreadsheet dropped its leading 0 (format the column as "
                      "Text and type 0{digits})"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is a national tariff line; give the six-digit HS 2022 subheading it belongs "
                      "to ({subheading}) after checking it"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' has the {n} digits of a national tariff line, but its first six "
                      "({digits}) are no HS 2022 subheading"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is an HS heading, not a subheading: give the six-digit HS 2022 subheading "
                      "of the goods (under this heading: {codes})"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is not an HS 2022 subheading"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is not a six-digit HS 2022 subheading"),
    # app.core.numbers
    QT_TRANSLATE_NOOP("CoreMessages", "as rupiah and dong amounts have no decimals"),
    QT_TRANSLATE_NOOP("CoreMessages", "as the file's other number columns show"),
    QT_TRANSLATE_NOOP("CoreMessages", "as the rest of the file suggests"),
    QT_TRANSLATE_NOOP("CoreMessages", "as nothing in the file says otherwise"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row}: {text} read as {reading} ({other} with a {mark})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{where}column {column}: {count} can be read two ways and no value in the column shows "
                      "which decimal mark it uses: {values}{more}. Read with a {mark}, {guessed}; write "
                      "{point} or {comma} to say which"),
    QT_TRANSLATE_NOOP("CoreMessages", "; check {count} that read two ways ({listed}{more}), read as {reading} and so on"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row}: {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{where}column {column}: both decimal marks appear (a decimal comma on row "
                      "{comma_row}: {comma_text}; a decimal point on row {dot_row}: {dot_text}); each value "
                      "that shows its mark was read by it, the others with a decimal comma, as the column "
                      "shows first{two_way}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{where}column {column}: both decimal marks appear (a decimal comma on row "
                      "{comma_row}: {comma_text}; a decimal point on row {dot_row}: {dot_text}); each value "
                      "that shows its mark was read by it, the others with a decimal dot, as the column "
                      "shows first{two_way}"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row}: {text} = {kg} kg"),
    QT_TRANSLATE_NOOP("CoreMessages", "1 item weighs"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} items weigh"),
    QT_TRANSLATE_NOOP("CoreMessages", "{where}column {column}: {weigh} more than {limit} kg each ({listed}{more}); check the "
                      "number, its decimal mark and its unit before the weight goes onto a packing list"),
    QT_TRANSLATE_NOOP("CoreMessages", "weight"),
    QT_TRANSLATE_NOOP("CoreMessages", "decimal comma"),
    QT_TRANSLATE_NOOP("CoreMessages", "decimal point"),
    QT_TRANSLATE_NOOP("CoreMessages", "1 number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} numbers"),
    QT_TRANSLATE_NOOP("CoreMessages", " and {n:,} more"),
    # app.core.ods
    QT_TRANSLATE_NOOP("CoreMessages", "not an OpenDocument spreadsheet"),
    # app.core.outputs
    QT_TRANSLATE_NOOP("CoreMessages", "Reading the review queue"),
    QT_TRANSLATE_NOOP("CoreMessages", "Reading the review log"),
    # app.core.review
    QT_TRANSLATE_NOOP("CoreMessages", "a decision needs the reviewer's name"),
    QT_TRANSLATE_NOOP("CoreMessages", "no item with id {id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku} has a blocking flag: say in a note why it may ship under {code}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no items were chosen"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no decision to undo"),
    # app.core.rows
    QT_TRANSLATE_NOOP("CoreMessages", "(extra cells)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{cells} cells but the header has {columns} columns; a delimiter or quote may be "
                      "misplaced"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing title"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing SKU"),
    QT_TRANSLATE_NOOP("CoreMessages", "SKU longer than {most} characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate SKU '{sku}' (first on row {row})"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a weight: '{text}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a quantity: '{text}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a number: '{text}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{text}' is a calculation, not an amount; type the amount itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{text}' holds more than one number; type one amount"),
    QT_TRANSLATE_NOOP("CoreMessages", "negative price {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "negative weight {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "negative quantity {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown country '{text}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "unit longer than {most} characters: '{unit}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "column {column}: a formula with no saved value ({formula}) on {where}, imported "
                      "empty; open the file in Excel or LibreOffice, save it and import it again to keep it"),
    QT_TRANSLATE_NOOP("CoreMessages", "column {column}: no price on {where}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no price column: no price on {where}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{problem}; imported all the same, but no commercial invoice can be printed for this "
                      "item until a unit value is given (in the catalogue, or on the shipment's line)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{problem}; imported all the same, but no commercial invoice can be printed for these "
                      "items until a unit value is given (in the catalogue, or on the shipment's line)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{rows} and {n:,} more"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {rows}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} rows ({rows})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} characters, longer than the {most:,} this column takes (\"{text}\"); is another "
                      "column's text in it?"),
    QT_TRANSLATE_NOOP("CoreMessages", "column {letter} is read as {field}"),
    QT_TRANSLATE_NOOP("CoreMessages", "column {letter} is kept as the attribute '{header}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: {n} columns have the header {names} ({letters} and {last}): {uses}. If "
                      "another of them holds the right values, choose it in the column matching, or rename "
                      "the headers"),
    QT_TRANSLATE_NOOP("CoreMessages", "Read the whole file"),
    QT_TRANSLATE_NOOP("CoreMessages", "Read row {row:,}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Read {n:,} rows"),
    # app.core.services
    QT_TRANSLATE_NOOP("CoreMessages", "Training the starter model"),
    QT_TRANSLATE_NOOP("CoreMessages", "Model ready"),
    # app.core.classifying
    QT_TRANSLATE_NOOP("CoreMessages", "Classified {n:,} of {total:,}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Classified {n:,} items"),
    # app.core.shipment
    QT_TRANSLATE_NOOP("CoreMessages", "the named city"),
    QT_TRANSLATE_NOOP("CoreMessages", "no decimals"),
    QT_TRANSLATE_NOOP("CoreMessages", "at most 1 decimal"),
    QT_TRANSLATE_NOOP("CoreMessages", "at most {digits} decimals"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: {value:f} has more decimals than {currency} has ({allowed}); give the amount "
                      "as billed, e.g. {example:f}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: expected text"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: not a number: {value} (write the amount in digits, e.g. 10.00)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: not a number: {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: must be greater than zero"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: must be zero or more"),
    QT_TRANSLATE_NOOP("CoreMessages", "line {line} (SKU {sku}), quantity"),
    QT_TRANSLATE_NOOP("CoreMessages", "line {line} (SKU {sku}), unit value"),
    QT_TRANSLATE_NOOP("CoreMessages", "line {line} (SKU {sku}), package number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: '{value}' is not an ISO country code (e.g. SG, MY, TH)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: '{value}' is not true or false"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: '{value}' is not a phone number (digits, spaces, brackets, dashes and a "
                      "leading +, 6 to 15 digits)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: '{value}' is not an email address like name@shop.co.th"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shipment must be a JSON object"),
    QT_TRANSLATE_NOOP("CoreMessages", "date: '{value}' is not a date like 2026-11-24"),
    QT_TRANSLATE_NOOP("CoreMessages", "incoterm: '{value}' is not an Incoterms 2020 rule ({known})"),
    QT_TRANSLATE_NOOP("CoreMessages", "currency: '{value}' is not an ISO 4217 currency code"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: '{value}' is not one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines: a shipment needs at least one line"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines[{line}]: expected an object with sku and quantity"),
    QT_TRANSLATE_NOOP("CoreMessages", "packages[{package}]: expected an object"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: must be a whole number of packages"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines[{line}].package: there is no package {package} (the shipment lists {n})"),
    QT_TRANSLATE_NOOP("CoreMessages", "paper: '{value}' is not A4 or letter"),
    QT_TRANSLATE_NOOP("CoreMessages", "incoterm_place: missing; an Incoterms 2020 rule needs its named place, e.g. "
                      "{incoterm} {place}"),
    QT_TRANSLATE_NOOP("CoreMessages", "consignee.tax_id: missing; Indonesia needs the consignee's NPWP, NIK or passport "
                      "number on the invoice"),
    QT_TRANSLATE_NOOP("CoreMessages", "sg_ovr_gst_number: missing; GST can be marked as paid (sg_gst_paid) only with the "
                      "seller's GST registration number under OVR"),
    # app.core.shipment_documents
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: {why}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: {rule} for {destination} ({reason}) was cleared by {reviewer}: “{note}”"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: {rule} for {destination} ({reason}) was cleared by {reviewer}"),
    QT_TRANSLATE_NOOP("CoreMessages", "blocking flags for {destination} were cleared by a reviewer: {blocks}"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines: no item with SKU '{sku}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "with no price in the catalogue"),
    QT_TRANSLATE_NOOP("CoreMessages", "priced in {currency}, not {wanted}"),
    QT_TRANSLATE_NOOP("CoreMessages", "with a price but no currency in the catalogue"),
    QT_TRANSLATE_NOOP("CoreMessages", "zero value is not accepted by customs; declare a value"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku}: no origin in the catalogue; {origin} printed (your usual origin)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{lines} Give each of these lines its unit value in {currency} (unit_value in a "
                      "shipment file)"),
    QT_TRANSLATE_NOOP("CoreMessages", "line {line}"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines {lines} and {n:,} more"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines {lines}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{sku} ({lines})"),
    QT_TRANSLATE_NOOP("CoreMessages", "and {n:,} more SKUs"),
    QT_TRANSLATE_NOOP("CoreMessages", "Lines {why}: {skus}."),
    QT_TRANSLATE_NOOP("CoreMessages", "lines[{line}].quantity (SKU '{sku}'): {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "blocked for {destination} by rule {rule}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "needs review for {destination} by rule {rule}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not classified yet"),
    QT_TRANSLATE_NOOP("CoreMessages", "waits for review"),
    QT_TRANSLATE_NOOP("CoreMessages", "waits for review: {rules}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Rendering the commercial invoice"),
    QT_TRANSLATE_NOOP("CoreMessages", "Rendering the packing list"),
    QT_TRANSLATE_NOOP("CoreMessages", "Recording the documents"),
    QT_TRANSLATE_NOOP("CoreMessages", "invoice {invoice} was changed by someone else while it printed (now revision "
                      "{revision}); print it again"),
    QT_TRANSLATE_NOOP("CoreMessages", "logo: {problem}"),
    # app.core.shipments
    QT_TRANSLATE_NOOP("CoreMessages", "invoice_number: {invoice} was saved for {before} ({before_country}); this shipment "
                      "goes to {consignee} ({country}). Give it its own invoice number: another consignee or "
                      "country is a new invoice, not an amendment"),
    QT_TRANSLATE_NOOP("CoreMessages", "invoice_number: {invoice} was printed on {printed} for {before} ({before_country}); "
                      "this shipment goes to {consignee} ({country}). Give it its own invoice number: a printed "
                      "invoice is not re-addressed to another consignee or country"),
    # app.core.sources
    QT_TRANSLATE_NOOP("CoreMessages", "comma"),
    QT_TRANSLATE_NOOP("CoreMessages", "semicolon"),
    QT_TRANSLATE_NOOP("CoreMessages", "tab"),
    QT_TRANSLATE_NOOP("CoreMessages", "vertical bar"),
    QT_TRANSLATE_NOOP("CoreMessages", "a PDF document"),
    QT_TRANSLATE_NOOP("CoreMessages", "a PNG picture"),
    QT_TRANSLATE_NOOP("CoreMessages", "a JPEG picture"),
    QT_TRANSLATE_NOOP("CoreMessages", "a GIF picture"),
    QT_TRANSLATE_NOOP("CoreMessages", "a gzip archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "a RAR archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "a database file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: no sheet named '{sheet}' (sheets: {sheets})"),
    QT_TRANSLATE_NOOP("CoreMessages", "text, {encoding}, {delimiter}-separated"),
    QT_TRANSLATE_NOOP("CoreMessages", "Excel workbook, sheet '{sheet}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "OpenDocument workbook, sheet '{sheet}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the file is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a web page"),
    QT_TRANSLATE_NOOP("CoreMessages", "a text file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: named {suffix} but it is not a workbook (it looks like {looks}); the file may "
                      "be damaged or renamed"),
    QT_TRANSLATE_NOOP("CoreMessages", "this workbook is password-protected; open it in Excel, remove the password (File > "
                      "Info > Protect Workbook), save it and import it again"),
    QT_TRANSLATE_NOOP("CoreMessages", "named {suffix} but this is a password-protected workbook or an old Excel 97-2003 "
                      "workbook (.xls); remove the password, or save it as .xlsx or CSV, and import that"),
    QT_TRANSLATE_NOOP("CoreMessages", "this is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the workbook is damaged and cannot be opened ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the spreadsheet is damaged and cannot be opened ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: this is a zip archive, not a spreadsheet"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the workbook has no sheets"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: this is {what}, not a catalogue"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: this is not a text or spreadsheet file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: '{encoding}' is not an encoding Borderline knows"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: this is a web page, not a catalogue export (perhaps an error page saved by "
                      "the browser)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, row {row}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a quoted cell opens here (\"{cell}) and does not close on its line: it swallowed the "
                      "next 1 line of the file, which are read as rows of their own; remove the stray "
                      "quotation mark (or close it) and import this row again"),
    QT_TRANSLATE_NOOP("CoreMessages", "a quoted cell opens here (\"{cell}) and does not close on its line: it swallowed the "
                      "next {n:,} lines of the file, which are read as rows of their own; remove the stray "
                      "quotation mark (or close it) and import this row again"),
    QT_TRANSLATE_NOOP("CoreMessages", "a quoted cell never ends (check the quotation marks)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the sheet '{sheet}' is damaged ({error})"),
    # app.core.units
    QT_TRANSLATE_NOOP("CoreMessages", "{quantity:f} {unit} is not a whole number; goods counted in {unit} ship in whole "
                      "numbers (only units of weight, length, area or volume such as kg, m, m2 or l take "
                      "decimals)"),
    # app.core.values
    QT_TRANSLATE_NOOP("CoreMessages", "unknown weight unit '{unit}' (use kg, g, lb or oz)"),
    QT_TRANSLATE_NOOP("CoreMessages", "'$' could be several dollars; write USD, SGD, ..."),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown currency '{text}'"),
)
TEMPLATES += STORE_TEMPLATES  # backups, the database, the rule files and the audit trail
