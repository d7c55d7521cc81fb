/**
 * A feed (parsed JSON, valid or not) as the sheets of a spreadsheet
 * (`sheet-layout.ts`): a header row, a row that explains each column, then a
 * row per record or item. Nothing is dropped that a reader could keep: a
 * value that would not read back the same from its column (a number where a
 * text belongs, an empty string), and every field the format does not know,
 * goes into a column headed by its key path with the value as JSON; a list
 * whose items cannot be rows stays whole in such a column. Records and items
 * that are not objects are left out (the validator drops them too, and says
 * so). Empty lists and objects are left out: they say nothing.
 */
import { isRecord, own } from '../../feed/checks.js';
import { RECORD_SPECS, ROOT_FIELDS, type CodeListName, type FieldSpec, type RecordListName } from '../feed-fields.js';
import { toRawCell, type CellValue } from './cell-values.js';
import { cellsFor, valueOfCells, type ColumnCells } from './column-cells.js';
import { rawHeader } from './headers.js';
import { sheetLayouts, type SheetLayout } from './sheet-layout.js';
import { codeChoices, languageHeader, languageHelp, LIST_SHEET, NO, parentHelp, RAW_HELP, YES } from './sheet-words.js';
import type { DropDown, Table } from './table.js';
import { comparable, feedLanguage, sameJson } from './text-cells.js';

/** Where a list of the record goes: a sheet of its own, or (when its items cannot be rows) a raw column. */
interface FoundList {
  readonly path: readonly string[];
  readonly value: unknown;
}

type DropDownList = CodeListName | 'boolean';

function dropDownOf(field: FieldSpec): DropDownList | undefined {
  if (field.kind === 'boolean') return 'boolean';
  return (field.kind === 'code' || field.kind === 'codes') && field.codes ? field.codes : undefined;
}

interface SheetColumn {
  readonly header: string;
  readonly help: string;
  readonly dropDown?: DropDownList;
}

/** Collects the rows of one sheet; columns appear as values need them. */
class SheetWriter {
  private readonly columns = new Map<string, SheetColumn>();
  /** The translation columns of each described column, in order of appearance. */
  private readonly languages: Array<Set<string>>;
  private readonly rows: Array<Map<string, CellValue>> = [];

  constructor(
    readonly layout: SheetLayout,
    private readonly lang: string,
  ) {
    if (layout.parent) this.columns.set('parent', { header: layout.parent.one.de, help: parentHelp(layout.parent) });
    layout.columns.forEach((c, i) => {
      const dropDown = dropDownOf(c.field);
      this.columns.set(`c${i}`, { header: c.header, help: c.help, ...(dropDown ? { dropDown } : {}) });
    });
    this.languages = layout.columns.map(() => new Set());
  }

  /** Adds a row for `value` (a record, an item, or a Text of a list of Texts); returns the lists it holds. */
  addRow(value: unknown, parent?: string): FoundList[] {
    const row = new Map<string, CellValue>();
    this.rows.push(row);
    if (parent !== undefined) row.set('parent', parent);
    if (this.layout.listField?.kind === 'text-list') {
      this.put(row, 0, value, []);
      return [];
    }
    if (!isRecord(value)) return [];
    this.layout.columns.forEach((column, i) => {
      const found = valueAt(value, column.path);
      if (found !== undefined) this.put(row, i, found, column.path);
    });
    const lists: FoundList[] = [];
    this.rest(row, value, this.fieldsOfRow(), [], lists);
    return lists;
  }

  /** Whether `value` would read back the same from described column `i`. */
  fits(i: number, value: unknown): ColumnCells | undefined {
    const column = this.layout.columns[i]!;
    const cells = cellsFor(column, value, this.lang);
    if (!cells) return undefined;
    const back = valueOfCells(column, cells.main, cells.languages, this.lang);
    return sameJson(comparable(back, this.lang), comparable(value, this.lang)) ? cells : undefined;
  }

  private put(row: Map<string, CellValue>, i: number, value: unknown, path: readonly string[]): void {
    const cells = this.fits(i, value);
    if (!cells) {
      this.raw(row, path, value, true);
      return;
    }
    if (cells.main !== undefined) row.set(`c${i}`, cells.main);
    for (const [tag, cell] of cells.languages) {
      this.languages[i]!.add(tag);
      row.set(`c${i}:${tag}`, cell);
    }
  }

  raw(row: Map<string, CellValue>, path: readonly string[], value: unknown, described: boolean): void {
    const header = rawHeader(path, this.layout, described);
    const key = `r:${header}`;
    if (!this.columns.has(key)) this.columns.set(key, { header, help: RAW_HELP });
    row.set(key, toRawCell(value));
  }

  /** Raw columns for what the described columns did not take; the lists found on the way. */
  private rest(row: Map<string, CellValue>, value: Record<string, unknown>, fields: readonly FieldSpec[], path: readonly string[], lists: FoundList[]): void {
    for (const key of Object.keys(value)) {
      const inner = value[key];
      const keys = [...path, key];
      const field = fields.find((f) => f.key === key);
      if (!field) this.raw(row, keys, inner, false);
      else if (field.kind === 'list' || field.kind === 'text-list') lists.push({ path: keys, value: inner });
      else if (field.fields && isRecord(inner)) this.rest(row, inner, field.fields, keys, lists);
      else if (field.fields) this.raw(row, keys, inner, true);
    }
  }

  private fieldsOfRow(): readonly FieldSpec[] {
    const { layout } = this;
    if (layout.kind === 'items') return layout.listField?.fields ?? [];
    if (layout.kind === 'records') return RECORD_SPECS.find((r) => r.list === layout.list)?.fields ?? [];
    return ROOT_FIELDS;
  }

  lastRow(): Map<string, CellValue> {
    return this.rows[this.rows.length - 1]!;
  }

  table(lists: readonly DropDownList[]): Table {
    const keys: string[] = [];
    const headers: string[] = [];
    const helps: string[] = [];
    const dropDowns: DropDown[] = [];
    const add = (key: string, column: SheetColumn): void => {
      if (column.dropDown) dropDowns.push({ column: keys.length, list: lists.indexOf(column.dropDown), count: listValues(column.dropDown).length });
      keys.push(key);
      headers.push(column.header);
      helps.push(column.help);
    };
    for (const [key, column] of this.columns) {
      if (key.startsWith('r:')) continue;
      add(key, column);
      const i = key.startsWith('c') ? Number(key.slice(1)) : -1;
      for (const tag of this.languages[i] ?? []) {
        add(`${key}:${tag}`, { header: languageHeader(column.header, tag), help: languageHelp(tag) });
      }
    }
    for (const [key, column] of this.columns) if (key.startsWith('r:')) add(key, column);
    const rows = this.rows.map((row) => keys.map((key) => row.get(key)));
    return { name: this.layout.name, rows: [headers, helps, ...rows], dropDowns };
  }
}

/** The value at `path` inside plain objects, or `undefined`. */
function valueAt(value: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = own(current, key);
  }
  return current;
}

function listValues(list: DropDownList): string[] {
  return list === 'boolean' ? [YES.de, NO.de] : codeChoices(list);
}

/** How item rows name their record: its id when that is unique and plain, else `#` and its row number among the records. */
function parentRefs(records: readonly Record<string, unknown>[]): string[] {
  const ids = records.map((r) => own(r, 'id'));
  return ids.map((id, i) => {
    const plain = typeof id === 'string' && id !== '' && id.trim() === id && !id.startsWith('#') && ids.indexOf(id) === i && ids.lastIndexOf(id) === i;
    return plain ? id : `#${i + 1}`;
  });
}

const isEmpty = (value: unknown): boolean => (Array.isArray(value) ? value.length === 0 : isRecord(value) && Object.keys(value).length === 0);

/** The sheets of a spreadsheet for `feed`, the hidden list sheet last. */
export function feedTables(feed: unknown): Table[] {
  const root = isRecord(feed) ? feed : {};
  const lang = feedLanguage(root);
  const writers = sheetLayouts().map((layout) => new SheetWriter(layout, lang));
  const writerFor = (list: RecordListName, path: readonly string[]): SheetWriter | undefined =>
    writers.find((w) => w.layout.kind === 'items' && w.layout.list === list && w.layout.itemPath?.join('.') === path.join('.'));

  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(root)) {
    const listed = RECORD_SPECS.some((r) => r.list === key) && Array.isArray(root[key]);
    if (!listed) Object.defineProperty(rest, key, { value: root[key], enumerable: true });
  }
  writers[0]!.addRow(rest);

  for (const spec of RECORD_SPECS) {
    const items = own(root, spec.list);
    if (!Array.isArray(items)) continue;
    const records = items.filter(isRecord);
    const refs = parentRefs(records);
    const writer = writers.find((w) => w.layout.kind === 'records' && w.layout.list === spec.list)!;
    records.forEach((record, i) => {
      const lists = writer.addRow(record);
      const row = writer.lastRow();
      for (const { path, value } of lists) {
        if (isEmpty(value)) continue;
        const items = writerFor(spec.list, path);
        const texts = items?.layout.listField?.kind === 'text-list';
        const asRows = items && Array.isArray(value) && value.every((item: unknown) => (texts ? items.fits(0, item) !== undefined : isRecord(item)));
        if (asRows) for (const item of value as unknown[]) items.addRow(item, refs[i]);
        else writer.raw(row, path, value, true);
      }
    });
  }

  const lists = [...new Set(writers.flatMap((w) => w.layout.columns.map((c) => dropDownOf(c.field)).filter((l): l is DropDownList => l !== undefined)))];
  const listRows = Math.max(...lists.map((l) => listValues(l).length));
  const listTable: Table = {
    name: LIST_SHEET.de,
    hidden: true,
    rows: Array.from({ length: listRows }, (_, r) => lists.map((l) => listValues(l)[r])),
  };
  return [...writers.map((w) => w.table(lists)), listTable];
}
