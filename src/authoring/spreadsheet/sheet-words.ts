/**
 * The words a feed's spreadsheet uses besides the format's own labels and
 * help texts (`feed-fields.ts`): the names of its two extra sheets, the
 * explanations added to a column by the kind of value it takes, and the
 * words for yes and no. German is what the spreadsheet is written in; the
 * reader accepts the English words as well.
 */
import { codeLabel } from '../code-labels.js';
import { CODE_LISTS, recordSpec, type CodeListName, type FieldSpec, type RecordSpec, type Words } from '../feed-fields.js';

const w = (de: string, en: string): Words => ({ de, en });

/** The sheet with the feed's own fields (version, language, publisher …). */
export const FEED_SHEET = w('Feed', 'Feed');

/** The hidden sheet the drop-down lists take their values from. */
export const LIST_SHEET = w('Auswahl', 'Choices');

/** A boolean as a partner writes it; the reader also takes true/false, wahr/falsch, yes/no, x, 1 and 0. */
export const YES = w('ja', 'yes');
export const NO = w('nein', 'no');

/** "Name (tr)": a Text's translation into `lang`. */
export function languageHeader(header: string, lang: string): string {
  return `${header} (${lang})`;
}

/** A column inside an object field: "Adresse: Straße und Hausnummer". */
export function nestedHeader(outer: string, inner: string): string {
  return `${outer}: ${inner}`;
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The explanation of a language column: the main column's, in another language. */
export function languageHelp(tag: string): string {
  return `Derselbe Text auf ${languageName(tag)} (${tag}). Weitere Sprachen: eine Spalte mit dem Sprachkürzel in Klammern hinzufügen.`;
}

/** The explanation of the first column of a sheet of nested items: which record a row belongs to. */
export function parentHelp(record: RecordSpec): string {
  return `Die Kennung (oder der Name) des Eintrags in der Tabelle „${record.label.de}“, zu dem diese Zeile gehört. Mehrere Zeilen für denselben Eintrag gelten in ihrer Reihenfolge.`;
}

/** The explanation of a column for a field the format does not know. */
export const RAW_HELP =
  'Ein Feld, das das Feed-Format nicht kennt: Es bleibt erhalten, die Widgets zeigen es aber nicht. Werte, die kein einfacher Text sind, stehen als JSON da.';

/** The German names of a code list's values, as the drop-down lists offer them. */
export function codeChoices(list: CodeListName): string[] {
  return CODE_LISTS[list].values.map((v) => codeLabel(list, v, 'de'));
}

/** A column's explanation: the field's help, and how to write its kind of value. */
export function columnHelp(field: FieldSpec, text: boolean): string {
  const help = field.help.de;
  switch (field.kind) {
    case 'code':
      return field.codes ? `${help} Zur Auswahl: ${codeChoices(field.codes).join(', ')}.` : help;
    case 'codes':
      return field.codes ? `${help} Mehrere durch Komma getrennt. Zur Auswahl: ${codeChoices(field.codes).join(', ')}.` : help;
    case 'languages':
      return `${help} Sprachkürzel wie „de“ oder „ar“, mehrere durch Komma getrennt.`;
    case 'language':
      return `${help} Ein Sprachkürzel wie „de“.`;
    case 'boolean':
      return `${help} „${YES.de}“ oder „${NO.de}“.`;
    case 'id':
      return `${help} In der Tabelle dürfen Sie sie leer lassen: Dann wird sie beim Einlesen aus dem Namen gebildet.`;
    case 'reference':
      return field.target ? `${help} Die Kennung oder der Name eines Eintrags der Tabelle „${recordSpec(field.target).label.de}“.` : help;
    default:
      return text ? `${help} Übersetzungen: eine weitere Spalte mit dem Sprachkürzel in Klammern, etwa „(en)“.` : help;
  }
}
