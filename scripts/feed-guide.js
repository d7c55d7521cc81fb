// The field reference of the German guide (docs/de/feed-anleitung.md), written
// from the format's description (src/authoring/feed-fields.ts, built to lib/
// by `npm run build`) — the same labels and help texts the feed editor shows,
// so guide and editor say the same thing. Replaces what stands between the
// markers in the guide.
//
//   node scripts/feed-guide.js           rewrites the reference
//   node scripts/feed-guide.js --check   exit 1 when the committed guide is not current
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const GUIDE = path.join(root, 'docs', 'de', 'feed-anleitung.md');
export const START = '<!-- felder:start (erzeugt von scripts/feed-guide.js aus src/authoring/feed-fields.ts; nicht von Hand ändern) -->';
export const END = '<!-- felder:end -->';

const { ROOT_FIELDS, RECORD_SPECS, CODE_LISTS } = await import('../lib/authoring/feed-fields.js');
const { codeLabel } = await import('../lib/authoring/code-labels.js');

/** Text for a Markdown table cell. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** What a field takes, in a few words, besides its help text. */
function takes(field) {
  if (field.codes) {
    const values = CODE_LISTS[field.codes].values.map((v) => codeLabel(field.codes, v, 'de'));
    return `${field.kind === 'codes' ? 'Einer oder mehrere von' : 'Einer von'}: ${values.join(', ')}.`;
  }
  if (field.kind === 'reference') {
    const target = RECORD_SPECS.find((r) => r.list === field.target);
    return `Im Editor aus der Liste „${target.label.de}“ gewählt.`;
  }
  if (field.kind === 'text' || field.kind === 'text-list') return 'Übersetzungen möglich.';
  return '';
}

/** The rows of a table: every field at this level, then (indented by the path) the fields inside it. */
function rows(fields, prefix = []) {
  const out = [];
  for (const field of fields) {
    const names = [...prefix, field.label.de];
    const marks = [field.required ? 'Pflicht' : '', field.advanced ? 'selten gebraucht' : ''].filter(Boolean);
    const label = `${names.join(' › ')}${marks.length ? ` (${marks.join(', ')})` : ''}`;
    const help = [field.help.de, takes(field)].filter(Boolean).join(' ');
    out.push(`| ${cell(label)} | \`${field.key}\` | ${cell(help)} |`);
    if (field.fields) out.push(...rows(field.fields, names));
  }
  return out;
}

function table(fields) {
  return ['| Feld im Editor | Name im Feed | Was hineingehört |', '| --- | --- | --- |', ...rows(fields)].join('\n');
}

/** The reference: the feed's general fields, then each record type. */
export function fieldReference() {
  const parts = ['### Allgemein', '', 'Angaben zum ganzen Feed (im Editor unter „Allgemein“).', '', table(ROOT_FIELDS)];
  for (const record of RECORD_SPECS) {
    parts.push('', `### ${record.label.de}`, '', cell(record.help.de), '', table(record.fields));
  }
  return parts.join('\n');
}

async function run() {
  const check = process.argv.includes('--check');
  const guide = await readFile(GUIDE, 'utf8');
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start === -1 || end < start) {
    console.error(`${path.relative(root, GUIDE)}: the markers of the field reference are missing.`);
    process.exit(1);
  }
  const next = `${guide.slice(0, start + START.length)}\n\n${fieldReference()}\n\n${guide.slice(end)}`;
  if (next === guide) {
    console.log(`${path.relative(root, GUIDE)}: the field reference is current.`);
  } else if (check) {
    console.error(`${path.relative(root, GUIDE)}: the field reference is not current; run \`node scripts/feed-guide.js\`.`);
    process.exit(1);
  } else {
    await writeFile(GUIDE, next);
    console.log(`wrote the field reference of ${path.relative(root, GUIDE)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await run();
