/**
 * Search, filters, order and pages over a directory's rows. The searchable
 * text of each row (every language of its names and summary, its quarter,
 * places and partners; lower case, without diacritics) is made once, on the
 * first search, and kept with the rows. No DOM, no Lit.
 */
import { pickText } from '../feed/text.js';
import type { Text } from '../feed/types.js';
import { searchable } from '../elements/shared/search-text.js';
import type { DirectoryQuery } from './directory-query.js';
import { statusOf, type DirectoryRow } from './directory-row.js';

/** Rows per page. */
export const PAGE_SIZE = 20;

/** The rows of a directory and what is made from them once. */
export interface DirectoryRows {
  readonly rows: readonly DirectoryRow[];
  /** Searchable text per row, made on the first search. */
  texts?: Map<DirectoryRow, string>;
  /** Rows sorted by name in a language, made when first asked. */
  readonly byName: Map<string, readonly DirectoryRow[]>;
}

export function directoryRows(rows: readonly DirectoryRow[]): DirectoryRows {
  return { rows, byName: new Map() };
}

/** Lower case without diacritics, and ß as ss: "Strasse" finds "Straße", "paritatisch" finds "Paritätisch". */
function fold(text: string): string {
  return searchable(text).replace(/ß/g, 'ss');
}

function allOf(text: Text | undefined): string {
  return text ? Object.values(text).join(' ') : '';
}

function textOf(row: DirectoryRow): string {
  return fold(
    [allOf(row.name), allOf(row.shortName), allOf(row.quarter), row.municipality, row.district, row.state, row.partners.join(' '), allOf(row.summary)].join(
      ' ',
    ),
  );
}

/** Makes the searchable texts ahead of the first search (the directory asks when the page is idle). */
export function prepareSearch(data: DirectoryRows): void {
  data.texts ??= new Map(data.rows.map((row) => [row, textOf(row)]));
}

/** The name a reader sees: in their language, else the first there is. */
export function nameOf(row: DirectoryRow, lang: string): string {
  return pickText(row.name, lang, Object.keys(row.name)[0] ?? 'de')?.text ?? '';
}

function sortedByName(data: DirectoryRows, lang: string): readonly DirectoryRow[] {
  let sorted = data.byName.get(lang);
  if (!sorted) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const keyed = data.rows.map((row) => [nameOf(row, lang), row] as const);
    keyed.sort((a, b) => collator.compare(a[0], b[0]));
    sorted = keyed.map(([, row]) => row);
    data.byName.set(lang, sorted);
  }
  return sorted;
}

/** Newest first; rows without the date last, in name order. */
function byDate(rows: readonly DirectoryRow[], key: 'start' | 'modified'): DirectoryRow[] {
  return [...rows].sort((a, b) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    return x === y ? 0 : x < y ? 1 : -1;
  });
}

export interface DirectoryResults {
  /** Every row that matches, in order. */
  readonly matches: readonly DirectoryRow[];
  /** The rows of the page asked for (the last page when it asked beyond). */
  readonly rows: readonly DirectoryRow[];
  readonly page: number;
  readonly pages: number;
}

/** The rows the query leaves, in its order, and the page it asks for. `today` is `YYYY-MM-DD`, for the status. */
export function searchRows(data: DirectoryRows, query: DirectoryQuery, lang: string, today: string): DirectoryResults {
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  if (words.length) prepareSearch(data);
  const texts = data.texts;
  const ordered = sortedByName(data, lang);
  const matches = ordered.filter((row) => {
    if (query.field && !row.fields.includes(query.field)) return false;
    if (query.partner && !row.partnerTypes.includes(query.partner)) return false;
    if (query.offer && !row.categories.includes(query.offer)) return false;
    if (query.place && row.municipality !== query.place && row.district !== query.place) return false;
    if (query.status && statusOf(row, today) !== query.status) return false;
    if (words.length) {
      const text = texts!.get(row)!;
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  const sorted = query.sort === 'name' ? matches : byDate(matches, query.sort);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return { matches: sorted, rows: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pages };
}

/** The municipalities and districts the rows name, each sorted, for the place filter. */
export function placesOf(rows: readonly DirectoryRow[], lang: string): { municipalities: string[]; districts: string[] } {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const municipalities = new Set<string>();
  const districts = new Set<string>();
  for (const row of rows) {
    if (row.municipality) municipalities.add(row.municipality);
    if (row.district) districts.add(row.district);
  }
  return { municipalities: [...municipalities].sort(collator.compare), districts: [...districts].sort(collator.compare) };
}
