// The shapes of the residents' messages, without Node APIs: shared by the
// table checker (check-table.js), the XLIFF reader and writer (xliff.js), the
// `translations` script and the review page (pages/review.html), which
// exports the same files in the browser.

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
 * for languages that word it otherwise (schedule-words.ts), as groups: the
 * message needs one placeholder of each group. A weekday's habitual form, or
 * a weekday's phrase in a monthly rule, may use the weekday's name (English:
 * '{day}') and needs none; one weekday comes both as its name `{day}` and as
 * its habitual form `{days}` ("по вторникам"); a range of days as habitual
 * forms `{first}`/`{last}` or as names `{firstDay}`/`{lastDay}` ("du lundi
 * au vendredi").
 */
export function alternatives(key) {
  if (key.startsWith('schedule.day.') || key.startsWith('schedule.nth.')) return { optional: ['day'], groups: [] };
  if (key === 'schedule.weekly.one') return { optional: [], groups: [['day', 'days']] };
  if (key === 'schedule.weekly.range' || key === 'schedule.days.range') {
    return {
      optional: [],
      groups: [
        ['first', 'firstDay'],
        ['last', 'lastDay'],
      ],
    };
  }
  return { optional: [], groups: [] };
}

/** A table as flat JSON: the source's key order, plural forms in CLDR order (what `translations -- export` writes and `import` reads). */
export function tableJson(table, source) {
  const out = {};
  for (const key of Object.keys(source)) {
    const message = table[key];
    if (message === undefined) continue;
    out[key] = typeof message === 'string' ? message : Object.fromEntries(PLURAL_ORDER.filter((f) => f in message).map((f) => [f, message[f]]));
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
