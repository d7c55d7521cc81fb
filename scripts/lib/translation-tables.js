// Reading and writing the translated string tables (src/i18n/tables/<tag>.ts)
// for `npm run translations` and the helpers around it. The German source is
// src/i18n/german-source.ts; its key order is the order of every table.
import { PLURAL_ORDER, sourceHash } from './check-table.js';
import { importTs, root } from './import-ts.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export { root };
export const tablesDir = path.join(root, 'src/i18n/tables');
/** What each table was translated from: `<tag>.json`, key → `sourceHash` of the German message. */
export const sourcesDir = path.join(root, 'src/i18n/table-sources');

/** The German source table: every key, in order. */
export async function loadSource() {
  return (await importTs('src/i18n/german-source.ts')).germanSource;
}

/** The languages with a table (src/i18n/languages.ts). */
export async function loadLanguages() {
  return (await importTs('src/i18n/languages.ts')).LANGUAGES;
}

/** One language's table, or `undefined` when it has none yet. */
export async function loadTable(tag) {
  try {
    readFileSync(path.join(tablesDir, `${tag}.ts`));
  } catch {
    return undefined;
  }
  return (await importTs(`src/i18n/tables/${tag}.ts`)).default;
}

/** A table's record of the German it was translated from (key → hash); `{}` when there is none. */
export function loadHashes(tag) {
  try {
    return JSON.parse(readFileSync(path.join(sourcesDir, `${tag}.json`), 'utf8'));
  } catch {
    return {};
  }
}

/** Writes a table's record, in the source's key order. */
export function writeHashes(tag, hashes, source) {
  const ordered = Object.fromEntries(Object.keys(source).filter((key) => key in hashes).map((key) => [key, hashes[key]]));
  writeFileSync(path.join(sourcesDir, `${tag}.json`), `${JSON.stringify(ordered, null, 2)}\n`);
}

/**
 * Records that the translations of `keys` in table `tag` are made from the
 * German source as it is now (`npm run translations -- confirm`).
 */
export function confirmKeys(tag, keys, source) {
  const hashes = loadHashes(tag);
  for (const key of keys) if (key in source) hashes[key] = sourceHash(source[key]);
  writeHashes(tag, hashes, source);
}

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

function value(message) {
  if (typeof message === 'string') return quote(message);
  const forms = PLURAL_ORDER.filter((k) => k in message).map((k) => `${k}: ${quote(message[k])}`);
  return `{ ${forms.join(', ')} }`;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a table in the canonical form: the header, then every key of the
 * source in its order (keys the source does not have are dropped). A message
 * that is new or changed is recorded as translated from the German as it is
 * now; an unchanged one keeps its record, so an import cannot hide that its
 * German source changed.
 */
export function writeTable(tag, language, messages, source, previous = undefined) {
  const hashes = loadHashes(tag);
  for (const key of Object.keys(source)) {
    if (messages[key] === undefined) delete hashes[key];
    else if (!previous || !same(previous[key], messages[key])) hashes[key] = sourceHash(source[key]);
  }
  writeHashes(tag, hashes, source);
  const lines = Object.keys(source)
    .filter((key) => messages[key] !== undefined)
    .map((key) => `  ${quote(key)}: ${value(messages[key])},`);
  const text = `/**
 * ${language.english} (${language.name}): the residents' texts. Status:
 * ${language.status}; see docs/translations.md. Edit here, or translate the
 * exported file and import it (\`npm run translations\`).
 */
import type { Messages } from '../messages.js';

const messages: Messages = {
${lines.join('\n')}
};

export default messages;
`;
  writeFileSync(path.join(tablesDir, `${tag}.ts`), text);
}
