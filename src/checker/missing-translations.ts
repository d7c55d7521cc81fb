/**
 * "Missing translations" for the feed checker (command line and page): a
 * text in a record that has translations in some languages while another
 * text of the same record lacks one of them. Only texts written as
 * translation objects (`{"de": …}`) are reported; a plain string is the feed
 * language by definition and counts towards the record's languages, but is
 * never "missing" anything. Which fields are texts comes from the format's
 * description, so a new text field is checked at once. Only the checker
 * loads this (and with it the description), never the widgets.
 */
import { checkLanguageTag, cleanString, isRecord, own, UNSAFE_KEYS } from '../feed/checks.js';
import { RECORD_SPECS, type FieldKind, type FieldSpec } from '../authoring/feed-fields.js';
import type { FeedWarning } from '../feed/types.js';

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

export interface MissingTranslation {
  readonly list: RecordList;
  readonly record: string;
  /** JSON location of the text, e.g. `['projects', 0, 'goals', 2]`. */
  readonly path: ReadonlyArray<string | number>;
  /** The field inside the record, e.g. `goals[2]`. */
  readonly field: string;
  /** Language tags the record has elsewhere but this text lacks. */
  readonly missing: readonly string[];
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

/** Every Text at `pattern` below `value`, with its path. */
function collect(value: unknown, pattern: readonly string[], path: Array<string | number>, out: FoundText[]): void {
  const [head, ...rest] = pattern;
  if (head === undefined) {
    if (typeof value === 'string' && value !== 'free') out.push({ path, languages: undefined });
    else if (isRecord(value)) out.push({ path, languages: languagesOf(value) });
    return;
  }
  if (head === '*') {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, rest, [...path, i], out));
  } else if (isRecord(value)) {
    collect(own(value, head), rest, [...path, head], out);
  }
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
export function findMissingTranslations(
  json: unknown,
  language: string,
  warnings: readonly FeedWarning[],
): MissingTranslation[] {
  const out: MissingTranslation[] = [];
  if (!isRecord(json)) return out;
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
      const all = new Set<string>();
      for (const t of texts) for (const tag of t.languages ?? [plain]) all.add(tag);
      for (const t of texts) {
        if (!t.languages || t.languages.size === 0) continue;
        const missing = [...all].filter((tag) => !t.languages!.has(tag));
        if (missing.length > 0) out.push({ list, record: id, path: t.path, field: fieldName(t.path.slice(2)), missing });
      }
    });
  }
  return out;
}
