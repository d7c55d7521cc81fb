import type { Message } from '../format.js';
import type { CliMessageKey } from '../de/cli.js';

/** English texts of the feed checker (`quartier-feed check`, Node only). */
export const enCli: Readonly<Record<CliMessageKey, Message>> = {
  'cli.usage':
    'Usage:\n  quartier-feed check <file or URL> [more …] [options]\n  quartier-feed convert <from> <to> [options]\n  quartier-feed template <template.xlsx or template.ods>\n  quartier-feed ics <feed> [--offer ID | --place ID | --project ID] --out <file.ics>\n\ncheck     checks Quartier feeds (format 1) and names every problem with its place: line and column in JSON, or sheet, row and column in a spreadsheet.\nconvert   converts a feed between .json, .xlsx, .ods and a folder of .csv files (a path without extension), and checks it as check does.\ntemplate  writes an empty template to fill in, with a row that explains each column and drop-down lists.\nics       writes a calendar file (iCalendar) of the current offers of the feed, of a project, of a place, or of one offer.\n\nOptions:\n  --strict      count unknown fields (hints) as problems\n  --lang de|en  language of the messages (else from LC_ALL or LANG; default: German)\n  --json        print the report as JSON\n  --max-size N  largest file or answer read (default 5MiB, as in the widgets; e.g. 20MiB)\n  --help        show this help\n\nExit code: 0 without problems, 1 with problems (records or fields are not shown), 2 when a feed cannot be used or a file cannot be read or written. Hints about unknown fields change it only with --strict.',
  'cli.error.unknown-command': 'Unknown command “{value}”.',
  'cli.error.unknown-option': 'Unknown option “{value}”.',
  'cli.error.bad-lang': 'The option “--lang” expects “de” or “en”, not “{value}”.',
  'cli.error.bad-max-size': 'The option “--max-size” expects a size such as 5MiB, 800KiB or 1000000 (bytes), not “{value}”.',
  'cli.error.too-deep': 'The file {file} nests deeper than {value} levels (the format needs 8 at most) and is not checked further.',
  'cli.error.no-input': 'Please name at least one file or URL.',
  'cli.error.not-found': 'The file {file} does not exist.',
  'cli.error.cannot-read': 'The file {file} cannot be read ({value}).',
  'cli.error.convert-args': 'The command “convert” expects two paths: from and to.',
  'cli.error.template-args': 'The command “template” expects one path ending in .xlsx or .ods.',
  'cli.error.format': 'The format of {file} is unknown: use .json, .xlsx, .ods or a folder of CSV files.',
  'cli.error.cannot-write': '{file} cannot be written ({value}).',
  'cli.written': 'Written: {file}',
  'cli.syntax-help':
    'At this place the JSON can no longer be read. Often a comma, a quotation mark or a bracket is missing here or just before – or there is one comma too many before } or ].',
  'cli.label.error': 'Error',
  'cli.label.note': 'Note',
  'cli.missing-translation': '{where}: the translation ({value}) is missing in {field}.',
  'cli.count.projects': { one: '{count} project', other: '{count} projects' },
  'cli.count.organizations': { one: '{count} organisation', other: '{count} organisations' },
  'cli.count.places': { one: '{count} place', other: '{count} places' },
  'cli.count.offers': { one: '{count} offer', other: '{count} offers' },
  'cli.count.problems': { one: '{count} problem', other: '{count} problems' },
  'cli.count.dropped': { one: '{count} record dropped', other: '{count} records dropped' },
  'cli.count.hints': { one: '{count} hint about an unknown field', other: '{count} hints about unknown fields' },
  'cli.count.missing': { one: '{count} missing translation', other: '{count} missing translations' },
  'cli.count.files': { one: '{count} file checked', other: '{count} files checked' },
  'cli.summary.ok': 'no problems',
  'cli.summary.failed': 'The feed cannot be used.',
  'cli.summary.kept': 'Read: {value}.',
  'cli.summary.total': '{files}: {ok} without problems, {problems} with problems, {failed} unusable.',
  'cli.portal.usage':
    'For portals:\n  quartier-feed harvest <catalog.json> --out <folder> [--concurrency N] [--per-host N] [--timeout seconds] [--resume]\n  quartier-feed export --format hsds <feed> --out <folder>\n  quartier-feed export --format dcat <catalog.json> --out <file.jsonld>\n\nharvest   reads every feed of the catalogue (If-None-Match/If-Modified-Since, time limit, size cap, at most N at once and 2 per server), keeps the last good copy when one fails, and writes the index for <quartier-directory> (folder index/), a report per partner (reports/) and one for the portal (report.html).\nexport    writes a feed as HSDS 3.0 (Open Referral), or the catalogue as DCAT-AP.de (JSON-LD).',
  'cli.error.portal-args': 'The command "{value}" needs an input and --out (see help).',
  'cli.error.bad-format': 'The option "--format" expects {value} here.',
  'cli.error.bad-number': 'The option "{value}" expects a positive number.',
  'cli.error.not-a-catalog': 'The file {file} is not a feed catalogue (an object with the list "feeds").',
  'cli.catalog.problem': 'Catalogue, {value}: unusable, left out.',
  'cli.harvest.done':
    '{feeds} feeds checked: {updated} read anew, {unchanged} unchanged, {failed} unreadable ({stale} of them with their last good copy). {projects} projects in the directory. Report: {file}',
  'cli.export.warning': 'Note: {value}',
  'cli.error.ics-args': 'The command "ics" expects a feed and --out <file.ics>, and at most one of the options --offer, --place or --project.',
  'cli.error.ics-unknown': 'The feed has no entry {value}.',
  'cli.ics.none': 'No current offers with dates ({value}): no calendar file was written.',
  'cli.ics.written': { one: '{count} offer written to {file}.', other: '{count} offers written to {file}.' },
};
