"""The core's sentences about Borderline's own stores, listed for the window as
app/gui/core_messages.py lists the rest (that module's TEMPLATES includes these): backups and
restores, the database, the rule files (the bundled ones, the user's rules.toml and their
translations) and the audit trail's check of itself. A rule file's field and table names
('severity', [override.KNIFE]) are the file's own words and stay as they are in every language.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORE_TEMPLATES: tuple[str, ...] = (
    # app.core.audit
    QT_TRANSLATE_NOOP("CoreMessages", "entry does not follow the one before it (one was removed or changed)"),
    QT_TRANSLATE_NOOP("CoreMessages", "entry was changed after it was written"),
    QT_TRANSLATE_NOOP("CoreMessages", "and {n:,} more"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n:,} decision(s) disagree: {problems}"),
    QT_TRANSLATE_NOOP("CoreMessages", "decision {id} (SKU {sku})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{decision} has no audit entry"),
    QT_TRANSLATE_NOOP("CoreMessages", "{decision} is undone but the audit trail says it was never undone"),
    QT_TRANSLATE_NOOP("CoreMessages", "{decision} is live but the audit trail says it was undone"),
    QT_TRANSLATE_NOOP("CoreMessages", "code"),
    QT_TRANSLATE_NOOP("CoreMessages", "kind"),
    QT_TRANSLATE_NOOP("CoreMessages", "note"),
    QT_TRANSLATE_NOOP("CoreMessages", "reviewer"),
    QT_TRANSLATE_NOOP("CoreMessages", "{now} now, {then} recorded"),
    QT_TRANSLATE_NOOP("CoreMessages", "{decision}: its {field} differs from its audit entry ({values})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{decision}: its {fields} and {last} differ from its audit entry ({values})"),
    QT_TRANSLATE_NOOP("CoreMessages", "no record outside the database to check the newest entries against ({file} is "
                                      "missing: an older data folder, or it was removed); the next change starts one"),
    QT_TRANSLATE_NOOP("CoreMessages", "the audit trail holds {have:,} entries, fewer than the {count:,} of the head "
                                      "{head} you gave: its newest {n:,} entries were removed"),
    QT_TRANSLATE_NOOP("CoreMessages", "entry {count:,} is not the one of the head {head} you gave: entries from there "
                                      "on were removed or replaced"),
    QT_TRANSLATE_NOOP("CoreMessages", "the audit trail holds {have:,} entries, but {file} recorded {count:,} on {at} "
                                      "(UTC): its newest {n:,} entries were removed"),
    QT_TRANSLATE_NOOP("CoreMessages", "entry {count:,} is not the one {file} recorded on {at} (UTC): entries from there "
                                      "on were removed or replaced"),
    # app.core.audit_head
    QT_TRANSLATE_NOOP("CoreMessages", "'{text}' is not an audit trail head: write ENTRIES:HASH as an export or backup "
                                      "names it, e.g. 43:5f2c9a0e41b7…"),
    # app.core.backup
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: there is no database to back up yet"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: a backup cannot replace the database itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: cannot be copied ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the safety copy before changing the database failed ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: not a Borderline backup (not an SQLite database)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: not a Borderline database (no {tables} table)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: not a Borderline database (schema version unreadable)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the backup is damaged ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: this is the database in use, not a backup of it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: the restore did not complete ({error}); the previous database was kept "
                                      "in {folder}"),
    QT_TRANSLATE_NOOP("CoreMessages", "backup and restore work with Borderline's own SQLite database only; use the "
                                      "database server's tools for a shared server"),
    QT_TRANSLATE_NOOP("CoreMessages", "model version {version} is active in the restored database, but its file {file} "
                                      "is not in {folder} (backups hold the database, not model files): suggestions "
                                      "come from the shipped model until you retrain or activate another version"),
    QT_TRANSLATE_NOOP("CoreMessages", "the restored audit trail does not check out: {problem}"),
    # app.core.db
    QT_TRANSLATE_NOOP("CoreMessages", "The database is at schema {revision}, which this version of Borderline does not "
                                      "know: it was written by a newer version. Install that version to open it."),
    QT_TRANSLATE_NOOP("CoreMessages", "The upgrade would leave {n:,} broken references; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database cannot be opened ({error}). Restore a backup with 'borderline "
                                      "restore FILE'."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database {file} is in use: another program kept it locked for {seconds} "
                                      "seconds. Close that program (or another Borderline) and start again."),
    # app.core.rule_admin
    QT_TRANSLATE_NOOP("CoreMessages", "there is no such rule"),
    # app.core.rule_files
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: rule {rule}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' must be a number from 0 to 1"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: not valid TOML ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' must be a list of strings"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' must be a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}': '{value}' is not a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}': {value} is not a limit (a number from 0 up)"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}': {placeholder} is not something a flag can fill in ({known} or "
                                      "a threshold attribute)"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'markets': '{market}' is not a two-letter country code, ALL or ASEAN"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'thresholds' must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'thresholds': attribute '{attribute}' is not one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'thresholds': op '{op}' is not one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'thresholds': only a 'value' threshold has a currency"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'consignment' must be a table with 'basis' and 'above'"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'consignment.basis' must be one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'consignment.above' must say what follows above the limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'consignment' needs a 'value' threshold with a currency"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}': '{word}': each part of a compound (A + B) is a word, a phrase "
                                      "or a group of plain words"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}': no keyword group '{group}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "a rule has no 'id'"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' is not a rule field"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'severity' must be one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'hs_prefixes': '{prefix}' is not a chapter, heading or subheading"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'match' must be 'any' or 'all'"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'confidence_by_market' must be a table of market = number"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}': '{value}' is not one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'unless' names the rule itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "needs a trigger: 'keywords', 'hs_prefixes', 'thresholds', 'confidence_below' or "
                                      "'missing'"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' must be text"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' must be true or false"),
    QT_TRANSLATE_NOOP("CoreMessages", "an override must be a table"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' cannot be overridden (enabled, severity, confidence_below, or a "
                                      "threshold attribute of this rule)"),
    QT_TRANSLATE_NOOP("CoreMessages", "(keyword group {name})"),
    QT_TRANSLATE_NOOP("CoreMessages", "(exchange rate {currency})"),
    QT_TRANSLATE_NOOP("CoreMessages", "confidence: field 'review_below' must be a number from 0 to 1"),
    QT_TRANSLATE_NOOP("CoreMessages", "'rule' must be an array of tables, each under its own [[rule]] header"),
    QT_TRANSLATE_NOOP("CoreMessages", "'override' must hold tables such as [override.KNIFE]"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: override for unknown rule {rule} ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'unless': there is no rule {other}"),
    # app.core.rule_translations
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is not part of a translation (only [rule.RULE-ID] tables)"),
    QT_TRANSLATE_NOOP("CoreMessages", "'rule' must hold tables such as [rule.KNIFE] with a title and a reason"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no such rule in {file}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' must be text (the fingerprint of the English title and reason)"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' is not translated (only {fields} and {last})"),
    QT_TRANSLATE_NOOP("CoreMessages", "field '{field}' names the placeholders {placeholders}, but {file} names "
                                      "{english}: a translation names the same ones"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'consignment' is translated, but the rule has no consignment table"),
    QT_TRANSLATE_NOOP("CoreMessages", "field 'consignment' must be a table with the text 'above' alone"),
)
