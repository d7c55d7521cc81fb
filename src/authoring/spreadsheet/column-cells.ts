/**
 * A described column's value as its cells and back: the column's own cell,
 * and for a Text the cells of its translations ("Name (tr)"). The writer
 * uses both directions to see whether a value reads back the same from its
 * column; the reader uses the second.
 */
import { cellText, fromCell, toCell, type CellValue } from './cell-values.js';
import type { Column } from './sheet-layout.js';
import { textFromCells, textToCells } from './text-cells.js';

/** The cells of a described column's value: the column's own, and translations. */
export interface ColumnCells {
  readonly main?: CellValue;
  readonly languages: ReadonlyMap<string, CellValue>;
}

const NONE: ReadonlyMap<string, CellValue> = new Map();

/** The cells for `value` in a described column; `undefined` when it is no value of the column's kind. */
export function cellsFor(column: Column, value: unknown, lang: string): ColumnCells | undefined {
  const { field } = column;
  const plainText = column.text && !(typeof value === 'number' && field.kind === 'number-or-text') && !(value === 'free' && field.kind === 'cost');
  if (plainText) return textToCells(value, lang);
  const main = toCell(field, value);
  return main === undefined ? undefined : { main, languages: NONE };
}

/** What a described column's cells read back as. */
export function valueOfCells(column: Column, main: CellValue | undefined, languages: ReadonlyMap<string, CellValue | undefined>, lang: string): unknown {
  const translated = [...languages.values()].some((cell) => cellText(cell) !== '');
  return column.text && translated ? textFromCells(main, languages, lang) : fromCell(column.field, main);
}
