/**
 * German texts of the feed checker (`quartier-feed check`, Node only). Kept
 * apart from `de` so that the widgets' bundle and the other tables need not
 * carry them.
 */
export const deCli = {
  'cli.usage':
    'Aufruf:\n  quartier-feed check <Datei oder URL> [weitere …] [Optionen]\n  quartier-feed convert <von> <nach> [Optionen]\n  quartier-feed template <vorlage.xlsx oder vorlage.ods>\n  quartier-feed ics <Feed> [--offer ID | --place ID | --project ID] --out <datei.ics>\n\ncheck     prüft Quartier-Feeds (Format 1) und nennt jedes Problem mit seiner Stelle: Zeile und Spalte im JSON, oder Tabelle, Zeile und Spalte in einer Tabellendatei.\nconvert   wandelt einen Feed um, zwischen .json, .xlsx, .ods und einem Ordner mit .csv-Dateien (ein Pfad ohne Endung), und prüft ihn dabei wie check.\ntemplate  schreibt eine leere Vorlage zum Ausfüllen, mit Erklärzeile und Auswahllisten.\nics       schreibt eine Kalenderdatei (iCalendar) mit den aktuellen Angeboten des Feeds, eines Projekts, eines Orts oder einem Angebot.\n\nOptionen:\n  --strict      unbekannte Felder (Hinweise) als Probleme zählen\n  --lang de|en  Sprache der Meldungen (sonst aus LC_ALL oder LANG; Standard: Deutsch)\n  --json        den Bericht als JSON ausgeben\n  --max-size N  größte Datei oder Antwort, die gelesen wird (Standard 5MiB wie in den Widgets; z. B. 20MiB)\n  --help        diese Hilfe zeigen\n\nExit-Code: 0 ohne Probleme, 1 bei Problemen (Einträge oder Angaben werden nicht angezeigt), 2 wenn ein Feed nicht verwendbar ist oder eine Datei nicht gelesen oder geschrieben werden kann. Hinweise auf unbekannte Felder ändern ihn nur mit --strict.',
  'cli.error.unknown-command': 'Unbekannter Befehl „{value}“.',
  'cli.error.unknown-option': 'Unbekannte Option „{value}“.',
  'cli.error.bad-lang': 'Die Option „--lang“ erwartet „de“ oder „en“, nicht „{value}“.',
  'cli.error.bad-max-size': 'Die Option „--max-size“ erwartet eine Größe wie 5MiB, 800KiB oder 1000000 (Bytes), nicht „{value}“.',
  'cli.error.too-deep': 'Die Datei {file} ist tiefer als {value} Ebenen verschachtelt (das Format braucht höchstens 8) und wird nicht weiter geprüft.',
  'cli.error.no-input': 'Bitte mindestens eine Datei oder URL angeben.',
  'cli.error.not-found': 'Die Datei {file} gibt es nicht.',
  'cli.error.cannot-read': 'Die Datei {file} kann nicht gelesen werden ({value}).',
  'cli.error.convert-args': 'Der Befehl „convert“ erwartet zwei Pfade: woher und wohin.',
  'cli.error.template-args': 'Der Befehl „template“ erwartet einen Pfad, der auf .xlsx oder .ods endet.',
  'cli.error.format': 'Das Format von {file} ist unbekannt: erlaubt sind .json, .xlsx, .ods oder ein Ordner mit CSV-Dateien.',
  'cli.error.cannot-write': '{file} kann nicht geschrieben werden ({value}).',
  'cli.written': 'Geschrieben: {file}',
  'cli.syntax-help':
    'An dieser Stelle ist das JSON nicht mehr lesbar. Häufig fehlt hier oder kurz davor ein Komma, ein Anführungszeichen oder eine Klammer – oder es steht ein Komma zu viel vor } oder ].',
  'cli.label.error': 'Fehler',
  'cli.label.note': 'Hinweis',
  'cli.missing-translation': '{where}: Die Übersetzung ({value}) fehlt in {field}.',
  'cli.count.projects': { one: '{count} Projekt', other: '{count} Projekte' },
  'cli.count.organizations': { one: '{count} Organisation', other: '{count} Organisationen' },
  'cli.count.places': { one: '{count} Ort', other: '{count} Orte' },
  'cli.count.offers': { one: '{count} Angebot', other: '{count} Angebote' },
  'cli.count.problems': { one: '{count} Problem', other: '{count} Probleme' },
  'cli.count.dropped': { one: '{count} Eintrag verworfen', other: '{count} Einträge verworfen' },
  'cli.count.hints': { one: '{count} Hinweis auf ein unbekanntes Feld', other: '{count} Hinweise auf unbekannte Felder' },
  'cli.count.missing': { one: '{count} fehlende Übersetzung', other: '{count} fehlende Übersetzungen' },
  'cli.count.files': { one: '{count} Datei geprüft', other: '{count} Dateien geprüft' },
  'cli.summary.ok': 'keine Probleme',
  'cli.summary.failed': 'Der Feed ist nicht verwendbar.',
  'cli.summary.kept': 'Übernommen: {value}.',
  'cli.summary.total': '{files}: {ok} ohne Probleme, {problems} mit Problemen, {failed} nicht verwendbar.',
  'cli.portal.usage':
    'Für Portale:\n  quartier-feed harvest <katalog.json> --out <Ordner> [--concurrency N] [--per-host N] [--timeout Sekunden] [--resume]\n  quartier-feed export --format hsds <Feed> --out <Ordner>\n  quartier-feed export --format dcat <katalog.json> --out <datei.jsonld>\n  quartier-feed import --format hsds <Ordner oder Datei> --out <feed.json>\n\nharvest   liest alle Feeds des Katalogs (mit If-None-Match/If-Modified-Since, Zeitlimit, Größengrenze, höchstens N gleichzeitig und 2 je Server), behält bei einem Fehler die letzte gute Fassung und schreibt den Index für <quartier-directory> (Ordner index/), einen Bericht je Partner (reports/) und einen für das Portal (report.html).\nexport    schreibt einen Feed als HSDS 3.0 (Open Referral) oder den Katalog als DCAT-AP.de (JSON-LD).\nimport    liest HSDS 3.0 (Ordner mit einer JSON-Datei je Tabelle, oder eine Datei: ein Angebot, eine Organisation, ein Ort, eine Seite davon oder die Tabellenform) und schreibt einen Feed; was HSDS hat und der Feed nicht halten kann, wird als Hinweis genannt.',
  'cli.error.portal-args': 'Der Befehl „{value}“ braucht eine Eingabe und --out (siehe Hilfe).',
  'cli.error.bad-format': 'Die Option „--format“ erwartet hier {value}.',
  'cli.error.bad-number': 'Die Option „{value}“ erwartet eine positive Zahl.',
  'cli.error.not-a-catalog': 'Die Datei {file} ist kein Feed-Katalog (ein Objekt mit der Liste „feeds“).',
  'cli.catalog.problem': 'Katalog, {value}: nicht verwendbar, ausgelassen.',
  'cli.harvest.done':
    '{feeds} Feeds geprüft: {updated} neu gelesen, {unchanged} unverändert, {failed} nicht lesbar ({stale} davon mit letzter guter Fassung). {projects} Projekte im Verzeichnis. Bericht: {file}',
  'cli.export.warning': 'Hinweis: {value}',
  'cli.import.field': 'Nicht übernommen: Das HSDS-Feld „{table}.{field}“ hat im Feed kein Gegenstück ({count}×, z. B. bei {names}).',
  'cli.import.records': {
    one: 'Nicht übernommen: {count} Eintrag der HSDS-Tabelle „{table}“, für den der Feed keinen Platz hat.',
    other: 'Nicht übernommen: {count} Einträge der HSDS-Tabelle „{table}“, für die der Feed keinen Platz hat.',
  },
  'cli.import.records-of': {
    one: 'Nicht übernommen: {count} Eintrag der HSDS-Tabelle „{table}“ gehört zu einem Eintrag aus „{owner}“, der so etwas im Feed nicht hat.',
    other: 'Nicht übernommen: {count} Einträge der HSDS-Tabelle „{table}“ gehören zu Einträgen aus „{owner}“, die so etwas im Feed nicht haben.',
  },
  'cli.import.extra': '„{name}“ hat {count} Einträge in der HSDS-Tabelle „{table}“; der Feed hält einen, übernommen ist nur der erste.',
  'cli.import.value': 'Nicht übernommen: „{table}.{field}“ bei „{name}“ hat den Wert „{value}“, den der Feed so nicht halten kann.',
  'cli.import.schedule-text': 'Die Zeiten von „{name}“ ({value}) kann der Feed nicht als Regel halten; übernommen ist nur ihre Beschreibung als Text.',
  'cli.import.skipped': 'Nicht gelesen: {file} enthält etwas, das kein HSDS-Eintrag ist (Organisation, Programm, Angebot, Ort …).',
  'cli.import.nothing': 'In {file} gibt es keine HSDS-Organisation, kein Programm, kein Angebot und keinen Ort: Es wurde kein Feed geschrieben.',
  'cli.error.ics-args': 'Der Befehl „ics“ erwartet einen Feed und --out <datei.ics>, dazu höchstens eine der Optionen --offer, --place oder --project.',
  'cli.error.ics-unknown': 'Im Feed gibt es keinen Eintrag {value}.',
  'cli.ics.none': 'Keine aktuellen Angebote mit Terminen ({value}): Es wurde keine Kalenderdatei geschrieben.',
  'cli.ics.written': { one: '{count} Angebot in {file} geschrieben.', other: '{count} Angebote in {file} geschrieben.' },
} as const;

/** The keys of the feed checker's tables. */
export type CliMessageKey = keyof typeof deCli;
