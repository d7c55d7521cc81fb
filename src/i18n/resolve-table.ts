/**
 * Which language a tag means among those the kit has: the one rule for the
 * table loaders (which table to read) and the language switch (which
 * language to offer), so both agree on `ar-SY`, `fa-AF` or `ku`.
 */

/** Tags that mean another language's table. */
const aliases: Readonly<Record<string, string>> = {
  'fa-af': 'prs',
  ku: 'kmr',
  'ku-latn': 'kmr',
  'ku-arab': 'ckb',
  no: 'nb',
  nn: 'nb',
  'sr-latn': 'sr',
  'de-x-ls': 'de-plain',
  'de-x-plain': 'de-plain',
};

/**
 * The language of `tag` that `known` accepts: the tag itself, then ever
 * shorter prefixes of it (`sr-Latn-RS` → `sr-latn` → `sr`), each through its
 * alias; lower case. `undefined` when none is known.
 */
export function resolveTable(tag: string, known: (tag: string) => boolean): string | undefined {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    const table = aliases[candidate] ?? candidate;
    if (known(table)) return table;
  }
  return undefined;
}
