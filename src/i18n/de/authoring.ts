/**
 * German texts for the tools partners use to write feeds (the command line,
 * the checker page, the feed editor): hints for fields the format does not
 * know, and what a spreadsheet reader could not read, with its place in the
 * sheet. Never part of the widgets' bundle.
 */
export const deAuthoring = {
  'hint.spelling': '{where}: Das Feld „{field}“ ist anders geschrieben als im Format, deshalb übergehen es die Widgets. Richtig ist „{suggestion}“ ({label}).',
  'hint.alias': '{where}: Ein Feld „{field}“ kennt das Format nicht, deshalb übergehen es die Widgets. Gemeint ist wohl „{suggestion}“ ({label}).',
  'hint.wrong-level': '{where}: Das Feld „{field}“ steht an der falschen Stelle, deshalb übergehen es die Widgets. Es gehört nach „{suggestion}“ ({label}).',
  'hint.typo': '{where}: Ein Feld „{field}“ kennt das Format nicht, deshalb übergehen es die Widgets. Meinten Sie „{suggestion}“ ({label})?',
  'hint.unknown': '{where}: Ein Feld „{field}“ kennt das Format nicht; die Widgets übergehen es.',
  'hint.value': 'Dort mit {label} „{value}“ ({code}).',
  'code.meant': 'Gemeint ist wohl „{code}“ ({label}).',
  'read.unknown-sheet': 'Diese Tabelle kennt das Feed-Format nicht; ihre Zeilen werden nicht gelesen. Bekannt sind: {value}.',
  'read.no-parent': 'In dieser Zeile fehlt die Kennung des Eintrags, zu dem sie gehört; sie wird nicht gelesen.',
  'read.unknown-parent': 'Einen Eintrag mit der Kennung „{value}“ gibt es nicht; die Zeile wird nicht gelesen.',
  'read.duplicate-column': 'Die Spalte „{value}“ gibt es zweimal; nur die erste wird gelesen.',
  'read.not-a-workbook': 'Die Datei {file} lässt sich nicht als Tabelle lesen (erwartet: XLSX, ODS oder ein Ordner mit CSV-Dateien).',
  'where.cell': 'Tabelle {sheet}, Zeile {row}, Spalte {column}',
  'where.row': 'Tabelle {sheet}, Zeile {row}',
} as const;

export type AuthoringKey = keyof typeof deAuthoring;
