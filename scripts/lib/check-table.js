// Checks one translated table against the German source: every key there and
// none more, no empty text, the placeholders the message is given, the plural
// forms of the language (`Intl.PluralRules`), and the calendar lists' lengths.
// Used by `npm run translations -- check` and test/node/translations.test.js.
// Besides, `staleKeys` finds the translations whose German source changed after
// they were written (each table records the German it translated: table-sources/).
import { createHash } from 'node:crypto';

// The shapes of messages (plural categories, placeholders, the schedule keys'
// alternatives) are in message-shapes.js, which the XLIFF writer and the
// review page share without Node's crypto; they are re-exported here.
import { alternatives, forms, placeholders, pluralCategories, PLURAL_ORDER } from './message-shapes.js';

export { alternatives, forms, placeholders, pluralCategories, PLURAL_ORDER };

/** The words of a stale-source problem, which `tablesByStaleKey` finds again. */
const STALE = 'the German source changed';

/** Digits, in any script: an ordinal in a weekday's phrase is a word ("1." is German, "1." for "last" is wrong everywhere). */
const DIGIT = /\p{Nd}/u;

/** Problems of a text that no placeholder check finds: ordinals of monthly rules written as numbers. */
function wordingProblems(lang, key, text) {
  if (key.startsWith('schedule.nth.') && lang.split('-')[0] !== 'de' && DIGIT.test(text)) {
    return [`${key}: write the ordinal as a word, not a number ("${text}")`];
  }
  return [];
}

/**
 * The problems of `table` (in `lang`) against `source`, as sentences; empty
 * when it is complete and sound.
 */
export function checkTable(lang, table, source, hashes = undefined) {
  const problems = [];
  if (hashes) {
    for (const key of staleKeys(table, hashes, source)) {
      problems.push(
        key in hashes
          ? `${key}: ${STALE} since this translation was written; check it, then \`npm run translations -- confirm ${lang} ${key}\``
          : `${key}: no record of the German it was translated from; check it, then \`npm run translations -- confirm ${lang} ${key}\``,
      );
    }
  }
  const categories = pluralCategories(lang);
  for (const key of Object.keys(source)) {
    const message = table[key];
    if (message === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const german = source[key];
    const germanForms = forms(german);
    const { optional, groups } = alternatives(key);
    const either = [...optional, ...groups.flat()];
    const allowed = new Set([...Object.values(germanForms).flatMap((t) => [...placeholders(t)]), ...either]);
    // Of alternatives, the German one may be replaced by another of its group (or left out, where optional).
    const required = [...placeholders(germanForms.other)].filter((p) => !either.includes(p));
    if (typeof german !== 'string') {
      if (typeof message === 'string') {
        problems.push(`${key}: must have plural forms (${categories.join(', ')})`);
        continue;
      }
      const missing = categories.filter((c) => !(c in message));
      const unused = Object.keys(message).filter((c) => !categories.includes(c));
      if (missing.length) problems.push(`${key}: plural forms missing: ${missing.join(', ')}`);
      if (unused.length) problems.push(`${key}: plural forms ${lang} does not have: ${unused.join(', ')}`);
    } else if (typeof message !== 'string') {
      problems.push(`${key}: must be a plain text, not plural forms`);
      continue;
    }
    for (const [form, text] of Object.entries(forms(message))) {
      const where = typeof message === 'string' ? key : `${key} (${form})`;
      if (typeof text !== 'string' || !text.trim()) {
        problems.push(`${where}: empty`);
        continue;
      }
      for (const p of placeholders(text)) if (!allowed.has(p)) problems.push(`${where}: unknown placeholder {${p}}`);
      if (form === 'other') {
        for (const p of required) if (!text.includes(`{${p}}`)) problems.push(`${where}: placeholder {${p}} missing`);
        for (const group of groups) if (!group.some((p) => text.includes(`{${p}}`))) problems.push(`${where}: needs {${group.join('} or {')}}`);
      }
      problems.push(...wordingProblems(lang, where, text));
    }
  }
  for (const key of Object.keys(table)) if (!(key in source)) problems.push(`${key}: not a key of the German source`);
  const count = (key, n) => {
    const text = table[key];
    if (typeof text === 'string' && text.split(/\s*[,،、፣]\s*/).filter(Boolean).length !== n) problems.push(`${key}: needs ${n} names separated by commas`);
  };
  count('calendar.weekdays', 7);
  count('calendar.months', 12);
  return problems;
}

/**
 * A short fingerprint of a German message (plural forms in PLURAL_ORDER), the
 * record of what a translation was made from: src/i18n/table-sources/<tag>.json.
 */
export function sourceHash(message) {
  const canonical = typeof message === 'string' ? message : PLURAL_ORDER.filter((f) => f in message).map((f) => `${f}=${message[f]}`);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

/**
 * The keys of a table whose German source is not the one it was translated
 * from: `hashes` is the table's record (key → `sourceHash` of the German at
 * the time), `source` the German now. A key without a record counts as
 * stale: nobody knows what it was translated from.
 */
export function staleKeys(table, hashes, source) {
  return Object.keys(source).filter((key) => table[key] !== undefined && hashes[key] !== sourceHash(source[key]));
}

/**
 * For a stale-source summary: each key whose German changed after some
 * table translated it, with those tables' tags. `problems` maps a tag to
 * its `checkTable` problems.
 */
export function tablesByStaleKey(problems) {
  const out = new Map();
  for (const [tag, list] of Object.entries(problems)) {
    for (const p of list) {
      const m = /^(\S+): the German source changed/.exec(p);
      if (m) out.set(m[1], [...(out.get(m[1]) ?? []), tag]);
    }
  }
  return out;
}
