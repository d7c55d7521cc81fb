import type { Message } from '../format.js';
import type { AuthoringKey } from '../de/authoring.js';

/** English texts for the tools partners use to write feeds (see `de/authoring.ts`). */
export const enAuthoring: Readonly<Record<AuthoringKey, Message>> = {
  'hint.spelling': '{where}: the field “{field}” is spelt differently from the format, so the widgets skip it. It is “{suggestion}” ({label}).',
  'hint.alias': '{where}: the format has no field “{field}”, so the widgets skip it. Probably “{suggestion}” ({label}) is meant.',
  'hint.wrong-level': '{where}: the field “{field}” is in the wrong place, so the widgets skip it. It belongs in “{suggestion}” ({label}).',
  'hint.typo': '{where}: the format has no field “{field}”, so the widgets skip it. Did you mean “{suggestion}” ({label})?',
  'hint.unknown': '{where}: the format has no field “{field}”; the widgets skip it.',
  'hint.value': 'There with {label} “{value}” ({code}).',
  'code.meant': 'Probably “{code}” ({label}) is meant.',
  'read.unknown-sheet': 'The feed format has no such sheet; its rows are not read. Known sheets: {value}.',
  'read.no-parent': 'This row lacks the id of the record it belongs to; it is not read.',
  'read.unknown-parent': 'There is no record with the id “{value}”; the row is not read.',
  'read.duplicate-column': 'There are two columns “{value}”; only the first is read.',
  'read.not-a-workbook': 'The file {file} cannot be read as a spreadsheet (expected: XLSX, ODS or a folder of CSV files).',
  'where.cell': 'sheet {sheet}, row {row}, column {column}',
  'where.row': 'sheet {sheet}, row {row}',
};
