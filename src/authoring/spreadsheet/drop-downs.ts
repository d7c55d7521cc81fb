/**
 * What SheetJS Community Edition does not write, added to its XLSX and ODS
 * output: drop-down lists (data validations) for the columns of codes, which
 * take their values from the hidden list sheet and let partners type other
 * values too (an English name, a code); in ODS the list sheet's hiding; in
 * XLSX the two header rows frozen while scrolling. The files are unzipped
 * and zipped again with fflate; the XML SheetJS writes is regular enough to
 * be edited as text.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Table } from './table.js';

/** Drop-downs reach this many rows below the data at least (and row 1000 at least). */
const SPARE_ROWS = 500;

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function lastRow(table: Table): number {
  return Math.max(1000, table.rows.length + SPARE_ROWS);
}

/** XLSX: `<dataValidations>` in each sheet's XML, before the elements the schema puts after it; frozen header rows. */
function finishXlsx(files: Record<string, Uint8Array>, tables: readonly Table[], listSheet: string): void {
  tables.forEach((table, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const file = files[name];
    if (!file) return;
    let xml = strFromU8(file);
    if (!table.hidden) {
      xml = xml.replace(
        '<sheetView workbookViewId="0"/>',
        '<sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView>',
      );
    }
    const dropDowns = table.dropDowns ?? [];
    if (dropDowns.length > 0) {
      const items = dropDowns.map((d) => {
        const col = columnLetter(d.column);
        const list = columnLetter(d.list);
        const source = `'${listSheet.replace(/'/g, "''")}'!$${list}$1:$${list}$${d.count}`;
        return `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${col}3:${col}${lastRow(table)}"><formula1>${escapeXml(source)}</formula1></dataValidation>`;
      });
      const block = `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
      const after = xml.indexOf('</sheetData>') + '</sheetData>'.length;
      const later =
        /<(?:hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/g;
      later.lastIndex = after;
      const at = later.exec(xml)?.index ?? xml.lastIndexOf('</worksheet>');
      xml = `${xml.slice(0, at)}${block}${xml.slice(at)}`; // (sources hold `$`: no replacement strings)
    }
    files[name] = strToU8(xml);
  });
}

const CELL = /<table:(?:covered-)?table-cell\b[^>]*?(?:\/>|>[\s\S]*?<\/table:(?:covered-)?table-cell>)/g;

/** A row with `validations` named on the cells of their columns (repeated cells before `width` spelt out one by one). */
function validatedRow(row: string, validations: ReadonlyMap<number, string>, width: number): string {
  const open = /^<table:table-row\b[^>]*>/.exec(row)?.[0] ?? '<table:table-row>';
  const cells: string[] = [];
  let column = 0;
  for (const cell of row.match(CELL) ?? []) {
    const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(cell)?.[1] ?? 1);
    const single = cell.replace(/\s*table:number-columns-repeated="\d+"/, '');
    const spelt = Math.max(0, Math.min(repeated, width - column));
    for (let i = 0; i < spelt; i++) cells.push(single);
    if (repeated > spelt)
      cells.push(single.replace(/^<table:(?:covered-)?table-cell\b/, (tag) => `${tag} table:number-columns-repeated="${repeated - spelt}"`));
    column += repeated;
  }
  for (; column < width; column++) cells.push('<table:table-cell/>');
  const marked = cells.map((cell, c) => {
    const name = c < width ? validations.get(c) : undefined;
    return name ? cell.replace(/^<table:(?:covered-)?table-cell\b/, (tag) => `${tag} table:content-validation-name="${name}"`) : cell;
  });
  return `${open}${marked.join('')}</table:table-row>`;
}

/** ODS: `<table:content-validations>`, the validation named on each cell of the columns, and the list sheet hidden. */
function finishOds(files: Record<string, Uint8Array>, tables: readonly Table[], listSheet: string): void {
  const content = files['content.xml'];
  if (!content) return;
  let xml = strFromU8(content);
  const definitions: string[] = [];
  tables.forEach((table) => {
    const start = xml.indexOf(`<table:table table:name="${escapeXml(table.name)}"`);
    if (start === -1) return;
    const end = xml.indexOf('</table:table>', start);
    let body = xml.slice(start, end);
    if (table.hidden) body = body.replace(/table:style-name="[^"]*"/, 'table:style-name="taHidden"');
    const dropDowns = table.dropDowns ?? [];
    if (dropDowns.length > 0) {
      const validations = new Map<number, string>();
      for (const d of dropDowns) {
        const name = `val${definitions.length + 1}`;
        const list = columnLetter(d.list);
        const source = `[$'${listSheet.replace(/'/g, "''")}'.$${list}$1:.$${list}$${d.count}]`;
        definitions.push(
          `<table:content-validation table:name="${name}" table:condition="${escapeXml(`of:cell-content-is-in-list(${source})`)}" table:allow-empty-cell="true" table:display-list="unsorted"><table:error-message table:display="false"/></table:content-validation>`,
        );
        validations.set(d.column, name);
      }
      const width = Math.max(...dropDowns.map((d) => d.column)) + 1;
      let row = 0;
      body = body.replace(/<table:table-row\b[^>]*>[\s\S]*?<\/table:table-row>/g, (whole) => (row++ < 2 ? whole : validatedRow(whole, validations, width)));
      const spare = lastRow(table) - Math.max(row, 2);
      if (spare > 0) body += validatedRow(`<table:table-row table:number-rows-repeated="${spare}"></table:table-row>`, validations, width);
    }
    xml = `${xml.slice(0, start)}${body}${xml.slice(end)}`;
  });
  // (Replacements as functions: the sources hold `$'`, which a replacement string would expand.)
  const validations = `<table:content-validations>${definitions.join('')}</table:content-validations>`;
  if (definitions.length > 0) xml = xml.replace('<office:spreadsheet>', (tag) => `${tag}${validations}`);
  xml = xml.replace(
    '</office:automatic-styles>',
    '<style:style style:name="taHidden" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style></office:automatic-styles>',
  );
  files['content.xml'] = strToU8(xml);
}

/** The file with drop-down lists for the tables' `dropDowns`, whose values are in the hidden table. */
export function addDropDowns(bytes: Uint8Array, format: 'xlsx' | 'ods', tables: readonly Table[]): Uint8Array {
  const files = unzipSync(bytes);
  const listSheet = tables.find((t) => t.hidden)?.name ?? '';
  if (format === 'xlsx') finishXlsx(files, tables, listSheet);
  else finishOds(files, tables, listSheet);
  // ODS: the `mimetype` entry first and stored, not compressed (ODF 1.2, part 3, 3.3).
  const zippable: Zippable = {};
  if (files['mimetype']) zippable['mimetype'] = [files['mimetype'], { level: 0 }];
  for (const [name, data] of Object.entries(files)) if (name !== 'mimetype') zippable[name] = data;
  return zipSync(zippable, { level: 6 });
}
