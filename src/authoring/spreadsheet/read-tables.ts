/**
 * The sheets of a spreadsheet (`table.ts`) back into a feed, with the cell
 * every value came from, so that the checker can say "Tabelle Angebote,
 * Zeile 7, Spalte Zeiten" instead of a line in a JSON text. Tolerant of what
 * partners do to a template: sheets and columns in another order, the
 * explanation row deleted, a title row above the headers, empty rows,
 * headers in English or as JSON keys, extra columns (kept as fields the
 * format does not know, which the checker then names), names where ids
 * belong (`names-for-ids.ts`). What it cannot read —
 * a sheet the format has no place for, a row that names no record or one
 * that does not exist, a column twice — is a `ReadProblem` at its place.
 */
import { isRecord } from '../../feed/checks.js';
import { byPosition, type Cell, type Located, type ReadFeed, type ReadProblem } from '../../checker/check.js';
import type { CellValue } from './cell-values.js';
import { cellText, fromRawCell } from './cell-values.js';
import { headerKey, knownHeaders, parentHeaders, rawPath, splitLanguageHeader } from './headers.js';
import { sheetLayouts, type Column, type SheetLayout } from './sheet-layout.js';
import { languageHelp, LIST_SHEET, parentHelp, RAW_HELP } from './sheet-words.js';
import type { Table } from './table.js';
import { feedLanguage } from './text-cells.js';
import { valueOfCells } from './column-cells.js';
import { giveIds, RecordFinder, resolveNamedReferences } from './names-for-ids.js';

export interface ReadSpreadsheet extends ReadFeed {
  /** The feed as read. */
  readonly json: unknown;
  readonly problems: readonly ReadProblem[];
}

type Path = ReadonlyArray<string | number>;

/** What a column of a sheet is, once its header is read. */
type ColumnRole =
  | { readonly role: 'parent' }
  | { readonly role: 'field'; readonly column: Column; readonly index: number }
  | { readonly role: 'language'; readonly column: Column; readonly index: number; readonly lang: string }
  | { readonly role: 'raw'; readonly path: readonly string[] };

interface SheetColumns {
  readonly header: number;
  readonly roles: ReadonlyArray<ColumnRole | undefined>;
  readonly headers: readonly string[];
}

/** A row read into an object, with its place. */
interface ReadRow {
  readonly value: unknown;
  readonly row: number;
  /** The parent column's text (sheets of items). */
  readonly parent?: string;
  /** Places of the paths inside `value`. */
  readonly cells: ReadonlyArray<readonly [Path, Cell]>;
}

/** Sets `value` at `path` inside `target`, making objects on the way; own properties only. */
function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      Object.defineProperty(current, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
    if (isRecord(next)) current = next;
    else {
      const made: Record<string, unknown> = {};
      Object.defineProperty(current, key, { value: made, enumerable: true, writable: true, configurable: true });
      current = made;
    }
  });
}

const isBlank = (cell: CellValue | undefined): boolean => cellText(cell) === '';

class SheetReader {
  readonly problems: ReadProblem[] = [];
  private found: SheetColumns | undefined;

  constructor(
    readonly table: Table,
    readonly sheetIndex: number,
    readonly layout: SheetLayout,
  ) {}

  cell(row: number, column?: number, header?: string): Cell {
    return {
      sheet: this.table.name,
      sheetIndex: this.sheetIndex,
      row: row + 1,
      ...(column !== undefined ? { column: header || columnLetter(column), columnIndex: column } : {}),
    };
  }

  columns(): SheetColumns {
    return (this.found ??= this.findColumns());
  }

  /** The header row: the first of the first ten rows with a header the sheet knows, else the first that is not empty. */
  private findColumns(): SheetColumns {
    const { rows } = this.table;
    const known = knownHeaders(this.layout);
    const parents = parentHeaders(this.layout).map(headerKey);
    const recognised = (cell: CellValue | undefined): boolean => known.has(headerKey(cellText(cell))) || parents.includes(headerKey(cellText(cell)));
    let header = rows.slice(0, 10).findIndex((row) => row.some(recognised));
    if (header === -1) header = rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
    if (header === -1) return { header: 0, roles: [], headers: [] };
    const headers = (rows[header] ?? []).map((cell) => cellText(cell));
    const seen = new Set<string>();
    const roles = headers.map((text, i): ColumnRole | undefined => {
      if (text === '') return undefined;
      const role = this.roleOf(text, known, parents);
      const key =
        role.role === 'parent'
          ? 'parent'
          : role.role === 'raw'
            ? `raw:${role.path.join('\u0000')}`
            : `${role.index}:${role.role === 'language' ? role.lang : ''}`;
      if (seen.has(key)) {
        this.problems.push({ code: 'duplicate-column', value: text, cell: this.cell(header, i, text) });
        return undefined;
      }
      seen.add(key);
      return role;
    });
    return { header, roles, headers };
  }

  private roleOf(text: string, known: ReadonlyMap<string, Column>, parents: readonly string[]): ColumnRole {
    const key = headerKey(text);
    if (parents.includes(key)) return { role: 'parent' };
    const column = known.get(key);
    if (column) return { role: 'field', column, index: this.layout.columns.indexOf(column) };
    const split = splitLanguageHeader(text);
    const base = split && known.get(headerKey(split.base));
    if (split && base?.text) return { role: 'language', column: base, index: this.layout.columns.indexOf(base), lang: split.lang };
    return { role: 'raw', path: rawPath(text) };
  }

  /** The explanation row a template has under the headers: most of its cells are the explanations. */
  private isHelpRow(row: ReadonlyArray<CellValue | undefined>, roles: SheetColumns['roles']): boolean {
    let filled = 0;
    let matching = 0;
    row.forEach((cell, i) => {
      const text = cellText(cell);
      if (text === '') return;
      filled += 1;
      const role = roles[i];
      const expected =
        role?.role === 'field'
          ? role.column.help
          : role?.role === 'language'
            ? languageHelp(role.lang)
            : role?.role === 'parent' && this.layout.parent
              ? parentHelp(this.layout.parent)
              : RAW_HELP;
      if (text === expected) matching += 1;
    });
    return filled > 0 && matching * 2 >= filled;
  }

  rows(lang: string): ReadRow[] {
    const { header, roles, headers } = this.columns();
    const out: ReadRow[] = [];
    const { rows } = this.table;
    let first = header + 1;
    if (rows[first] && this.isHelpRow(rows[first]!, roles)) first += 1;
    for (let r = first; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.every((cell, i) => roles[i] === undefined || isBlank(cell))) continue;
      out.push(this.readRow(row, r, roles, headers, lang));
    }
    return out;
  }

  private readRow(row: ReadonlyArray<CellValue | undefined>, r: number, roles: SheetColumns['roles'], headers: readonly string[], lang: string): ReadRow {
    const texts = this.layout.listField?.kind === 'text-list';
    const value: Record<string, unknown> = {};
    const cells: Array<readonly [Path, Cell]> = [];
    let parent: string | undefined;
    let item: unknown;
    const languages = new Map<number, Map<string, CellValue | undefined>>();
    const mains = new Map<number, { cell: CellValue | undefined; at: number }>();
    roles.forEach((role, i) => {
      if (!role) return;
      const cell = row[i];
      if (role.role === 'parent') parent = cellText(cell);
      else if (role.role === 'field') mains.set(role.index, { cell, at: i });
      else if (role.role === 'language') {
        if (!languages.has(role.index)) languages.set(role.index, new Map());
        languages.get(role.index)!.set(role.lang, cell);
        if (!isBlank(cell)) cells.push([[...role.column.path, role.lang], this.cell(r, i, headers[i])]);
      } else {
        const raw = fromRawCell(cell);
        if (raw === undefined) return;
        if (texts) item = raw;
        else setAt(value, role.path, raw);
        cells.push([role.path, this.cell(r, i, headers[i])]);
      }
    });
    for (const index of new Set([...mains.keys(), ...languages.keys()])) {
      const column = this.layout.columns[index]!;
      const main = mains.get(index);
      const read = valueOfCells(column, main?.cell, languages.get(index) ?? new Map(), lang);
      if (read === undefined) continue;
      if (texts) item = read;
      else setAt(value, column.path, read);
      const at = main && !isBlank(main.cell) ? main.at : undefined;
      if (at !== undefined) cells.unshift([column.path, this.cell(r, at, headers[at])]);
    }
    return { value: texts ? item : value, row: r, ...(parent !== undefined ? { parent } : {}), cells };
  }
}

/** `A`, `B`, … `AA` for a column without a header. */
function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function layoutFor(name: string): SheetLayout | undefined {
  const key = headerKey(name);
  return sheetLayouts().find(
    (l) => headerKey(l.name) === key || headerKey(l.nameEn) === key || (l.itemPath ? headerKey(l.itemPath.join('.')) : l.list) === key,
  );
}

/** Reads the sheets of a spreadsheet into a feed. */
export function readTables(tables: readonly Table[]): ReadSpreadsheet {
  const places = new Map<string, Cell>();
  const place = (path: Path, cell: Cell): void => {
    const key = JSON.stringify(path);
    if (!places.has(key)) places.set(key, cell);
  };
  const problems: ReadProblem[] = [];
  const readers: SheetReader[] = [];
  tables.forEach((table, i) => {
    if (headerKey(table.name) === headerKey(LIST_SHEET.de) || headerKey(table.name) === headerKey(LIST_SHEET.en)) return;
    const layout = layoutFor(table.name);
    if (layout) readers.push(new SheetReader(table, i, layout));
    else if (table.rows.some((row) => row.some((cell) => !isBlank(cell)))) {
      const known = sheetLayouts()
        .map((l) => l.name)
        .join(', ');
      problems.push({ code: 'unknown-sheet', value: known, cell: { sheet: table.name, sheetIndex: i, row: 1 } });
    }
  });

  const root: Record<string, unknown> = {};
  const feedReader = readers.find((r) => r.layout.kind === 'feed');
  const [feedRow] = feedReader?.rows('de') ?? [];
  if (feedRow && isRecord(feedRow.value)) {
    for (const key of Object.keys(feedRow.value)) setAt(root, [key], feedRow.value[key]);
    for (const [path, cell] of feedRow.cells) place(path, cell);
  }
  if (!Object.prototype.hasOwnProperty.call(root, 'version')) root['version'] = '1';
  const lang = feedLanguage(root);

  for (const reader of readers.filter((r) => r.layout.kind === 'records')) {
    const list = reader.layout.list!;
    const rows = reader.rows(lang);
    if (rows.length === 0) continue;
    place([list], reader.cell(reader.columns().header));
    root[list] = rows.map((row, i) => {
      place([list, i], reader.cell(row.row));
      for (const [path, cell] of row.cells) place([list, i, ...path], cell);
      return row.value;
    });
  }

  giveIds(root, lang);
  const finder = new RecordFinder(root, lang);
  for (const reader of readers.filter((r) => r.layout.kind === 'items')) {
    const { list, itemPath } = reader.layout as Required<Pick<SheetLayout, 'list' | 'itemPath'>> & SheetLayout;
    const records = Array.isArray(root[list]) ? (root[list] as unknown[]) : [];
    const parentColumn = reader.columns().roles.findIndex((role) => role?.role === 'parent');
    for (const row of reader.rows(lang)) {
      const ref = row.parent ?? '';
      const position = /^#(\d+)$/.exec(ref);
      const index = position ? Number(position[1]) - 1 : finder.indexOf(list, ref);
      const where = reader.cell(row.row, parentColumn === -1 ? undefined : parentColumn, reader.layout.parent?.one.de);
      if (ref === '') reader.problems.push({ code: 'no-parent', cell: where });
      else if (index === undefined || !isRecord(records[index])) reader.problems.push({ code: 'unknown-parent', value: ref, cell: where });
      if (ref === '' || index === undefined || !isRecord(records[index])) continue;
      const record = records[index] as Record<string, unknown>;
      let target: unknown = record;
      for (const key of itemPath.slice(0, -1)) {
        if (!isRecord(target)) break;
        if (!isRecord(target[key])) setAt(target, [key], {});
        target = target[key];
      }
      if (!isRecord(target)) continue;
      const key = itemPath[itemPath.length - 1]!;
      if (!Array.isArray(target[key])) setAt(target, [key], []);
      const items = target[key] as unknown[];
      const base: Path = [list, index, ...itemPath];
      place(base, reader.cell(row.row));
      place([...base, items.length], reader.cell(row.row));
      for (const [path, cell] of row.cells) place([...base, items.length, ...path], cell);
      items.push(row.value);
    }
  }

  resolveNamedReferences(root, lang);
  for (const reader of readers) problems.push(...reader.problems);
  problems.sort(byPosition);
  return {
    json: root,
    text: '',
    problems,
    at(path): Located {
      for (let n = path.length; n >= 0; n--) {
        const cell = places.get(JSON.stringify(path.slice(0, n)));
        if (cell) return { cell };
      }
      return {};
    },
  };
}
