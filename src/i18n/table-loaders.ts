/**
 * Which table a language tag reads, and the loaders of the tables: each table
 * its own chunk. This module is itself a chunk, fetched (by load-messages.ts,
 * the only importer, with `import()`) when a page shows a language other than
 * German, so the script-tag entry carries neither the list nor the loaders.
 * It must name exactly the tables of languages.ts (a test checks it).
 */
import type { Messages } from './messages.js';
import { resolveTable } from './resolve-table.js';

const loaders: Readonly<Record<string, () => Promise<{ default: Messages }>>> = {
  'de-plain': () => import('./tables/de-plain.js'),
  en: () => import('./tables/en.js'),
  ar: () => import('./tables/ar.js'),
  fa: () => import('./tables/fa.js'),
  prs: () => import('./tables/prs.js'),
  ps: () => import('./tables/ps.js'),
  ur: () => import('./tables/ur.js'),
  ckb: () => import('./tables/ckb.js'),
  kmr: () => import('./tables/kmr.js'),
  ti: () => import('./tables/ti.js'),
  am: () => import('./tables/am.js'),
  so: () => import('./tables/so.js'),
  uk: () => import('./tables/uk.js'),
  ru: () => import('./tables/ru.js'),
  tr: () => import('./tables/tr.js'),
  pl: () => import('./tables/pl.js'),
  ro: () => import('./tables/ro.js'),
  bg: () => import('./tables/bg.js'),
  sq: () => import('./tables/sq.js'),
  sr: () => import('./tables/sr.js'),
  hr: () => import('./tables/hr.js'),
  bs: () => import('./tables/bs.js'),
  mk: () => import('./tables/mk.js'),
  ka: () => import('./tables/ka.js'),
  fr: () => import('./tables/fr.js'),
  es: () => import('./tables/es.js'),
  it: () => import('./tables/it.js'),
  pt: () => import('./tables/pt.js'),
  nl: () => import('./tables/nl.js'),
  el: () => import('./tables/el.js'),
  cs: () => import('./tables/cs.js'),
  sk: () => import('./tables/sk.js'),
  sl: () => import('./tables/sl.js'),
  hu: () => import('./tables/hu.js'),
  da: () => import('./tables/da.js'),
  sv: () => import('./tables/sv.js'),
  nb: () => import('./tables/nb.js'),
  fi: () => import('./tables/fi.js'),
  et: () => import('./tables/et.js'),
  lv: () => import('./tables/lv.js'),
  lt: () => import('./tables/lt.js'),
  vi: () => import('./tables/vi.js'),
  zh: () => import('./tables/zh.js'),
  hi: () => import('./tables/hi.js'),
};

/** The table a tag reads (see resolve-table.ts), or German (`de`) when none fits. */
export function tableFor(tag: string): string {
  return resolveTable(tag, (table) => table in loaders) ?? 'de';
}

/** The table of `tag`'s language and its tag; `undefined` for German. */
export async function loadTable(tag: string): Promise<{ lang: string; messages: Messages } | undefined> {
  const lang = tableFor(tag);
  const load = loaders[lang];
  return load && { lang, messages: (await load()).default };
}
