/**
 * How a feed is laid out as a spreadsheet, derived from the format's
 * description (`feed-fields.ts`) alone: a sheet "Feed" for the feed's own
 * fields, one sheet per record type (Projekte, Organisationen, Orte,
 * Angebote) with a row per record, and one sheet per nested list
 * (`FieldSpec.sheet`: Beteiligungen, Kontakte, Zeiten …) whose rows name
 * their record by its id in a first column. Objects are flattened into
 * columns ("Adresse: Straße und Hausnummer"). Headers are the German labels;
 * the reader also knows the English labels and the JSON keys.
 */
import { RECORD_SPECS, ROOT_FIELDS, type FieldKind, type FieldSpec, type RecordListName, type RecordSpec } from '../feed-fields.js';
import { columnHelp, FEED_SHEET, nestedHeader } from './sheet-words.js';

/** Kinds whose values are Texts: translations go in extra columns "Name (tr)". */
const TEXT_KINDS: ReadonlySet<FieldKind> = new Set(['text', 'text-list', 'number-or-text', 'cost']);

export function isTextKind(kind: FieldKind): boolean {
  return TEXT_KINDS.has(kind);
}

/** One described column: a field of the row's object, perhaps inside an object field. */
export interface Column {
  /** The keys from the row's object to the value (`[]` for the items of a list of Texts). */
  readonly path: readonly string[];
  readonly field: FieldSpec;
  readonly header: string;
  /** The names the reader accepts besides `header`: the English labels and the keys. */
  readonly otherHeaders: readonly string[];
  readonly help: string;
  /** A Text: translations in extra columns. */
  readonly text: boolean;
}

export interface SheetLayout {
  readonly name: string;
  /** The English name, which the reader accepts too. */
  readonly nameEn: string;
  /** `feed`: one row with the root's fields; `records`: a row per record; `items`: a row per item of a list in a record. */
  readonly kind: 'feed' | 'records' | 'items';
  readonly list?: RecordListName;
  /** For `items`: the keys from the record to the list (`['partners']`, `['schedule', 'rules']`). */
  readonly itemPath?: readonly string[];
  /** For `items`: the list's field. */
  readonly listField?: FieldSpec;
  /** For `items`: the record type the first column names. */
  readonly parent?: RecordSpec;
  readonly columns: readonly Column[];
}

interface Flattened {
  readonly columns: Column[];
  readonly lists: Array<{ readonly path: readonly string[]; readonly field: FieldSpec }>;
}

/** The columns of an object's fields, and the lists among them (which get sheets of their own). */
function flatten(fields: readonly FieldSpec[], path: readonly string[] = [], de = '', en = '', out: Flattened = { columns: [], lists: [] }): Flattened {
  for (const field of fields) {
    const keys = [...path, field.key];
    const header = de ? nestedHeader(de, field.label.de) : field.label.de;
    const headerEn = en ? nestedHeader(en, field.label.en) : field.label.en;
    if (field.kind === 'list' || field.kind === 'text-list') out.lists.push({ path: keys, field });
    else if (field.fields) flatten(field.fields, keys, header, headerEn, out);
    else {
      const text = isTextKind(field.kind);
      out.columns.push({ path: keys, field, header, otherHeaders: [headerEn, keys.join('.')], help: columnHelp(field, text), text });
    }
  }
  return out;
}

/** The column of a list of Texts' items (the goals). */
function textItemColumn(field: FieldSpec): Column {
  return { path: [], field, header: field.label.de, otherHeaders: [field.label.en, field.key], help: columnHelp(field, true), text: true };
}

function itemSheets(record: RecordSpec, lists: Flattened['lists']): SheetLayout[] {
  return lists.map(({ path, field }) => {
    if (!field.sheet) throw new Error(`the list ${path.join('.')} has no sheet`);
    const columns = field.kind === 'text-list' ? [textItemColumn(field)] : flatten(field.fields ?? []).columns;
    if (field.fields && flatten(field.fields).lists.length > 0) throw new Error(`a list inside ${field.sheet} has no sheet layout`);
    return { name: field.sheet, nameEn: field.label.en, kind: 'items', list: record.list, itemPath: path, listField: field, parent: record, columns };
  });
}

function layouts(): SheetLayout[] {
  const out: SheetLayout[] = [{ name: FEED_SHEET.de, nameEn: FEED_SHEET.en, kind: 'feed', columns: flatten(ROOT_FIELDS).columns }];
  const items: SheetLayout[] = [];
  for (const record of RECORD_SPECS) {
    const { columns, lists } = flatten(record.fields);
    out.push({ name: record.label.de, nameEn: record.label.en, kind: 'records', list: record.list, columns });
    items.push(...itemSheets(record, lists));
  }
  return [...out, ...items];
}

let cached: readonly SheetLayout[] | undefined;

/** Every sheet of a feed's spreadsheet, in order: Feed, the four record types, then the nested lists. */
export function sheetLayouts(): readonly SheetLayout[] {
  return (cached ??= layouts());
}
