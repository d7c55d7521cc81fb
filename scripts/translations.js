#!/usr/bin/env node
// `npm run translations -- <command>`: the residents' texts for translators.
//
//   check [tag …]             every table (or the named ones) against the German source
//   export <dir> [tag …]      writes <tag>.json (flat JSON) and <tag>.xlf (XLIFF 2.0) per language
//   import <file> [--lang tag] reads a translated .json or .xlf and rewrites src/i18n/tables/<tag>.ts
//   status                    rewrites the status table in docs/translations.md
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkTable } from './lib/check-table.js';
import { loadLanguages, loadSource, loadTable, writeTable } from './lib/translation-tables.js';

const [command, ...args] = process.argv.slice(2);

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function check(tags) {
  const source = await loadSource();
  const languages = await loadLanguages();
  let bad = 0;
  for (const tag of tags.length ? tags : languages.map((l) => l.tag).filter((t) => t !== 'de')) {
    const table = await loadTable(tag);
    const problems = table ? checkTable(tag, table, source) : ['no table (src/i18n/tables/' + tag + '.ts)'];
    if (problems.length) bad++;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${tag}${problems.map((p) => `\n       ${p}`).join('')}`);
  }
  if (bad) fail(`${bad} table(s) with problems.`);
}

async function importFile(file, lang) {
  const text = readFileSync(file, 'utf8');
  const tag = lang ?? path.basename(file).replace(/\.(json|xlf|xliff)$/, '');
  const languages = await loadLanguages();
  const language = languages.find((l) => l.tag === tag);
  if (!language) fail(`${tag} is not in src/i18n/languages.ts: add it there first.`);
  const source = await loadSource();
  const messages = /\.xliff?$/.test(file) ? (await import('./lib/xliff.js')).readXliff(text) : JSON.parse(text);
  const problems = checkTable(tag, messages, source);
  writeTable(tag, language, messages, source);
  console.log(`wrote src/i18n/tables/${tag}.ts`);
  if (problems.length) fail(`but it has problems:\n  ${problems.join('\n  ')}`);
}

switch (command) {
  case 'check':
    await check(args);
    break;
  case 'import': {
    const i = args.indexOf('--lang');
    const lang = i >= 0 ? args[i + 1] : undefined;
    const file = args.find((a, j) => !a.startsWith('--') && (i < 0 || j !== i + 1));
    if (!file) fail('usage: translations import <file.json|file.xlf> [--lang tag]');
    await importFile(file, lang);
    break;
  }
  default:
    fail('usage: npm run translations -- check [tag …] | export <dir> [tag …] | import <file> [--lang tag] | status');
}
