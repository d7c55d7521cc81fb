/**
 * "Missing translations" for the feed checker (command line and page): a
 * text in a record that has translations in some languages while another
 * text of the same record lacks one of them. Only texts written as
 * translation objects (`{"de": …}`) are reported; a plain string is the feed
 * language by definition and counts towards the record's languages, but is
 * never "missing" anything. Which fields are texts comes from the format's
 * description, so a new text field is checked at once. Only the checker
 * loads this (and with it the description), never the widgets.
 *
 * Reported per record and language, not per text and language: a record
 * whose n texts are each in another language gives n entries (each naming
 * the first few texts that lack its language and counting the rest), never
 * n × (n − 1); the work is linear in the feed's size too. At most
 * `MISSING_TRANSLATIONS_LISTED` entries are listed; the rest are counted.
 */
import { checkLanguageTag, cleanString, isRecord, own, UNSAFE_KEYS } from '../feed/checks.js';
import { RECORD_SPECS, type FieldKind, type FieldSpec } from '../authoring/feed-fields.js';
import type { FeedWarning } from '../feed/types.js';
import { LIMITS } from '../feed/limits.js';

export type RecordList = 'projects' | 'organizations' | 'places' | 'offers';
export const RECORD_LISTS: readonly RecordList[] = ['projects', 'organizations', 'places', 'offers'];

/** Kinds of field that hold a Text (a cost may also be `"free"`, a fact's value a number). */
const TEXT_KINDS: ReadonlySet<FieldKind> = new Set(['text', 'number-or-text', 'cost']);

/** The paths of the Texts among `fields` (`*` = every item of a list): `name`, `quarter.name`, `goals.*`, `facts.*.label`. */
function textPaths(fields: readonly FieldSpec[], prefix: readonly string[] = []): string[][] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.key];
    if (TEXT_KINDS.has(field.kind)) return [path];
    if (field.kind === 'text-list') return [[...path, '*']];
    if (field.kind === 'object') return textPaths(field.fields ?? [], path);
    if (field.kind === 'list') return textPaths(field.fields ?? [], [...path, '*']);
    return [];
  });
}

/** Where the Texts are in each record type, from the format's description (`src/authoring/feed-fields.ts`). */
const TEXT_FIELDS = new Map(RECORD_SPECS.map((spec) => [spec.list, textPaths(spec.fields)]));

/** Texts named per missing language; the others are counted. */
export const FIELDS_NAMED = 5;

/** Missing translations listed per feed; the others are counted. */
export const MISSING_TRANSLATIONS_LISTED = 1_000;

/** A language the record has in some texts but not in others. */
export interface MissingTranslation {
  readonly list: RecordList;
  readonly record: string;
  /** The language tag the texts lack. */
  readonly language: string;
  /** JSON location of the first text that lacks it, e.g. `['projects', 0, 'goals', 2]`. */
  readonly path: ReadonlyArray<string | number>;
  /** JSON locations of the first texts that lack it (at most `FIELDS_NAMED`). */
  readonly paths: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Those texts' fields inside the record, e.g. `goals[2]`. */
  readonly fields: readonly string[];
  /** How many texts of the record lack it (`fields` names the first). */
  readonly count: number;
}

/** The missing translations listed, and how many more there are. */
export interface MissingTranslations {
  readonly found: MissingTranslation[];
  readonly more: number;
}

interface FoundText {
  readonly path: Array<string | number>;
  /** `undefined` for a plain string. */
  readonly languages: ReadonlySet<string> | undefined;
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag.toLowerCase();
  }
}

/** The valid, non-empty translations of a Text object. */
function languagesOf(text: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(text)) {
    if (UNSAFE_KEYS.has(key) || checkLanguageTag(key) === undefined) continue;
    if (cleanString(text[key]) !== undefined) out.add(canonical(key));
  }
  return out;
}

/** Entries of a list inside a record looked at: as many as the validator reads of its longest such list (partners). */
const NESTED_MAX = Math.max(LIMITS.list, LIMITS.partners, LIMITS.dates);

/** Every Text at `pattern` below `value`, with its path. */
function collect(value: unknown, pattern: readonly string[], path: Array<string | number>, out: FoundText[]): void {
  const [head, ...rest] = pattern;
  if (head === undefined) {
    if (typeof value === 'string' && value !== 'free') out.push({ path, languages: undefined });
    else if (isRecord(value)) out.push({ path, languages: languagesOf(value) });
    return;
  }
  if (head === '*') {
    if (!Array.isArray(value)) return;
    // Not beyond what the validator reads of any such list: the rest is never shown (a million goals, one warning).
    const n = Math.min(value.length, NESTED_MAX);
    for (let i = 0; i < n; i++) collect(value[i], rest, [...path, i], out);
  } else if (isRecord(value)) {
    collect(own(value, head), rest, [...path, head], out);
  }
}

/** The fields of a missing translation, for a sentence: `summary, goals[2] (+3)` (the first named, the rest counted). */
export function fieldList(m: MissingTranslation): string {
  const rest = m.count - m.fields.length;
  return `${m.fields.join(', ')}${rest > 0 ? ` (+${rest})` : ''}`;
}

/** A path inside a record (or the root) as warnings name fields: `partners[2].organization`. */
export function fieldName(inner: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of inner) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/**
 * Missing translations in the records of the parsed feed `json` that
 * validation kept; records it dropped (a `record` warning) are left out, they
 * have warnings of their own. `language` is the feed's default language.
 */
export function findMissingTranslations(json: unknown, language: string, warnings: readonly FeedWarning[]): MissingTranslations {
  const out: MissingTranslation[] = [];
  let more = 0;
  if (!isRecord(json)) return { found: out, more };
  const plain = canonical(language);
  for (const list of RECORD_LISTS) {
    const raw = own(json, list);
    if (!Array.isArray(raw)) continue;
    const dropped = new Set(warnings.filter((w) => w.dropped === 'record' && w.path[0] === list).map((w) => w.path[1]));
    raw.forEach((record: unknown, index) => {
      if (!isRecord(record) || dropped.has(index)) return;
      const id = own(record, 'id');
      if (typeof id !== 'string') return;
      const texts: FoundText[] = [];
      for (const pattern of TEXT_FIELDS.get(list) ?? []) collect(record, pattern, [list, index], texts);
      // Only texts written as translations can lack one; how many of them have each language.
      const translated = texts.filter((t) => t.languages && t.languages.size > 0);
      const having = new Map<string, number>();
      for (const t of texts) for (const tag of t.languages ?? [plain]) having.set(tag, (having.get(tag) ?? 0) + (t.languages ? 1 : 0));
      for (const [tag, has] of having) {
        const count = translated.length - has;
        if (count <= 0) continue;
        if (out.length >= MISSING_TRANSLATIONS_LISTED) {
          more++;
          continue;
        }
        // The first texts without it: found after at most FIELDS_NAMED + `has` steps, so linear over all languages.
        const paths: Array<Array<string | number>> = [];
        for (const t of translated) {
          if (t.languages!.has(tag)) continue;
          paths.push(t.path);
          if (paths.length === FIELDS_NAMED) break;
        }
        out.push({ list, record: id, language: tag, path: paths[0]!, paths, fields: paths.map((p) => fieldName(p.slice(2))), count });
      }
    });
  }
  return { found: out, more };
}
