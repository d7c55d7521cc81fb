#!/usr/bin/env node
// Writes docs/schedule-sentences.md: the schedule sentences of twelve
// languages for every rule kind (pages/review-schedules.ts), next to the
// German, for a reader to check. `--check` exits 1 when the file is not what
// the tables say now (the snapshot test, test/node/schedule-sentences.test.js).
//   npm run schedule-sentences [-- --check]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTs } from './lib/import-ts.js';
import { loadLanguages, loadSource, loadTable, root } from './lib/translation-tables.js';

/** The languages listed, German first. */
export const SENTENCE_LANGUAGES = ['de', 'en', 'ar', 'tr', 'uk', 'ru', 'pl', 'fr', 'it', 'el', 'vi', 'zh'];
export const SENTENCES_FILE = path.join(root, 'docs/schedule-sentences.md');

/** Bidi isolates and Intl's narrow/no-break spaces made plain, so the Markdown reads and diffs as text. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '').replace(/[\u202f\u00a0]/g, ' ');
const cell = (text) => plain(text).replace(/\|/g, '\\|');

/** The Markdown text of docs/schedule-sentences.md. */
export async function scheduleSentencesDoc() {
  const { scheduleSentences } = await importTs('pages/review-schedules.ts');
  const { translator } = await importTs('src/i18n/translate.ts');
  const languages = await loadLanguages();
  const sentences = async (tag) => scheduleSentences(translator(tag === 'de' ? await loadSource() : await loadTable(tag), tag, { table: tag }));
  const german = await sentences('de');
  const out = [
    '# Schedule sentences',
    '',
    '<!-- Written by `npm run schedule-sentences` from the tables; do not edit by hand. -->',
    '',
    'How the widgets word regular times (a schedule in words) in twelve languages,',
    'for every kind of rule, next to the German source: for a reader of each',
    'language to check. The rules are those of `pages/review-schedules.ts`; the',
    'review page (`review.html?lang=…`) shows the same sentences in every language.',
    'Bidi isolates are left out here; the widgets isolate inserted values in',
    'right-to-left languages. How to send corrections: [translations](translations.md#reviews).',
    '',
  ];
  for (const tag of SENTENCE_LANGUAGES) {
    const language = languages.find((l) => l.tag === tag);
    out.push(`## ${language.english} (\`${tag}\`)`, '');
    if (tag === 'de') {
      out.push('| Rule | German |', '| --- | --- |');
      for (const row of german) out.push(`| ${row.label} | ${cell(row.text)} |`);
    } else {
      const rows = await sentences(tag);
      out.push(`| Rule | German | ${language.english} |`, '| --- | --- | --- |');
      rows.forEach((row, i) => out.push(`| ${row.label} | ${cell(german[i].text)} | ${cell(row.text)} |`));
    }
    out.push('');
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const next = await scheduleSentencesDoc();
  let current = '';
  try {
    current = readFileSync(SENTENCES_FILE, 'utf8');
  } catch {
    // not written yet
  }
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/schedule-sentences.md is not current: run `npm run schedule-sentences` and read the changes.');
      process.exit(1);
    }
    console.log('docs/schedule-sentences.md is current.');
  } else {
    writeFileSync(SENTENCES_FILE, next);
    console.log('wrote docs/schedule-sentences.md');
  }
}
