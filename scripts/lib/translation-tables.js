// Reading and writing the translated string tables (src/i18n/tables/<tag>.ts)
// for `npm run translations` and the helpers around it. The German source is
// src/i18n/german-source.ts; its key order is the order of every table.
import { PLURAL_ORDER } from './check-table.js';
import { importTs, root } from './import-ts.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export { root };
export const tablesDir = path.join(root, 'src/i18n/tables');

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

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

function value(message) {
  if (typeof message === 'string') return quote(message);
  const forms = PLURAL_ORDER.filter((k) => k in message).map((k) => `${k}: ${quote(message[k])}`);
  return `{ ${forms.join(', ')} }`;
}

/**
 * Writes a table in the canonical form: the header, then every key of the
 * source in its order (keys the source does not have are dropped).
 */
export function writeTable(tag, language, messages, source) {
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
