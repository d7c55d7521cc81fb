#!/usr/bin/env node
// `npm run translations -- <command>`: the residents' texts for translators.
//
//   check [tag …]              every table (or the named ones) against the German source
//   export <dir> [tag …]       writes <tag>.json (flat JSON) and <tag>.xlf (XLIFF 2.0) per language, and de.json
//   import <file> [--lang tag] reads a translated .json or .xlf and rewrites src/i18n/tables/<tag>.ts
//   confirm <tag> <key …>      records that these keys of a table are translated from the German as it is now
//   status [--check]           rewrites the status table and the list of doubts in docs/translations.md
//                              (src/i18n/table-doubts.ts; --check: exit 1 when they are not current)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkTable, tablesByStaleKey } from './lib/check-table.js';
import { tableJson } from './lib/message-shapes.js';
import { importTs } from './lib/import-ts.js';
import { confirmKeys, loadHashes, loadLanguages, loadSource, loadTable, root, writeTable } from './lib/translation-tables.js';

const USAGE =
  'usage: npm run translations -- check [tag …] | export <dir> [tag …] | import <file.json|file.xlf> [--lang tag] | confirm <tag> <key …> | status [--check]';
const STATUS_FILE = path.join(root, 'docs/translations.md');
const STATUS_START = '<!-- status:start -->';
const STATUS_END = '<!-- status:end -->';
const DOUBTS_START = '<!-- doubts:start -->';
const DOUBTS_END = '<!-- doubts:end -->';
const STATUS_WORDS = {
  source: 'source',
  machine: 'machine-made (language model), not reviewed',
  reviewed: 'reviewed by a native speaker',
};

const [command, ...args] = process.argv.slice(2);

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function check(tags) {
  const source = await loadSource();
  const languages = await loadLanguages();
  const results = {};
  for (const tag of tags.length ? tags : languages.map((l) => l.tag).filter((t) => t !== 'de')) {
    const table = await loadTable(tag);
    const problems = table ? checkTable(tag, table, source, loadHashes(tag)) : ['no table (src/i18n/tables/' + tag + '.ts)'];
    results[tag] = problems;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${tag}${problems.map((p) => `\n       ${p}`).join('')}`);
  }
  const stale = tablesByStaleKey(results);
  if (stale.size) {
    console.log('\nGerman texts changed after these tables translated them (look at each):');
    for (const [key, list] of stale) console.log(`  ${key}: ${list.join(', ')}`);
  }
  const bad = Object.values(results).filter((p) => p.length).length;
  if (bad) fail(`${bad} table(s) with problems.`);
}

async function confirm(tag, keys) {
  const source = await loadSource();
  if (!tag || !keys.length) fail('usage: translations confirm <tag> <key …>');
  if (!(await loadTable(tag))) fail(`no table src/i18n/tables/${tag}.ts`);
  const unknown = keys.filter((key) => !(key in source));
  if (unknown.length) fail(`not keys of the German source: ${unknown.join(', ')}`);
  confirmKeys(tag, keys, source);
  console.log(`${tag}: ${keys.length} key(s) recorded as translated from the German as it is now`);
}

async function exportTables(dir, tags) {
  if (!dir) fail('usage: translations export <dir> [tag …]');
  const { writeXliff } = await import('./lib/xliff.js');
  const source = await loadSource();
  const languages = await loadLanguages();
  const unknown = tags.filter((t) => !languages.some((l) => l.tag === t));
  if (unknown.length) fail(`not in src/i18n/languages.ts: ${unknown.join(', ')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'de.json'), tableJson(source, source));
  console.log(`wrote ${path.join(dir, 'de.json')} (the German source)`);
  for (const language of languages) {
    const { tag } = language;
    if (tag === 'de' || (tags.length && !tags.includes(tag))) continue;
    const table = await loadTable(tag);
    if (!table) console.warn(`${tag}: no table yet; the XLIFF has the German source only`);
    writeFileSync(path.join(dir, `${tag}.json`), tableJson(table ?? {}, source));
    writeFileSync(path.join(dir, `${tag}.xlf`), writeXliff({ tag, language, source, table: table ?? {} }));
    console.log(`wrote ${path.join(dir, `${tag}.json`)}, ${tag}.xlf`);
  }
}

async function importFile(file, lang) {
  const text = readFileSync(file, 'utf8');
  const tag = lang ?? path.basename(file).replace(/\.(json|xlf|xliff)$/, '');
  const languages = await loadLanguages();
  const language = languages.find((l) => l.tag === tag);
  if (!language) fail(`${tag} is not in src/i18n/languages.ts: add it there first.`);
  if (tag === 'de') fail('de is the source (src/i18n/de/*.ts): edit it there.');
  const source = await loadSource();
  const messages = /\.(xlf|xliff)$/.test(file) ? (await import('./lib/xliff.js')).readXliff(text, source) : JSON.parse(text);
  const previous = await loadTable(tag);
  writeTable(tag, language, messages, source, previous);
  const problems = checkTable(tag, messages, source, loadHashes(tag));
  console.log(`wrote src/i18n/tables/${tag}.ts`);
  if (problems.length) fail(`but it has problems:\n  ${problems.join('\n  ')}`);
}

/** The Markdown status table of every language (docs/translations.md). */
async function statusTable() {
  const source = await loadSource();
  const languages = await loadLanguages();
  const total = Object.keys(source).length;
  const rows = ['| Tag | Name | English name | Keys translated | Status |', '| --- | --- | --- | --- | --- |'];
  for (const language of languages) {
    let keys;
    if (language.tag === 'de') keys = `${total} / ${total}`;
    else {
      const table = await loadTable(language.tag);
      if (!table) keys = `0 / ${total} (no table yet)`;
      else {
        const problems = checkTable(language.tag, table, source, loadHashes(language.tag));
        // A problem starts with its key: "card.units (few): empty".
        const bad = new Set(problems.map((p) => /^[^\s:]+/.exec(p)[0]).filter((key) => key in source));
        const translated = Object.keys(source).filter((key) => table[key] !== undefined && !bad.has(key)).length;
        keys = problems.length ? `${translated} / ${total} (${problems.length} problem${problems.length === 1 ? '' : 's'})` : `${total} / ${total}`;
      }
    }
    const cell = (text) => String(text).replace(/\|/g, '\\|');
    rows.push(`| \`${language.tag}\` | ${cell(language.name)} | ${cell(language.english)} | ${keys} | ${STATUS_WORDS[language.status] ?? language.status} |`);
  }
  return rows.join('\n');
}

/** The Markdown list of known doubts (docs/translations.md), from src/i18n/table-doubts.ts. */
async function doubtsList() {
  const { TABLE_DOUBTS } = await importTs('src/i18n/table-doubts.ts');
  const languages = await loadLanguages();
  const what = (d) => (d.word ? `strings with “${d.word}”` : d.keys.map((k) => `\`${k}\``).join(', '));
  const lines = [];
  for (const tag of ['*', ...languages.map((l) => l.tag)]) {
    const doubts = TABLE_DOUBTS[tag];
    if (!doubts?.length) continue;
    lines.push(`- **${tag === '*' ? 'every table' : `\`${tag}\``}**: ${doubts.map((d) => `${d.text.replace(/\.$/, '')} (${what(d)})`).join('; ')}.`);
  }
  return lines.join('\n');
}

/** `doc` with the text between two markers replaced by `text`. */
function replaceBlock(doc, start, end, text) {
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) fail(`docs/translations.md lacks the markers ${start} … ${end}`);
  return `${doc.slice(0, a + start.length)}\n${text}\n${doc.slice(b)}`;
}

async function status(checkOnly) {
  const doc = readFileSync(STATUS_FILE, 'utf8');
  let next = replaceBlock(doc, STATUS_START, STATUS_END, await statusTable());
  next = replaceBlock(next, DOUBTS_START, DOUBTS_END, await doubtsList());
  if (checkOnly) {
    if (next !== doc) fail('docs/translations.md: the status table or the list of doubts is not current; run `npm run translations -- status`.');
    console.log('docs/translations.md: the status table and the list of doubts are current.');
  } else if (next !== doc) {
    writeFileSync(STATUS_FILE, next);
    console.log('wrote the status table and the list of doubts of docs/translations.md');
  } else console.log('docs/translations.md: the status table and the list of doubts are current.');
}

switch (command) {
  case 'check':
    await check(args);
    break;
  case 'export':
    await exportTables(args[0], args.slice(1));
    break;
  case 'import': {
    const i = args.indexOf('--lang');
    const lang = i >= 0 ? args[i + 1] : undefined;
    const file = args.find((a, j) => !a.startsWith('--') && (i < 0 || j !== i + 1));
    if (!file) fail('usage: translations import <file.json|file.xlf> [--lang tag]');
    await importFile(file, lang);
    break;
  }
  case 'confirm':
    await confirm(args[0], args.slice(1));
    break;
  case 'status':
    await status(args.includes('--check'));
    break;
  default:
    fail(USAGE);
}
