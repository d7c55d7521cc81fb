// Checks one translated table against the German source: every key there and
// none more, no empty text, the placeholders the message is given, the plural
// forms of the language (`Intl.PluralRules`), and the calendar lists' lengths.
// Used by `npm run translations -- check` and test/node/translations.test.js.

// The rules below are shared with the XLIFF writer (xliff.js) and the table writer (translation-tables.js).

/** CLDR's plural categories, in the order tables and XLIFF list them. */
export const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural categories of a language, in PLURAL_ORDER (`de-plain` resolves to German's). */
export function pluralCategories(tag) {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  return PLURAL_ORDER.filter((c) => categories.includes(c));
}

const PLACEHOLDER = /\{(\w+)\}/g;
/** The placeholder names in a text (`{url}` → `url`). */
export const placeholders = (text) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
/** A message's forms: a plain text is its `other` form. */
export const forms = (message) => (typeof message === 'string' ? { other: message } : message);

/**
 * Placeholders the code gives a message besides those its German text uses,
 * for languages that word it otherwise (schedule-words.ts): a weekday's
 * habitual form may be the weekday's name (English: '{day}'); one weekday, or
 * a monthly rule's weekdays, come both as names `{day}` and as habitual forms
 * `{days}` ("по вторникам").
 */
export function alternatives(key) {
  if (key.startsWith('schedule.day.')) return ['day'];
  if (key === 'schedule.weekly.one' || key.startsWith('schedule.monthly.')) return ['day', 'days'];
  return [];
}

/**
 * The problems of `table` (in `lang`) against `source`, as sentences; empty
 * when it is complete and sound.
 */
export function checkTable(lang, table, source) {
  const problems = [];
  const categories = pluralCategories(lang);
  for (const key of Object.keys(source)) {
    const message = table[key];
    if (message === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const german = source[key];
    const germanForms = forms(german);
    const either = alternatives(key);
    const allowed = new Set([...Object.values(germanForms).flatMap((t) => [...placeholders(t)]), ...either]);
    // Of alternatives, the German one may be replaced by another (but `schedule.day.*` needs none).
    const required = [...placeholders(germanForms.other)].filter((p) => !either.includes(p));
    const needsOneOf = key.startsWith('schedule.day.') ? [] : either;
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
        if (needsOneOf.length && !needsOneOf.some((p) => text.includes(`{${p}}`))) problems.push(`${where}: needs {${needsOneOf.join('} or {')}}`);
      }
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
