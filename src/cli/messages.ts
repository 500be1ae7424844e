/**
 * What the command line says, in German and English. Staff read these, so
 * each message names the file, the place in it and what to do.
 *
 * `{0}`, `{1}` … are filled in by `say()` in order.
 */
import { MAX_TOPIC_DEPTH } from '../core/feed/limits.js';
export type Lang = 'de' | 'en';

const MESSAGES = {
  usage: {
    de: `lotse: den Feed einer Kommune pflegen und vorhandene Daten übernehmen

Befehle:
  lotse validate FEED...                         Feed prüfen (dieselben Regeln wie die Widgets)
  lotse import csv DATEI [-o feed.json]          Tabelle (Excel, LibreOffice) übernehmen
  lotse import hsds ORDNER|DATEI [-o feed.json]  Open Referral HSDS 3 (JSON oder CSV-Paket)
  lotse import integreat --base URL --region SLUG --languages de,ar [-o feed.json]
                                                 Seiten, Veranstaltungen und Orte aus Integreat
  lotse import ics DATEI|URL [-o feed.json]      Kalenderexport (.ics) eines Kursanbieters
  lotse merge A.json B.json -o kreis.json        Feeds zusammenführen
  lotse stale FEED [--days 365] [--csv]          Angebote, die lange nicht geprüft wurden
  lotse ics FEED --out ORDNER                    die Kalender des Feeds (calendars) als .ics-Dateien

Für alle Befehle: --lang de|en, --quiet, --help (z. B. lotse import csv --help).
Exit-Codes: 0 in Ordnung, 1 Probleme (Einträge ausgelassen), 2 unbrauchbare Eingabe, 3 Netzwerkfehler, 64 falscher Aufruf.`,
    en: `lotse: keep a town's feed and bring in data that already exists

Commands:
  lotse validate FEED...                         check feeds (the widgets' own rules)
  lotse import csv FILE [-o feed.json]           a spreadsheet (Excel, LibreOffice)
  lotse import hsds DIR|FILE [-o feed.json]      Open Referral HSDS 3 (JSON or CSV data package)
  lotse import integreat --base URL --region SLUG --languages de,ar [-o feed.json]
                                                 pages, events and places from Integreat
  lotse import ics FILE|URL [-o feed.json]       a course provider's calendar export (.ics)
  lotse merge A.json B.json -o county.json       merge feeds
  lotse stale FEED [--days 365] [--csv]          offers not verified for a long time
  lotse ics FEED --out DIR                       the feed's calendars (calendars) as .ics files

For every command: --lang de|en, --quiet, --help (e.g. lotse import csv --help).
Exit codes: 0 fine, 1 problems (records left out), 2 unusable input, 3 network error, 64 wrong usage.`,
  },
  'help.validate': {
    de: `lotse validate FEED... [--json] [--lang de|en] [--quiet]

Prüft jede Datei mit den Regeln, die auch die Widgets im Browser anwenden.
Ausgabe je Eintrag: Datei, Eintrag, Feld, erwartet, gefunden. Warnt außerdem
vor Angeboten, die seit über einem Jahr nicht geprüft wurden.
  --json   Ausgabe als JSON für Programme
Exit-Code: 0 gültig, 1 Probleme (Einträge ausgelassen), 2 Feed unbrauchbar.`,
    en: `lotse validate FEED... [--json] [--lang de|en] [--quiet]

Checks each file with the rules the widgets apply in the browser. Output per
record: file, record, field, expected, found. Also warns about offers not
verified for a year.
  --json   output as JSON for programs
Exit code: 0 valid, 1 problems (records left out), 2 the feed is unusable.`,
  },
  'help.csv': {
    de: `lotse import csv DATEI [-o feed.json] [--publisher NAME] [--language de] [--encoding utf-8|windows-1252]

Liest eine Tabelle, die aus Excel oder LibreOffice als CSV gespeichert wurde
(Trennzeichen ; oder , ; UTF-8 mit oder ohne BOM, oder Windows-1252).
Spalten mit deutschen oder englischen Überschriften, eine Spalte je Sprache:
"Titel", "Titel (ar)", "title_en". Vorlage: templates/offers.csv.
Jede fehlerhafte Zeile wird mit Zeilennummer und Spalte genannt, alle anderen übernommen.
Ohne -o wird der Feed auf die Standardausgabe geschrieben.`,
    en: `lotse import csv FILE [-o feed.json] [--publisher NAME] [--language de] [--encoding utf-8|windows-1252]

Reads a spreadsheet saved as CSV from Excel or LibreOffice (separated by ; or ,
UTF-8 with or without BOM, or Windows-1252). Columns with German or English
headings, one column per language: "Titel", "Titel (ar)", "title_en".
Template: templates/offers.csv. Each bad row is named by line and column, all
others are imported. Without -o the feed goes to standard output.`,
  },
  'help.hsds': {
    de: `lotse import hsds ORDNER|DATEI [-o feed.json] [--publisher NAME]

Liest Open Referral HSDS 3: eine JSON-Datei (Liste von Diensten oder {services: [...]})
oder einen Ordner mit dem CSV-Datenpaket (services.csv, organizations.csv, locations.csv …).
Ungültige Werte (Breitengrad 100, Währung "eur", Verweise ins Leere) werden genannt, der Rest übernommen.`,
    en: `lotse import hsds DIR|FILE [-o feed.json] [--publisher NAME]

Reads Open Referral HSDS 3: a JSON file (a list of services or {services: [...]})
or a folder with the CSV data package (services.csv, organizations.csv, locations.csv …).
Invalid values (latitude 100, currency "eur", keys that point nowhere) are named, the rest is imported.`,
  },
  'help.integreat': {
    de: `lotse import integreat --base URL --region SLUG --languages de,ar,... [-o feed.json]
lotse import integreat --dir ORDNER --region SLUG --languages de,ar,... [-o feed.json]

Holt Seiten, Veranstaltungen und Orte (POIs) einer Region aus der öffentlichen
Integreat-API, eine Anfrage je Sprache. Mit --dir werden gespeicherte Antworten
gelesen (ORDNER/<sprache>/pages.json, events.json, locations.json).
Texte, die in einer Sprache nur deutsch vorliegen, werden nicht als diese Sprache ausgegeben.`,
    en: `lotse import integreat --base URL --region SLUG --languages de,ar,... [-o feed.json]
lotse import integreat --dir DIR --region SLUG --languages de,ar,... [-o feed.json]

Fetches pages, events and places (POIs) of a region from the public Integreat
API, one request per language. With --dir, saved answers are read instead
(DIR/<language>/pages.json, events.json, locations.json). Texts that exist only
in German are never labelled as another language.`,
  },
  'help.ics-import': {
    de: `lotse import ics DATEI|URL [-o feed.json] [--from JJJJ-MM-TT] [--to JJJJ-MM-TT]

Liest den Kalenderexport eines Kursanbieters wie das Kalender-Widget: Zeitzonen (TZID),
UTC-Zeiten, DURATION, ganztägige Termine, RRULE/EXDATE/RDATE, verschobene Termine (RECURRENCE-ID).
Termine ab heute bis in einem Jahr (oder --from/--to). Fehlerhafte Einträge werden mit Zeile genannt.`,
    en: `lotse import ics FILE|URL [-o feed.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]

Reads a course provider's calendar export as the calendar widget does: time zones (TZID),
UTC times, DURATION, all-day events, RRULE/EXDATE/RDATE, moved sessions (RECURRENCE-ID).
Sessions from today to a year ahead (or --from/--to). Bad events are named by line.`,
  },
  'help.ics': {
    de: `lotse ics FEED --out ORDNER

Schreibt jeden Kalender, den der Feed unter "calendars" nennt, als .ics-Datei (RFC 5545) in den
Ordner, benannt nach dem letzten Teil seiner Adresse. Die Dateien auf den Webserver legen.`,
    en: `lotse ics FEED --out DIR

Writes every calendar the feed lists under "calendars" as an .ics file (RFC 5545) into the
folder, named after the last part of its address. Put the files on the web server.`,
  },
  'help.merge': {
    de: `lotse merge A.json B.json ... -o kreis.json [--id ID] [--publisher NAME]

Führt Feeds so zusammen, wie es die Widgets mit mehreren src tun: Kennungen
erhalten das Präfix ihres Feeds, Themen und Zielgruppen werden vereint, jeder
Eintrag behält seine Herkunft (source).`,
    en: `lotse merge A.json B.json ... -o county.json [--id ID] [--publisher NAME]

Merges feeds the way the widgets do with several src: ids get their feed's
prefix, topics and audiences are merged, every record keeps where it came
from (source).`,
  },
  'help.stale': {
    de: `lotse stale FEED [--days 365] [--csv]

Angebote, die seit mehr als N Tagen nicht geprüft wurden, nach Träger
gruppiert mit deren Kontakt, damit die Integrationsstelle erinnern kann.
  --csv   als CSV (Trennzeichen ;) für Excel`,
    en: `lotse stale FEED [--days 365] [--csv]

Offers not verified within N days, grouped by provider with their contact, so
the integration centre can send reminders.
  --csv   as CSV (separated by ;) for Excel`,
  },
  unknownCommand: { de: 'Unbekannter Befehl "{0}". lotse --help zeigt alle Befehle.', en: 'Unknown command "{0}". lotse --help lists the commands.' },
  unknownOption: { de: 'unbekannte Option {0}', en: 'unknown option {0}' },
  optionNeedsValue: { de: 'der Option {0} fehlt ihr Wert', en: 'the option {0} needs a value' },
  badOption: { de: 'Falscher Aufruf: {0}. lotse {1} --help zeigt die Optionen.', en: 'Wrong usage: {0}. lotse {1} --help shows the options.' },
  needFile: { de: 'Bitte eine Datei angeben.', en: 'Please name a file.' },
  'fs.ENOENT': { de: 'nicht gefunden', en: 'not found' },
  'fs.EACCES': { de: 'keine Berechtigung', en: 'permission denied' },
  'fs.EPERM': { de: 'keine Berechtigung', en: 'permission denied' },
  'fs.EISDIR': { de: 'ist ein Ordner', en: 'is a folder' },
  'fs.ENOTDIR': { de: 'ein Teil des Pfads ist kein Ordner', en: 'a part of the path is not a folder' },
  'fs.ENOSPC': { de: 'kein Platz mehr auf dem Datenträger', en: 'no space left on the disk' },
  'fs.EROFS': { de: 'nur lesbar', en: 'read-only' },
  unwritable: { de: '{0}: kann nicht geschrieben werden ({1}); nichts wurde geändert.', en: '{0}: cannot be written ({1}); nothing was changed.' },
  unreadable: { de: '{0}: kann nicht gelesen werden ({1}).', en: '{0}: cannot be read ({1}).' },
  notJson: { de: '{0}: kein gültiges JSON, Zeile {1}, Spalte {2}: …{3}▶{4}◀{5}…', en: '{0}: not valid JSON, line {1}, column {2}: …{3}▶{4}◀{5}…' },
  notJsonAnywhere: { de: '{0}: kein gültiges JSON ({1}).', en: '{0}: not valid JSON ({1}).' },
  unusable: { de: '{0}: Feed unbrauchbar: {1}', en: '{0}: the feed is unusable: {1}' },
  'unusable.format': { de: 'Pflichtangaben fehlen oder sind falsch ({0})', en: 'required fields are missing or wrong ({0})' },
  'unusable.version': { de: 'Formatversion {0} ist neuer, als dieses Werkzeug kennt', en: 'format version {0} is newer than this tool knows' },
  valid: { de: '{0}: gültig, {1} Angebote.', en: '{0}: valid, {1} offers.' },
  withProblems: { de: '{0}: {1} Problem(e), {2} Eintrag/Einträge ausgelassen.', en: '{0}: {1} problem(s), {2} record(s) left out.' },
  record: { de: '{0} · {1} Nr. {2}{3}', en: '{0} · {1} no. {2}{3}' },
  problemsNotDescribed: {
    de: 'Beschrieben sind die ersten {0} Probleme; {1} weitere wurden gezählt. Beheben Sie diese und prüfen Sie erneut, um die übrigen zu sehen.',
    en: 'The first {0} problems are described; {1} more were counted. Fix these and check again to see the others.',
  },
  recordFeed: { de: '{0} · Feed selbst (Herausgeber und Felder außerhalb der Listen)', en: '{0} · the feed itself (publisher and fields outside the lists)' },
  recordId: { de: ' (Kennung "{0}")', en: ' (id "{0}")' },
  leftOut: { de: 'ausgelassen', en: 'left out' },
  fieldLeftOut: { de: 'Feld ausgelassen, Eintrag wird gezeigt', en: 'field left out, record is shown' },
  expected: { de: 'erwartet', en: 'expected' },
  found: { de: 'gefunden', en: 'found' },
  source: { de: 'Herkunft: {0}', en: 'source: {0}' },
  warnUnverified: { de: 'nicht geprüft seit {0} (über ein Jahr)', en: 'not verified since {0} (over a year)' },
  warnings: { de: 'Hinweise', en: 'Warnings' },
  'reason.missing': { de: 'fehlt', en: 'missing' },
  'reason.type': { de: 'falsche Art von Wert', en: 'wrong kind of value' },
  'reason.format': { de: 'falsches Format', en: 'wrong format' },
  'reason.repeated': { de: 'Feld zweimal geschrieben', en: 'field written twice' },
  'reason.value': { de: 'unzulässiger Wert', en: 'value not allowed' },
  'reason.range': { de: 'außerhalb des erlaubten Bereichs', en: 'out of range' },
  'reason.duplicate': { de: 'Kennung doppelt', en: 'duplicate id' },
  'reason.reference': { de: 'Verweis ins Leere', en: 'reference points nowhere' },
  'reason.rich': { de: 'formatierter Text ungültig', en: 'invalid formatted text' },
  'expect.existing': { de: 'ein vorhandener Eintrag', en: 'an existing record' },
  'expect.dropped': { de: 'ein Eintrag ohne eigene Probleme (er wurde ausgelassen)', en: 'a record without problems of its own (it was left out)' },
  'expect.date': { de: 'Datum JJJJ-MM-TT', en: 'date YYYY-MM-DD' },
  'expect.time': { de: 'Uhrzeit HH:MM', en: 'time HH:MM' },
  // A spreadsheet cell may also write them the German way.
  'expect.cellDate': { de: 'ein Datum, das es gibt, wie 03.02.2027 oder 2027-02-03', en: 'a date that exists, like 03.02.2027 or 2027-02-03' },
  'expect.cellTime': { de: 'Uhrzeit wie 18:00, 18.00 oder 18 Uhr', en: 'a time like 18:00, 18.00 or 18 Uhr' },
  'expect.postcode': { de: 'fünfstellige Postleitzahl', en: 'five-digit postcode' },
  'expect.url': { de: 'Webadresse mit https:// oder http://', en: 'web address with https:// or http://' },
  'expect.email': { de: 'E-Mail-Adresse', en: 'e-mail address' },
  'expect.phone': { de: 'Telefonnummer (Ziffern, Leerzeichen, + ( ) / . -)', en: 'phone number (digits, spaces, + ( ) / . -)' },
  'expect.text': { de: 'Text', en: 'text' },
  'expect.list': { de: 'eine Liste in eckigen Klammern [ ]', en: 'a list in square brackets [ ]' },
  'expect.object': { de: 'eine Gruppe von Feldern in geschweiften Klammern { }', en: 'a group of fields in curly brackets { }' },
  'expect.day': { de: 'ein Tag, den es gibt (nicht 30. Februar oder 31. April)', en: 'a day that exists (not 30 February or 31 April)' },
  'expect.id': { de: 'Kennung aus Buchstaben, Ziffern und . _ : - ohne Leerzeichen', en: 'an id of letters, digits and . _ : - without spaces' },
  'expect.version': { de: 'Formatversion wie 1.0', en: 'a format version such as 1.0' },
  'expect.timezone': { de: 'Name einer Zeitzone wie Europe/Berlin', en: 'a time zone name such as Europe/Berlin' },
  'expect.acyclic': { de: 'kein Kreis: die übergeordneten Themen führen zurück zu diesem', en: 'no circle: the broader topics lead back to this one' },
  'expect.depth': { de: `höchstens ${MAX_TOPIC_DEPTH} Ebenen übergeordneter Themen`, en: `at most ${MAX_TOPIC_DEPTH} levels of broader topics` },
  'expect.oneOf': { de: 'einer dieser Werte: {0}', en: 'one of: {0}' },
  'expect.boolean': { de: 'ja/nein (true/false)', en: 'yes/no (true/false)' },
  'expect.number': { de: 'Zahl', en: 'number' },
  'expect.until': { de: 'ein Datum bis spätestens {0}', en: 'a date no later than {0}' },
  'expect.repeatedColumns': {
    de: 'das Feld nur einmal; es steht in Zeile {0} an Spalte {1} und wieder an Spalte {2}, und nur der Wert an Spalte {2} gilt',
    en: 'the field once; it is on line {0} at column {1} and again at column {2}, and only the value at column {2} counts',
  },
  'expect.repeated': {
    de: 'das Feld nur einmal; es steht in Zeile {0} und wieder in Zeile {1}, und nur der Wert aus Zeile {1} gilt',
    en: 'the field once; it is on line {0} and again on line {1}, and only the value on line {1} counts',
  },
  'expect.min': { de: 'mindestens {0}', en: 'at least {0}' },
  'expect.max': { de: 'höchstens {0}', en: 'at most {0}' },
  'expect.unique': { de: 'eine eindeutige Kennung', en: 'a unique id' },
  // Import.
  written: { de: '{0}: {1} Angebote, {2} Orte, {3} Träger geschrieben.', en: '{0}: {1} offers, {2} places, {3} organisations written.' },
  line: { de: 'Zeile {0}', en: 'row {0}' },
  lineColumn: { de: 'Zeile {0}, Spalte "{1}"', en: 'row {0}, column "{1}"' },
  icsLine: { de: 'Zeile {0}', en: 'line {0}' },
  'ics.ics-no-start': { de: 'Termin ohne Beginn (DTSTART)', en: 'event without a start (DTSTART)' },
  'ics.ics-unreadable': { de: 'Termin nicht lesbar', en: 'event cannot be read' },
  'ics.ics-blank-line': { de: 'Leerzeile in der Datei übersprungen', en: 'blank line in the file skipped' },
  'ics.ics-sessions': { de: 'mehr Termine, als gelesen werden; die ersten sind übernommen', en: 'more sessions than are read; the first ones are taken' },
  rowLeftOut: { de: '{0}: ausgelassen: {1}', en: '{0}: left out: {1}' },
  cellUnreadable: { de: 'nicht lesbar, Feld ausgelassen (erwartet: {0}; gefunden: {1})', en: 'unreadable, field left out (expected: {0}; found: {1})' },
  'expect.hours': { de: 'Öffnungszeiten wie "Mo-Fr 8-12 Uhr, Do 14-18 Uhr"', en: 'opening hours like "Mo-Fr 8-12 Uhr, Do 14-18 Uhr"' },
  'expect.days': { de: 'Wochentage wie "Mo, Mi" oder "Mo-Fr"', en: 'weekdays like "Mo, Mi" or "Mo-Fr"' },
  'expect.yesno': { de: 'ja oder nein', en: 'yes or no (ja/nein)' },
  'expect.cost': { de: '"kostenlos" oder Betrag wie "5,50 €"', en: '"kostenlos" or an amount like "5,50 €"' },
  // A spreadsheet cell takes a language's name; the feed (the validator's `language`) takes its code.
  'expect.languageName': { de: 'Sprache wie "Arabisch" oder "ar"', en: 'language like "Arabisch" or "ar"' },
  'expect.language': { de: 'Sprachkürzel wie de, ar, uk oder pt-BR', en: 'language code like de, ar, uk or pt-BR' },
  'expect.kind': { de: 'Art: Beratung, Kurs, Veranstaltung, Gesundheit, Behörde, Netzwerk, Programm', en: 'kind: Beratung, Kurs, Veranstaltung, Gesundheit, Behörde, Netzwerk, Programm (or service, course …)' },
  'expect.level': { de: 'Sprachniveau wie "A1-B1"', en: 'language level like "A1-B1"' },
  'expect.integer': { de: 'ganze Zahl', en: 'whole number' },
  readAs: { de: '{0}: als {1} gelesen.', en: '{0}: read as {1}.' },
  importSummary: { de: '{0} von {1} Zeilen übernommen, {2} ausgelassen.', en: '{0} of {1} rows imported, {2} left out.' },
  unknownColumns: {
    de: '{0}: unbekannte Spalte(n): {1}. Bitte umbenennen oder löschen. Bekannte Spalten: {2}',
    en: '{0}: unknown column(s): {1}. Please rename or delete them. Known columns: {2}',
  },
  noVerifiedColumn: {
    de: '{0}: keine Spalte "Geprüft am" (oder "Stand", "verified") gefunden; jedes Angebot braucht das Datum, an dem es zuletzt geprüft wurde.',
    en: '{0}: no column "Geprüft am" (or "Stand", "verified") found; every offer needs the day it was last checked.',
  },
  outputIsInput: {
    de: '{0} ist die Datei, die gelesen wird: -o würde sie mit dem Feed überschreiben. Bitte eine andere Ausgabedatei angeben, z. B. feed.json.',
    en: '{0} is the file being read: -o would overwrite it with the feed. Please name another output file, e.g. feed.json.',
  },
  nothingKept: {
    de: 'Kein Angebot ist brauchbar: nichts geschrieben, {0} bleibt, wie es war. Beheben Sie die Probleme oben und importieren Sie erneut.',
    en: 'No offer is usable: nothing written, {0} stays as it was. Fix the problems above and import again.',
  },
  staleDropped: {
    de: '{0}: {1} Angebote sind nicht in dieser Liste, weil sie Fehler haben; lotse validate {0} nennt sie.',
    en: '{0}: {1} offers are not in this list because they have mistakes; lotse validate {0} names them.',
  },
  unnamedColumn: {
    de: '{0}: Spalte {1} hat keine Überschrift, aber Inhalte; bitte benennen oder löschen.',
    en: '{0}: column {1} has no heading but has content; please name or delete it.',
  },
  sameField: {
    de: '{0}: Die Spalten "{1}" und "{2}" meinen dasselbe Feld; bitte eine davon umbenennen oder löschen.',
    en: '{0}: the columns "{1}" and "{2}" mean the same field; please rename or delete one of them.',
  },
  noTitleColumn: { de: '{0}: keine Spalte "Titel" (oder "title") gefunden.', en: '{0}: no column "Titel" (or "title") found.' },
  wrongEncoding: { de: '{0}: die Datei ist nicht in {1} gespeichert (Byte {2}). Mit --encoding windows-1252 oder als "CSV UTF-8" speichern.', en: '{0}: the file is not saved as {1} (byte {2}). Use --encoding windows-1252 or save as "CSV UTF-8".' },
  mixedEncoding: {
    de: '{0}: gemischte Zeichenkodierung – die Datei ist UTF-8, aber Byte {1} (Textzeile {2}) nicht, wohl aus einer anderen Datei eingefügt. Die Zeichen dort neu eingeben oder die Datei als "CSV UTF-8" speichern.',
    en: '{0}: mixed encodings – the file is UTF-8, but byte {1} (text line {2}) is not, probably pasted from another file. Type the characters there again or save the file as "CSV UTF-8".',
  },
  binaryFile: { de: '{0}: das ist keine Textdatei ({1}). In Excel: Datei > Speichern unter > "CSV UTF-8".', en: '{0}: this is not a text file ({1}). In Excel: File > Save as > "CSV UTF-8".' },
  csvBroken: { de: '{0}: CSV kann nicht gelesen werden, Zeile {1}: {2}', en: '{0}: the CSV cannot be read, row {1}: {2}' },
  networkError: { de: 'Netzwerkfehler bei {0}: {1}', en: 'Network error for {0}: {1}' },
  httpError: { de: '{0} antwortet mit Status {1}.', en: '{0} answered with status {1}.' },
  germanAsOther: {
    de: '{0}: "{1}" ist in der Antwort für "{2}" deutsch (keine Übersetzung); nicht als {2} übernommen.',
    en: '{0}: "{1}" in the answer for "{2}" is German (no translation); not labelled as {2}.',
  },
  importProblem: { de: '{0}: {1}', en: '{0}: {1}' },
  staleNone: { de: 'Alle Angebote wurden in den letzten {0} Tagen geprüft.', en: 'Every offer was verified within the last {0} days.' },
  staleHeading: { de: '{0} Angebote seit mehr als {1} Tagen nicht geprüft:', en: '{0} offers not verified for more than {1} days:' },
  noProvider: { de: '(ohne Träger)', en: '(no provider)' },
  staleColumns: { de: 'Träger;Kontakt;Telefon;E-Mail;Angebot;Kennung;Geprüft am;Tage', en: 'Provider;Contact;Phone;E-mail;Offer;Id;Verified;Days' },
  needOut: { de: 'Bitte mit --out den Zielordner angeben.', en: 'Please name the output folder with --out.' },
  noCalendars: { de: '{0}: der Feed nennt keine Kalender (calendars).', en: '{0}: the feed lists no calendars (calendars).' },
  calendarWritten: { de: '{0}: {1} Angebote mit Terminen (für {2}).', en: '{0}: {1} offers with dates (for {2}).' },
  icsDropped: {
    de: '{0}: {1} Angebote sind in keinem Kalender, weil sie Fehler haben; lotse validate {0} nennt sie.',
    en: '{0}: {1} offers are in no calendar because they have mistakes; lotse validate {0} names them.',
  },
  mergeNeedOut: { de: 'Bitte mit -o die Zieldatei angeben.', en: 'Please name the output file with -o.' },
  merged: { de: '{0}: {1} Feeds zusammengeführt, {2} Angebote.', en: '{0}: {1} feeds merged, {2} offers.' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** German unless the environment says English, as the house language of the towns using Lotse. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'de';
}

export function say(lang: Lang, key: MessageKey, ...values: (string | number)[]): string {
  return MESSAGES[key][lang].replace(/\{(\d+)\}/g, (_, n: string) => String(values[Number(n)] ?? ''));
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}
