/**
 * Text as searches compare it, the same in every element that has a search
 * (the map's list, the agenda, the directory).
 */

/** Lower case without diacritics (so "Café" finds "cafe" and vowel marks do not hide Arabic words). */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** The words of a search, as `searchable` text; empty for an empty search. */
export const searchWords = (query: string): string[] => searchable(query).split(/\s+/).filter(Boolean);
