/**
 * Ids made from names, as the editor makes them: "Begegnungstreffpunkt
 * Seesen" → `begegnungstreffpunkt-seesen`, German umlauts written out
 * (`ü` → `ue`, `ß` → `ss`), other accents dropped, and unique in their list
 * (`treff`, `treff-2`). The result always passes the validator's id check
 * (`checkSlug` in src/feed/checks.ts).
 */
import { checkSlug } from '../feed/checks.js';
import { recordSpec, type RecordListName } from './feed-fields.js';

/** Letters that are written out, not just stripped of their accent. */
const SPELLED: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', œ: 'oe', ı: 'i', ł: 'l', đ: 'd', þ: 'th' };

/** The longest id the editor makes (the format allows 120 characters). */
const MAX_LENGTH = 60;

/** An id made from `name`, or `fallback` when the name has no letter a–z or digit (an Arabic name, an empty one). */
export function slugFromName(name: string, fallback: string): string {
  const spelled = name
    .toLocaleLowerCase('de')
    .replace(/[äöüßæøœıłđþ]/g, (c) => SPELLED[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = spelled.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) slug = slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_LENGTH);
  slug = slug.replace(/-+$/, '');
  return checkSlug(slug) ?? fallback;
}

/** `base`, or `base-2`, `base-3` … whichever is not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The id a record of `list` gets from `name` (from the record type's name when `name` has none), unique among `taken`. */
export function idFromName(list: RecordListName, name: string, taken: ReadonlySet<string>): string {
  return uniqueSlug(slugFromName(name, slugFromName(recordSpec(list).one.de, 'eintrag')), taken);
}
