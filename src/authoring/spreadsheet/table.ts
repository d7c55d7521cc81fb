/**
 * A spreadsheet as the readers and writers of feeds see it, whatever the
 * file format: named sheets of rows of cells. The file formats (XLSX, ODS,
 * CSV) are turned into this and back in `workbook-file.ts`.
 */
import type { CellValue } from './cell-values.js';

/** A column that offers a drop-down list: its values are in column `list` of the list sheet, `count` of them. */
export interface DropDown {
  readonly column: number;
  readonly list: number;
  readonly count: number;
}

export interface Table {
  readonly name: string;
  /** From the sheet's first row; each from column A. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  /** The sheet is hidden (the drop-down lists' values). */
  readonly hidden?: boolean;
  /** Drop-down lists for the rows below the first two (headers and explanations). */
  readonly dropDowns?: readonly DropDown[];
}
