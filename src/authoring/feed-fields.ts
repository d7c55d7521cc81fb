/**
 * The one description of feed format 1 for the people who write feeds:
 * every record type and field, with a label and a help text in German (the
 * partners' language) and English, the kind of value it takes, the codes it
 * allows, the records it points to, and the names partners tend to use
 * instead (`adresse` for `address`).
 *
 * Everything that shows a partner the format reads this: the editor's forms
 * and help texts, the spreadsheet template's sheets, columns and drop-down
 * lists, the checker's hints for unknown fields and its list of texts to
 * look for missing translations in, and the German guide. A
 * Node test holds it against the JSON Schema (`data/quartier-feed.schema.json`)
 * in both directions, so a field added to the format shows up everywhere or
 * the build fails. Data only: no DOM, no Lit, no I/O.
 */
import {
  AMOUNT_PERIODS,
  FIELDS_OF_ACTION,
  HOLIDAY_REGIONS,
  OFFER_CATEGORIES,
  OFFER_STATUSES,
  ORGANIZATION_TYPES,
  PARTNER_ROLES,
  QUALIFIERS,
  REGISTRATION_KINDS,
  WEEKDAYS,
  WHEELCHAIR_ACCESS,
} from '../feed/types.js';

/** A text for partners in German and English. */
export interface Words {
  readonly de: string;
  readonly en: string;
}

/**
 * What a field holds, as a partner enters it:
 * - `id`: the record's own id (a slug, made from the name by the editor);
 * - `text`: a Text (plain string in the feed's language, or translations);
 * - `string`: a plain string, never translated (a person's name, a credit);
 * - `url`, `email`, `phone`: as the schema defines them;
 * - `date`: a year, month or day (`2012`, `2021-01`, `2021-12-31`);
 * - `date-time`: a day or a local date-time (`2026-06-20T15:00`);
 * - `time`: `HH:MM`;
 * - `integer`, `number`, `boolean`;
 * - `code` / `codes`: one / several values of the code list `codes`;
 * - `reference`: the id of a record in the list `target`;
 * - `language` / `languages`: one / several BCP 47 tags;
 * - `text-list`: a list of Texts (goals);
 * - `object`: the fields in `fields`;
 * - `list`: a list of objects, each with the fields in `fields`;
 * - `geo`: `{lat, lng}`; `polygon`: a GeoJSON Polygon;
 * - `number-or-text`: a number or a Text (a fact's value);
 * - `cost`: `"free"` or a Text;
 * - `currency`: an ISO 4217 code;
 * - `set-pos`: the weekday's position in the month (1…5, -1…-5);
 * - `version`: the format version, `"1"`.
 */
export type FieldKind =
  | 'id'
  | 'text'
  | 'string'
  | 'url'
  | 'email'
  | 'phone'
  | 'date'
  | 'date-time'
  | 'time'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'code'
  | 'codes'
  | 'reference'
  | 'language'
  | 'languages'
  | 'text-list'
  | 'object'
  | 'list'
  | 'geo'
  | 'polygon'
  | 'number-or-text'
  | 'cost'
  | 'currency'
  | 'set-pos'
  | 'version';

/** The record lists of a feed. */
export type RecordListName = 'projects' | 'organizations' | 'places' | 'offers';

/** The code lists fields can draw from. */
export type CodeListName =
  | 'fieldOfAction'
  | 'role'
  | 'organizationType'
  | 'category'
  | 'wheelchair'
  | 'registration'
  | 'status'
  | 'per'
  | 'qualifier'
  | 'freq'
  | 'weekday'
  | 'holidayRegion';

export interface FieldSpec {
  /** The JSON key. */
  readonly key: string;
  readonly kind: FieldKind;
  /** Short label: form label, spreadsheet column header. */
  readonly label: Words;
  /** One or two sentences of help, with an example taken from the sample feeds or clearly made up. */
  readonly help: Words;
  /** The record (or object) cannot do without it. */
  readonly required?: boolean;
  /** For `code` and `codes`. */
  readonly codes?: CodeListName;
  /** For `reference`. */
  readonly target?: RecordListName;
  /** For `object` and `list`. */
  readonly fields?: readonly FieldSpec[];
  /** For `list`: the spreadsheet sheet its items go to (one row per item). */
  readonly sheet?: string;
  /** For `integer` and `number`. */
  readonly min?: number;
  readonly max?: number;
  /** Names partners write instead of `key`, lower case (German, spelt without umlauts too, and common synonyms). */
  readonly aliases?: readonly string[];
  /** Rarely needed: forms show it folded away. */
  readonly advanced?: boolean;
  /** For `text`: sentences or paragraphs, not a few words (forms give it a text area). */
  readonly multiline?: boolean;
  /**
   * What the editor shows beside the field, worked out by the widgets' own
   * code: `schedule` – the rules in the words the widgets use and the next
   * dates.
   */
  readonly preview?: 'schedule';
}

export interface RecordSpec {
  readonly list: RecordListName;
  /** Plural, also the spreadsheet sheet's name. */
  readonly label: Words;
  /** One record, for buttons ("Ort hinzufügen"). */
  readonly one: Words;
  readonly help: Words;
  readonly fields: readonly FieldSpec[];
  /** Names partners write instead of the list's key. */
  readonly aliases?: readonly string[];
}

export interface CodeList {
  readonly values: readonly string[];
  /**
   * Where the names of the values come from: the widgets' message keys
   * (`category.` + value), so that the editor and the widgets use the same
   * words; or, for codes the widgets never name, `labels` here.
   */
  readonly messagePrefix?: string;
  readonly labels?: Readonly<Record<'de' | 'en', Readonly<Record<string, string>>>>;
  /** Words partners write instead of a value, lower case: `{träger: 'lead'}`. */
  readonly aliases?: Readonly<Record<string, string>>;
}

const w = (de: string, en: string): Words => ({ de, en });

export const CODE_LISTS: Readonly<Record<CodeListName, CodeList>> = {
  fieldOfAction: { values: FIELDS_OF_ACTION, messagePrefix: 'field.' },
  role: {
    values: PARTNER_ROLES,
    messagePrefix: 'role.',
    aliases: {
      träger: 'lead',
      traeger: 'lead',
      projektträger: 'lead',
      projekttraeger: 'lead',
      projektleitung: 'lead',
      kooperationspartner: 'partner',
      förderer: 'funder',
      foerderer: 'funder',
      geldgeber: 'funder',
      eigentümer: 'owner',
      eigentuemer: 'owner',
      vermieter: 'owner',
      netzwerk: 'network',
      arbeitskreis: 'network',
    },
  },
  organizationType: {
    values: ORGANIZATION_TYPES,
    messagePrefix: 'orgType.',
    aliases: { stadt: 'municipality', gemeinde: 'municipality', genossenschaft: 'housing' },
  },
  category: {
    values: OFFER_CATEGORIES,
    messagePrefix: 'category.',
    aliases: { sprachkurs: 'language', treff: 'meeting', senioren: 'seniors' },
  },
  wheelchair: {
    values: WHEELCHAIR_ACCESS,
    messagePrefix: 'place.wheelchair.',
    aliases: { ja: 'yes', eingeschränkt: 'limited', eingeschraenkt: 'limited', nein: 'no' },
  },
  registration: { values: REGISTRATION_KINDS, messagePrefix: 'offer.registration.' },
  status: {
    values: OFFER_STATUSES,
    labels: {
      de: { active: 'findet statt', paused: 'vorübergehend ausgesetzt', ended: 'beendet', planned: 'geplant' },
      en: { active: 'Takes place', paused: 'Temporarily suspended', ended: 'Ended', planned: 'Planned' },
    },
  },
  per: {
    values: AMOUNT_PERIODS,
    labels: {
      de: { year: 'jährlich', month: 'monatlich', once: 'einmalig' },
      en: { year: 'per year', month: 'per month', once: 'one-off' },
    },
  },
  qualifier: {
    values: QUALIFIERS,
    labels: {
      de: { approximately: 'ca. (ungefähr)', 'more-than': 'über (mehr als)', 'less-than': 'unter (weniger als)', 'at-least': 'mindestens' },
      en: { approximately: 'about (approximately)', 'more-than': 'more than', 'less-than': 'less than', 'at-least': 'at least' },
    },
    aliases: {
      ca: 'approximately',
      'ca.': 'approximately',
      circa: 'approximately',
      rund: 'approximately',
      etwa: 'approximately',
      ungefähr: 'approximately',
      ungefaehr: 'approximately',
      über: 'more-than',
      ueber: 'more-than',
      'mehr als': 'more-than',
      unter: 'less-than',
      'weniger als': 'less-than',
    },
  },
  freq: {
    values: ['weekly', 'monthly'],
    labels: {
      de: { weekly: 'jede Woche', monthly: 'jeden Monat' },
      en: { weekly: 'every week', monthly: 'every month' },
    },
    aliases: { wöchentlich: 'weekly', woechentlich: 'weekly', monatlich: 'monthly' },
  },
  weekday: {
    values: WEEKDAYS,
    labels: {
      de: { MO: 'Montag', TU: 'Dienstag', WE: 'Mittwoch', TH: 'Donnerstag', FR: 'Freitag', SA: 'Samstag', SU: 'Sonntag' },
      en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
    },
    aliases: { mo: 'MO', di: 'TU', mi: 'WE', do: 'TH', fr: 'FR', sa: 'SA', so: 'SU' },
  },
  holidayRegion: {
    values: HOLIDAY_REGIONS,
    labels: {
      de: {
        DE: 'nur bundesweite Feiertage',
        BW: 'Baden-Württemberg',
        BY: 'Bayern',
        BE: 'Berlin',
        BB: 'Brandenburg',
        HB: 'Bremen',
        HH: 'Hamburg',
        HE: 'Hessen',
        MV: 'Mecklenburg-Vorpommern',
        NI: 'Niedersachsen',
        NW: 'Nordrhein-Westfalen',
        RP: 'Rheinland-Pfalz',
        SL: 'Saarland',
        SN: 'Sachsen',
        ST: 'Sachsen-Anhalt',
        SH: 'Schleswig-Holstein',
        TH: 'Thüringen',
      },
      en: {
        DE: 'nationwide holidays only',
        BW: 'Baden-Württemberg',
        BY: 'Bavaria',
        BE: 'Berlin',
        BB: 'Brandenburg',
        HB: 'Bremen',
        HH: 'Hamburg',
        HE: 'Hesse',
        MV: 'Mecklenburg-Western Pomerania',
        NI: 'Lower Saxony',
        NW: 'North Rhine-Westphalia',
        RP: 'Rhineland-Palatinate',
        SL: 'Saarland',
        SN: 'Saxony',
        ST: 'Saxony-Anhalt',
        SH: 'Schleswig-Holstein',
        TH: 'Thuringia',
      },
    },
    aliases: {
      bundesweit: 'DE',
      deutschland: 'DE',
      'baden-württemberg': 'BW',
      'baden-wuerttemberg': 'BW',
      bayern: 'BY',
      berlin: 'BE',
      brandenburg: 'BB',
      bremen: 'HB',
      hamburg: 'HH',
      hessen: 'HE',
      'mecklenburg-vorpommern': 'MV',
      niedersachsen: 'NI',
      'nordrhein-westfalen': 'NW',
      'rheinland-pfalz': 'RP',
      saarland: 'SL',
      sachsen: 'SN',
      'sachsen-anhalt': 'ST',
      'schleswig-holstein': 'SH',
      thüringen: 'TH',
      thueringen: 'TH',
    },
  },
};

const MACHINE_TRANSLATED: FieldSpec = {
  key: 'machineTranslated',
  kind: 'languages',
  label: w('Maschinell übersetzt', 'Machine-translated'),
  help: w(
    'Die Sprachen, deren Texte in diesem Eintrag maschinell übersetzt und noch von niemandem geprüft wurden. Die Widgets zeigen dann den Hinweis „maschinell übersetzt“.',
    'The languages whose texts in this record were translated by machine and not yet checked by a person. The widgets then show a “machine-translated” note.',
  ),
  aliases: ['maschinellübersetzt', 'maschinell', 'uebersetzt'],
  advanced: true,
};

const ADDRESS: FieldSpec = {
  key: 'address',
  kind: 'object',
  label: w('Adresse', 'Address'),
  help: w('Die Postanschrift.', 'The postal address.'),
  aliases: ['adresse', 'anschrift', 'addresse', 'postanschrift'],
  fields: [
    {
      key: 'street',
      kind: 'string',
      label: w('Straße und Hausnummer', 'Street and number'),
      help: w('Zum Beispiel „Berliner Straße 92“.', 'For example “Berliner Straße 92”.'),
      aliases: ['strasse', 'straße', 'str', 'hausnummer', 'anschrift'],
    },
    {
      key: 'postalCode',
      kind: 'string',
      label: w('PLZ', 'Postal code'),
      help: w('Die Postleitzahl, zum Beispiel „38226“.', 'The postal code, for example “38226”.'),
      aliases: ['plz', 'postleitzahl', 'zip', 'postcode'],
    },
    {
      key: 'locality',
      kind: 'string',
      label: w('Ort', 'Town'),
      help: w('Stadt oder Gemeinde, zum Beispiel „Salzgitter“.', 'Town or city, for example “Salzgitter”.'),
      aliases: ['ort', 'stadt', 'city', 'town', 'gemeinde'],
    },
    {
      key: 'district',
      kind: 'string',
      label: w('Stadtteil', 'District'),
      help: w('Der Stadtteil, zum Beispiel „Lebenstedt“.', 'The part of town, for example “Lebenstedt”.'),
      aliases: ['stadtteil', 'ortsteil', 'quartier', 'viertel'],
    },
  ],
};

const EMAIL: FieldSpec = {
  key: 'email',
  kind: 'email',
  label: w('E-Mail', 'E-mail'),
  help: w(
    'Eine E-Mail-Adresse ohne „mailto:“, zum Beispiel „quartier@example.org“.',
    'An e-mail address without “mailto:”, for example “quartier@example.org”.',
  ),
  aliases: ['e-mail', 'mail', 'emailadresse', 'e-mail-adresse', 'mailadresse'],
};

const PHONE: FieldSpec = {
  key: 'phone',
  kind: 'phone',
  label: w('Telefon', 'Phone'),
  help: w(
    'Eine Telefonnummer, wie man sie schreibt: Ziffern, Leerzeichen und + / ( ) - . – zum Beispiel „0531 000000“ (erfunden).',
    'A phone number as written: digits, spaces and + / ( ) - . – for example “0531 000000” (made up).',
  ),
  aliases: ['telefon', 'tel', 'telefonnummer', 'fon', 'telephone', 'handy', 'mobil', 'rufnummer'],
};

/** `what`: the subject with its verb ("die Lage angegeben ist"). */
const GEO_NOTE = (what: Words): FieldSpec => ({
  key: 'geoNote',
  kind: 'text',
  label: w('Genauigkeit der Lage', 'How exact the position is'),
  help: w(
    `Wie genau ${what.de} und warum, zum Beispiel „aus dem Straßennamen geschätzt, die Hausnummer fehlt“. Die Widgets zeigen diesen Hinweis; dass eine Lage geschätzt ist, sagt „Lage ungefähr“ beim Punkt.`,
    `How exact ${what.en} and why, for example “estimated from the street name, the house number is missing”. The widgets show this note; that a position is estimated is said by “approximate” on the point.`,
  ),
  aliases: ['genauigkeit', 'lagehinweis', 'ungefaehr', 'ungefähr'],
});

const GEO: FieldSpec = {
  key: 'geo',
  kind: 'geo',
  label: w('Lage auf der Karte', 'Position on the map'),
  help: w(
    'Breiten- und Längengrad (wie bei OpenStreetMap): zum Beispiel 51,89 Nord und 10,18 Ost für Seesen. Im Editor setzen Sie die Lage mit einem Klick auf die Karte; in der Datei steht ein Punkt statt des Kommas (51.89).',
    'Latitude and longitude (as on OpenStreetMap), with a dot: for example 51.89 north and 10.18 east for Seesen. In the editor you set it with a click on the map.',
  ),
  aliases: ['lage', 'koordinaten', 'position', 'standort', 'coordinates', 'location', 'gps'],
  fields: [
    {
      key: 'lat',
      kind: 'number',
      label: w('Breitengrad', 'Latitude'),
      help: w('Grad nördlicher Breite, −90 bis 90. Seesen liegt bei etwa 51,89.', 'Degrees latitude, −90 to 90. Seesen is at about 51.89.'),
      required: true,
      min: -90,
      max: 90,
      aliases: ['breite', 'breitengrad', 'latitude'],
    },
    {
      key: 'lng',
      kind: 'number',
      label: w('Längengrad', 'Longitude'),
      help: w('Grad östlicher Länge, −180 bis 180. Seesen liegt bei etwa 10,18.', 'Degrees longitude, −180 to 180. Seesen is at about 10.18.'),
      required: true,
      min: -180,
      max: 180,
      aliases: ['laenge', 'länge', 'laengengrad', 'längengrad', 'lon', 'long', 'longitude'],
    },
    {
      key: 'approximate',
      kind: 'boolean',
      label: w('Lage ungefähr', 'Approximate position'),
      help: w(
        'Ankreuzen, wenn die Lage nur geschätzt ist (auf der Karte abgelesen, aus dem Straßennamen geraten), nicht vermessen oder aus einer genauen Adresse. Die Widgets sagen dann „Lage ungefähr“ und zeichnen sie gestrichelt.',
        'Tick when the position is only estimated (read off a map, guessed from the street name), not measured or taken from an exact address. The widgets then say “approximate position” and draw it dashed.',
      ),
      aliases: ['ungefaehr', 'ungefähr', 'geschaetzt', 'geschätzt', 'ca'],
    },
  ],
};

const NAME = (example: string, exampleEn: string): FieldSpec => ({
  key: 'name',
  kind: 'text',
  label: w('Name', 'Name'),
  help: w(`Der vollständige Name, zum Beispiel „${example}“.`, `The full name, for example “${exampleEn}”.`),
  required: true,
  aliases: ['titel', 'bezeichnung', 'title', 'name_de'],
});

const SHORT_NAME = (example: string): FieldSpec => ({
  key: 'shortName',
  kind: 'text',
  label: w('Kurzname', 'Short name'),
  help: w(`Ein kurzer Name für enge Stellen, zum Beispiel „${example}“.`, `A short name for tight spaces, for example “${example}”.`),
  aliases: ['kurzname', 'abkuerzung', 'abkürzung', 'kurz', 'short'],
});

const DESCRIPTION = (de: string, en: string): FieldSpec => ({
  key: 'description',
  kind: 'text',
  multiline: true,
  label: w('Beschreibung', 'Description'),
  help: w(`${de} Absätze trennen Sie durch eine Leerzeile.`, `${en} Separate paragraphs with a blank line.`),
  aliases: ['beschreibung', 'text', 'info', 'infos', 'details', 'inhalt', 'projektinhalt'],
});

const URL_FIELD = (de: string, en: string): FieldSpec => ({
  key: 'url',
  kind: 'url',
  label: w('Webseite', 'Web page'),
  help: w(`${de} Sie beginnt mit https://.`, `${en} It starts with https://.`),
  aliases: ['link', 'website', 'webseite', 'homepage', 'internetseite', 'internet', 'www', 'adresse_web'],
});

const ID = (de: string, example: string): FieldSpec => ({
  key: 'id',
  kind: 'id',
  label: w('Kennung', 'Id'),
  help: w(
    `Die Kennung ${de}, mit der andere Einträge darauf verweisen: Kleinbuchstaben a–z, Ziffern und Bindestriche, zum Beispiel „${example}“. Der Editor bildet sie aus dem Namen.`,
    `The id other records use to point to it: lowercase letters a–z, digits and hyphens, for example “${example}”. The editor makes it from the name.`,
  ),
  required: true,
  aliases: ['kennung', 'kennzeichen', 'schluessel', 'schlüssel', 'nummer', 'nr', 'key', 'slug'],
});

const REFERENCE = (key: string, target: RecordListName, label: Words, help: Words, aliases: readonly string[], required = false): FieldSpec => ({
  key,
  kind: 'reference',
  target,
  label,
  help,
  aliases,
  ...(required ? { required } : {}),
});

const PROJECT_REF = REFERENCE(
  'project',
  'projects',
  w('Projekt', 'Project'),
  w('Zu welchem Projekt dieser Eintrag gehört.', 'The project this record belongs to.'),
  ['projekt', 'quartiersprojekt'],
);

const TEXT_ALIASES = { role: ['rolle', 'funktion', 'position'] } as const;

export const ROOT_FIELDS: readonly FieldSpec[] = [
  {
    key: '$schema',
    kind: 'string',
    label: w('Schema', 'Schema'),
    help: w(
      'Wo das JSON-Schema des Formats liegt, damit Editoren wie VS Code beim Schreiben helfen. Für den Feed-Editor nicht nötig.',
      'Where the format’s JSON Schema is, so that editors such as VS Code can help while typing. Not needed with the feed editor.',
    ),
    advanced: true,
  },
  {
    key: 'version',
    kind: 'version',
    label: w('Formatversion', 'Format version'),
    help: w('Immer „1“. Der Editor trägt sie ein.', 'Always “1”. The editor fills it in.'),
    required: true,
    aliases: ['formatversion', 'format'],
    advanced: true,
  },
  {
    key: 'language',
    kind: 'language',
    label: w('Sprache des Feeds', 'Language of the feed'),
    help: w(
      'In welcher Sprache die Texte geschrieben sind, wenn nichts anderes dabeisteht: meist „de“ für Deutsch.',
      'The language texts are written in unless stated otherwise: usually “de” for German.',
    ),
    aliases: ['sprache', 'lang', 'locale'],
  },
  {
    key: 'publisher',
    kind: 'object',
    label: w('Herausgeber', 'Publisher'),
    help: w('Wer diesen Feed pflegt und wen man bei Fragen dazu anschreibt.', 'Who keeps this feed and whom to write to about it.'),
    aliases: ['herausgeber', 'herausgeberin', 'verantwortlich', 'impressum', 'autor', 'author'],
    fields: [
      {
        key: 'name',
        kind: 'string',
        label: w('Name', 'Name'),
        help: w('Zum Beispiel „Stadt Salzgitter“.', 'For example “Stadt Salzgitter”.'),
        aliases: ['titel', 'bezeichnung'],
      },
      URL_FIELD('Die Webseite des Herausgebers.', 'The publisher’s website.'),
      { ...EMAIL, help: w('Wohin man bei Fragen zum Feed schreibt.', 'Where to write about the feed.') },
    ],
  },
  {
    key: 'updated',
    kind: 'date-time',
    label: w('Zuletzt geändert', 'Last changed'),
    help: w(
      'Wann der Feed zuletzt geändert wurde. Der Editor trägt das beim Speichern ein.',
      'When the feed was last changed. The editor fills it in when saving.',
    ),
    aliases: ['aktualisiert', 'geaendert', 'geändert', 'stand', 'datum', 'lastmodified', 'modified', 'update'],
  },
  {
    key: 'license',
    kind: 'string',
    label: w('Lizenz', 'Licence'),
    help: w(
      'Unter welcher Lizenz andere die Daten nutzen dürfen, zum Beispiel „CC-BY-4.0“ oder „dl-de/by-2-0“ (Datenlizenz Deutschland).',
      'The licence under which others may use the data, for example “CC-BY-4.0” or “dl-de/by-2-0” (Data licence Germany).',
    ),
    aliases: ['lizenz', 'licence', 'lizens', 'nutzungsbedingungen'],
  },
];

const PROJECT: RecordSpec = {
  list: 'projects',
  label: w('Projekte', 'Projects'),
  one: w('Projekt', 'Project'),
  help: w(
    'Die Quartiersprojekte dieses Feeds: was das Projekt ist, wo es arbeitet, wer mitmacht.',
    'The neighbourhood projects of this feed: what each is, where it works, who takes part.',
  ),
  aliases: ['projekte', 'projekt', 'quartiersprojekte'],
  fields: [
    ID('des Projekts', 'lena-seesen'),
    NAME('Kooperationsgemeinschaft – Lebendige Nachbarschaft', 'Kooperationsgemeinschaft – Lebendige Nachbarschaft'),
    SHORT_NAME('LeNa'),
    {
      key: 'summary',
      kind: 'text',
      multiline: true,
      label: w('Kurzbeschreibung', 'Summary'),
      help: w(
        'Ein oder zwei Sätze für Listen und die kompakte Karte. Wiederholen Sie sie nicht als ersten Absatz der Beschreibung.',
        'One or two sentences for lists and the compact card. Do not repeat them as the first paragraph of the description.',
      ),
      aliases: ['kurzbeschreibung', 'zusammenfassung', 'kurztext', 'teaser', 'abstract'],
    },
    DESCRIPTION('Was das Projekt tut, ausführlich (Projektinhalt).', 'What the project does, in full.'),
    {
      key: 'municipality',
      kind: 'object',
      label: w('Stadt / Gemeinde', 'Town'),
      help: w('Die Stadt oder Gemeinde, in der das Projekt liegt.', 'The town the project is in.'),
      aliases: ['stadt', 'gemeinde', 'kommune', 'ort'],
      fields: [
        {
          key: 'name',
          kind: 'string',
          label: w('Name', 'Name'),
          help: w('Zum Beispiel „Seesen“.', 'For example “Seesen”.'),
          required: true,
          aliases: ['titel', 'bezeichnung'],
        },
        {
          key: 'population',
          kind: 'integer',
          label: w('Einwohnerzahl', 'Population'),
          help: w('Wie viele Menschen in der Stadt leben, als ganze Zahl ohne Punkt: 11250.', 'How many people live in the town, as a whole number: 11250.'),
          min: 0,
          aliases: ['einwohner', 'einwohnerzahl', 'bevoelkerung', 'bevölkerung'],
        },
        {
          key: 'populationApproximate',
          kind: 'boolean',
          label: w('Einwohnerzahl ist ungefähr', 'Population is approximate'),
          help: w(
            'Die ältere Form von „Zusatz zur Einwohnerzahl“: „ca.“. Die Widgets zeigen dann „ca.“.',
            'The older form of “Population qualifier”: “about”. The widgets then show “about”.',
          ),
          advanced: true,
        },
        {
          key: 'populationQualifier',
          kind: 'code',
          codes: 'qualifier',
          label: w('Zusatz zur Einwohnerzahl', 'Population qualifier'),
          help: w(
            'Wie die Quelle die Zahl angibt: „ca.“, „über“, „unter“ oder „mindestens“ – leer lassen, wenn sie genau ist. Die Widgets zeigen es so: „ca. 11.250“.',
            'How the source gives the figure: “about”, “more than”, “less than” or “at least” – leave empty when it is exact. The widgets show it so: “about 11,250”.',
          ),
        },
        {
          key: 'district',
          kind: 'string',
          label: w('Landkreis', 'County'),
          help: w(
            'Der Landkreis, oder „kreisfrei“. Zum Beispiel „Landkreis Goslar“.',
            'The county (Landkreis), or “kreisfrei”. For example “Landkreis Goslar”.',
          ),
          aliases: ['landkreis', 'kreis'],
        },
        {
          key: 'state',
          kind: 'string',
          label: w('Bundesland', 'Federal state'),
          help: w('Zum Beispiel „Niedersachsen“.', 'For example “Niedersachsen”.'),
          aliases: ['bundesland', 'land'],
        },
      ],
    },
    {
      key: 'quarter',
      kind: 'object',
      label: w('Quartier', 'Quarter'),
      help: w('Das Quartier, in dem das Projekt arbeitet.', 'The quarter the project works in.'),
      aliases: ['quartier', 'viertel', 'gebiet', 'sozialraum'],
      fields: [
        {
          key: 'name',
          kind: 'text',
          label: w('Name', 'Name'),
          help: w('Zum Beispiel „Quartier rund um die Hochstraße“.', 'For example “Quartier rund um die Hochstraße”.'),
          aliases: ['titel', 'bezeichnung'],
        },
        {
          key: 'residents',
          kind: 'integer',
          label: w('Einwohner im Quartier', 'Residents'),
          help: w('Wie viele Menschen im Quartier leben, als ganze Zahl: 2000.', 'How many people live in the quarter, as a whole number: 2000.'),
          min: 0,
          aliases: ['einwohner', 'bewohner', 'einwohnerzahl'],
        },
        {
          key: 'residentsApproximate',
          kind: 'boolean',
          label: w('Einwohnerzahl ist ungefähr', 'Number of residents is approximate'),
          help: w('Die ältere Form von „Zusatz zur Einwohnerzahl“: „ca.“.', 'The older form of “Residents qualifier”: “about”.'),
          advanced: true,
        },
        {
          key: 'residentsQualifier',
          kind: 'code',
          codes: 'qualifier',
          label: w('Zusatz zur Einwohnerzahl', 'Residents qualifier'),
          help: w(
            'Wie die Quelle die Zahl angibt: „ca.“, „über“, „unter“ oder „mindestens“ – leer lassen, wenn sie genau ist. „über 2.300 Bewohner“ ist 2300 mit „über“.',
            'How the source gives the figure: “about”, “more than”, “less than” or “at least” – leave empty when it is exact. “über 2.300 Bewohner” is 2300 with “more than”.',
          ),
        },
        {
          key: 'housingUnits',
          kind: 'integer',
          label: w('Wohneinheiten', 'Dwellings'),
          help: w('Wie viele Wohnungen das Quartier hat: 480.', 'How many dwellings the quarter has: 480.'),
          min: 0,
          aliases: ['wohneinheiten', 'wohnungen', 'we'],
        },
        {
          key: 'housingUnitsApproximate',
          kind: 'boolean',
          label: w('Wohneinheiten sind ungefähr', 'Dwellings are approximate'),
          help: w('Die ältere Form von „Zusatz zu den Wohneinheiten“: „ca.“.', 'The older form of “Dwellings qualifier”: “about”.'),
          advanced: true,
        },
        {
          key: 'housingUnitsQualifier',
          kind: 'code',
          codes: 'qualifier',
          label: w('Zusatz zu den Wohneinheiten', 'Dwellings qualifier'),
          help: w(
            'Wie die Quelle die Zahl angibt: „ca.“, „über“, „unter“ oder „mindestens“ – leer lassen, wenn sie genau ist.',
            'How the source gives the figure: “about”, “more than”, “less than” or “at least” – leave empty when it is exact.',
          ),
        },
        {
          key: 'center',
          kind: 'geo',
          label: w('Mitte auf der Karte', 'Centre on the map'),
          help: w(
            'Die Mitte des Quartiers, für die Karte. Im Editor mit einem Klick auf die Karte.',
            'The centre of the quarter, for the map. In the editor with a click on the map.',
          ),
          aliases: ['mitte', 'zentrum', 'mittelpunkt', 'koordinaten', 'lage'],
          fields: GEO.fields ?? [],
        },
        {
          key: 'radiusMeters',
          kind: 'number',
          label: w('Radius in Metern', 'Radius in metres'),
          help: w(
            'Nur wenn die Quelle einen Radius nennt (Sozialraumbezug): in Metern, zum Beispiel 1000 für „ca. 1 Kilometer“.',
            'Only when the source states a radius: in metres, for example 1000 for “about 1 kilometre”.',
          ),
          min: 0,
          aliases: ['radius', 'umkreis', 'radiusmeter', 'radius_m'],
        },
        {
          key: 'radiusApproximate',
          kind: 'boolean',
          label: w('Radius ist ungefähr', 'Radius is approximate'),
          help: w('Ankreuzen bei „ca.“ in der Quelle.', 'Tick when the source says “about”.'),
        },
        {
          key: 'area',
          kind: 'polygon',
          label: w('Umriss', 'Outline'),
          help: w(
            'Der Umriss des Quartiers als GeoJSON-Polygon, für die Karte (Längengrad zuerst). Meist aus einem Kartenprogramm übernommen.',
            'The outline of the quarter as a GeoJSON Polygon, for the map (longitude first). Usually taken from a mapping tool.',
          ),
          aliases: ['umriss', 'flaeche', 'fläche', 'polygon', 'grenze'],
          advanced: true,
        },
        GEO_NOTE(w('Mitte, Radius und Umriss angegeben sind', 'the centre, radius and outline are')),
        {
          key: 'description',
          kind: 'text',
          multiline: true,
          label: w('Über das Quartier', 'About the quarter'),
          help: w('Mehr über das Quartier, in ganzen Sätzen.', 'More about the quarter, in full sentences.'),
          aliases: ['beschreibung', 'text'],
        },
      ],
    },
    {
      key: 'facts',
      kind: 'list',
      sheet: 'Kennzahlen',
      label: w('Weitere Zahlen', 'Further figures'),
      help: w(
        'Zahlen zu Stadt und Quartier, je mit Bezeichnung: zum Beispiel „Arbeitslosenquote in der Stadt Seesen: ca. 7 %“.',
        'Figures about the town and quarter, each with a label: for example “unemployment rate: about 7 %”.',
      ),
      aliases: ['zahlen', 'kennzahlen', 'fakten', 'daten', 'statistik'],
      fields: [
        {
          key: 'label',
          kind: 'text',
          label: w('Bezeichnung', 'Label'),
          help: w('Was die Zahl angibt, zum Beispiel „Arbeitslosenquote in der Stadt Seesen“.', 'What the figure is, for example “unemployment rate”.'),
          required: true,
          aliases: ['bezeichnung', 'titel', 'name'],
        },
        {
          key: 'value',
          kind: 'number-or-text',
          label: w('Wert', 'Value'),
          help: w('Eine Zahl (7 oder 7.5) oder, wenn es keine Zahl ist, ein Text („1/4“).', 'A number (7 or 7.5) or, when it is not a number, a text (“1/4”).'),
          required: true,
          aliases: ['wert', 'zahl', 'anzahl'],
        },
        {
          key: 'unit',
          kind: 'text',
          label: w('Einheit', 'Unit'),
          help: w('Zum Beispiel „%“ oder „Personen“.', 'For example “%” or “people”.'),
          aliases: ['einheit'],
        },
        {
          key: 'approximate',
          kind: 'boolean',
          label: w('Ungefähr', 'Approximate'),
          help: w('Die ältere Form von „Zusatz zur Zahl“: „ca.“.', 'The older form of “Qualifier”: “about”.'),
          advanced: true,
        },
        {
          key: 'qualifier',
          kind: 'code',
          codes: 'qualifier',
          label: w('Zusatz zur Zahl', 'Qualifier'),
          help: w(
            'Wie die Quelle die Zahl angibt: „ca.“ (auch „rund“, „etwa“), „über“, „unter“ oder „mindestens“ – leer lassen, wenn sie genau ist. Die Widgets zeigen es so: „ca. 7 %“, „über 2.300“.',
            'How the source gives the figure: “about” (also “roughly”), “more than”, “less than” or “at least” – leave empty when it is exact. The widgets show it so: “about 7 %”, “more than 2,300”.',
          ),
          aliases: ['ca', 'circa', 'ungefaehr', 'ungefähr', 'genauigkeit', 'zusatz'],
        },
        {
          key: 'year',
          kind: 'integer',
          label: w('Jahr', 'Year'),
          help: w('Auf welches Jahr sich die Zahl bezieht, zum Beispiel 2021.', 'The year the figure refers to, for example 2021.'),
          min: 1000,
          max: 9999,
          aliases: ['jahr', 'stand'],
        },
      ],
    },
    {
      key: 'residents',
      kind: 'text',
      multiline: true,
      label: w('Bewohnerstruktur', 'Residents'),
      help: w('Wer im Quartier lebt, in ganzen Sätzen.', 'Who lives in the quarter, in full sentences.'),
      aliases: ['bewohnerstruktur', 'bewohner', 'bevoelkerung', 'bevölkerung', 'mieterstruktur'],
    },
    {
      key: 'buildings',
      kind: 'text',
      multiline: true,
      label: w('Bebauung', 'Buildings'),
      help: w(
        'Die Gebäude des Quartiers: Baujahre, Geschosse. Zum Beispiel „Geschosswohnungsbau, Baujahre hauptsächlich 1963 – 1974“.',
        'The buildings: build years, storeys.',
      ),
      aliases: ['bebauung', 'gebaeude', 'gebäude', 'baujahre'],
    },
    {
      key: 'characteristics',
      kind: 'text',
      multiline: true,
      label: w('Besondere Merkmale', 'Characteristics'),
      help: w('Was das Quartier besonders macht.', 'What is special about the quarter.'),
      aliases: ['besonderheiten', 'merkmale', 'besondere_merkmale'],
    },
    {
      key: 'goals',
      kind: 'text-list',
      sheet: 'Ziele',
      label: w('Projektziele', 'Goals'),
      help: w('Die Ziele des Projekts, je Ziel ein Eintrag.', 'The project’s goals, one entry each.'),
      aliases: ['ziele', 'projektziele', 'ziel'],
    },
    {
      key: 'fieldsOfAction',
      kind: 'codes',
      codes: 'fieldOfAction',
      label: w('Handlungsfelder', 'Fields of action'),
      help: w('In welchen Handlungsfeldern das Projekt arbeitet; mehrere möglich.', 'The fields the project works in; several allowed.'),
      aliases: ['handlungsfelder', 'handlungsfeld', 'themen', 'bereiche'],
    },
    {
      key: 'partners',
      kind: 'list',
      sheet: 'Beteiligungen',
      label: w('Beteiligte Organisationen', 'Organisations taking part'),
      help: w(
        'Welche Organisationen mitmachen und in welcher Rolle: Träger, Partner, Förderer, Eigentümer oder Netzwerk. Die Organisationen selbst tragen Sie unter „Organisationen“ ein.',
        'Which organisations take part and in which role. The organisations themselves go under “Organisations”.',
      ),
      aliases: [
        'partner',
        'partnerinnen',
        'beteiligte',
        'beteiligungen',
        'kooperationspartner',
        'träger',
        'traeger',
        'projektträger',
        'projekttraeger',
        'netzwerk',
      ],
      fields: [
        REFERENCE(
          'organization',
          'organizations',
          w('Organisation', 'Organisation'),
          w('Die beteiligte Organisation.', 'The organisation taking part.'),
          ['organisation', 'organisationen', 'org', 'einrichtung'],
          true,
        ),
        {
          key: 'role',
          kind: 'code',
          codes: 'role',
          label: w('Rolle', 'Role'),
          help: w(
            'Träger: leitet das Projekt. Partner: arbeitet mit. Förderer: gibt Geld oder Räume. Eigentümer: besitzt die Wohnungen oder Räume. Netzwerk: gehört zum weiteren Netzwerk.',
            'Lead: runs the project. Partner: works with it. Funder: gives money or rooms. Owner: owns the housing or rooms. Network: part of the wider network.',
          ),
          required: true,
          aliases: [...TEXT_ALIASES.role],
        },
        {
          key: 'contribution',
          kind: 'text',
          multiline: true,
          label: w('Beitrag', 'Contribution'),
          help: w(
            'Was die Organisation beiträgt, zum Beispiel „stellt eine in der Miete erheblich reduzierte Wohnung als Koordinationsstelle zur Verfügung“.',
            'What the organisation contributes.',
          ),
          aliases: ['beitrag', 'leistung', 'aufgabe'],
        },
      ],
    },
    {
      key: 'contacts',
      kind: 'list',
      sheet: 'Kontakte',
      label: w('Ansprechpersonen', 'Contacts'),
      help: w(
        'Wen man zum Projekt ansprechen kann, zum Beispiel die Projektleitung. Nennen Sie Personen nur, wenn sie einverstanden sind.',
        'Whom to contact about the project, for example the project lead. Name people only with their consent.',
      ),
      aliases: ['kontakt', 'kontakte', 'ansprechpartner', 'ansprechpartnerin', 'ansprechpersonen', 'ansprechperson'],
      fields: [
        {
          key: 'name',
          kind: 'string',
          label: w('Name', 'Name'),
          help: w('Der Name der Person.', 'The person’s name.'),
          aliases: ['person', 'vorname', 'nachname'],
        },
        {
          key: 'role',
          kind: 'text',
          label: w('Funktion', 'Role'),
          help: w('Zum Beispiel „Projektleitung“.', 'For example “project lead”.'),
          aliases: [...TEXT_ALIASES.role],
        },
        REFERENCE(
          'organization',
          'organizations',
          w('Organisation', 'Organisation'),
          w('Bei welcher Organisation die Person arbeitet.', 'The organisation the person works for.'),
          ['organisation', 'arbeitgeber', 'einrichtung'],
        ),
        EMAIL,
        PHONE,
      ],
    },
    {
      key: 'funding',
      kind: 'list',
      sheet: 'Förderung',
      label: w('Finanzierung und Förderung', 'Funding'),
      help: w('Wie das Projekt finanziert wird: Förderprogramm, Förderer, Betrag.', 'How the project is financed: programme, funder, amount.'),
      aliases: ['finanzierung', 'foerderung', 'förderung', 'foerdermittel', 'fördermittel', 'zuschuss'],
      fields: [
        REFERENCE('funder', 'organizations', w('Förderer', 'Funder'), w('Die Organisation, die fördert.', 'The funding organisation.'), [
          'foerderer',
          'förderer',
          'geldgeber',
          'foerdergeber',
        ]),
        {
          key: 'program',
          kind: 'text',
          label: w('Förderprogramm', 'Programme'),
          help: w('Zum Beispiel „Integrationsfonds des Landes Niedersachsen“.', 'For example “Integrationsfonds des Landes Niedersachsen”.'),
          aliases: ['programm', 'foerderprogramm', 'förderprogramm', 'programme'],
        },
        {
          key: 'description',
          kind: 'text',
          multiline: true,
          label: w('Was gefördert wird', 'What is funded'),
          help: w('Zum Beispiel „Mietfreie Überlassung der Räumlichkeiten“.', 'For example “rooms free of rent”.'),
          aliases: ['beschreibung', 'zweck'],
        },
        {
          key: 'amount',
          kind: 'object',
          label: w('Betrag', 'Amount'),
          help: w('Wie viel Geld, zum Beispiel 3000 Euro jährlich.', 'How much money, for example 3000 euros a year.'),
          aliases: ['betrag', 'summe', 'hoehe', 'höhe'],
          fields: [
            {
              key: 'value',
              kind: 'number',
              label: w('Betrag', 'Sum'),
              help: w('Die Summe als Zahl ohne Tausenderpunkt: 3000.', 'The sum as a number: 3000.'),
              required: true,
              min: 0,
              aliases: ['wert', 'betrag', 'summe'],
            },
            {
              key: 'currency',
              kind: 'currency',
              label: w('Währung', 'Currency'),
              help: w('„EUR“, wenn nichts angegeben ist.', '“EUR” when left empty.'),
              aliases: ['waehrung', 'währung'],
            },
            {
              key: 'per',
              kind: 'code',
              codes: 'per',
              label: w('Wie oft', 'How often'),
              help: w('Jährlich, monatlich oder einmalig.', 'Per year, per month or once.'),
              aliases: ['zeitraum', 'turnus', 'pro'],
            },
          ],
        },
      ],
    },
    {
      key: 'period',
      kind: 'object',
      label: w('Laufzeit', 'Period'),
      help: w('Wann das Projekt läuft: „seit 2012“, „endet am 31. Dezember 2021“.', 'When the project runs.'),
      aliases: ['laufzeit', 'zeitraum', 'dauer', 'projektlaufzeit'],
      fields: [
        {
          key: 'start',
          kind: 'date',
          label: w('Beginn', 'Start'),
          help: w('Als Jahr („2012“), Monat („2021-01“) oder Tag („2021-12-31“).', 'As a year (“2012”), month (“2021-01”) or day (“2021-12-31”).'),
          aliases: ['beginn', 'start', 'anfang', 'seit', 'von'],
        },
        {
          key: 'end',
          kind: 'date',
          label: w('Ende', 'End'),
          help: w('Als Jahr, Monat oder Tag. Leer lassen, solange das Projekt läuft.', 'As a year, month or day. Leave empty while the project runs.'),
          aliases: ['ende', 'bis', 'schluss'],
        },
        {
          key: 'note',
          kind: 'text',
          label: w('Hinweis zur Laufzeit', 'Note'),
          help: w('Zum Beispiel „Fortsetzung bei weiterer Finanzierung geplant“ (erfunden).', 'For example “to be continued if funding goes on” (made up).'),
          aliases: ['hinweis', 'anmerkung', 'bemerkung'],
        },
      ],
    },
    {
      key: 'quotes',
      kind: 'list',
      sheet: 'Zitate',
      label: w('Zitate', 'Quotes'),
      help: w('Was Beteiligte über das Projekt gesagt haben, mit Namen und Funktion.', 'What people involved said, with name and role.'),
      aliases: ['zitate', 'zitat', 'aussagen', 'stimmen'],
      fields: [
        {
          key: 'text',
          kind: 'text',
          multiline: true,
          label: w('Zitat', 'Quote'),
          help: w('Das Zitat ohne Anführungszeichen.', 'The quotation, without quotation marks.'),
          required: true,
          aliases: ['zitat', 'aussage'],
        },
        {
          key: 'name',
          kind: 'string',
          label: w('Name', 'Name'),
          help: w('Wer es gesagt hat.', 'Who said it.'),
          aliases: ['person', 'von'],
        },
        {
          key: 'role',
          kind: 'text',
          label: w('Funktion', 'Role'),
          help: w('Zum Beispiel „Leiterin der Diakonie-Kreisstelle“.', 'For example “head of the Diakonie office”.'),
          aliases: [...TEXT_ALIASES.role],
        },
        REFERENCE(
          'organization',
          'organizations',
          w('Organisation', 'Organisation'),
          w('Für welche Organisation die Person spricht.', 'The organisation the person speaks for.'),
          ['organisation', 'einrichtung'],
        ),
      ],
    },
    {
      key: 'links',
      kind: 'list',
      sheet: 'Links',
      label: w('Links', 'Links'),
      help: w('Seiten mit mehr Informationen, je mit Adresse und Beschriftung.', 'Pages with more information, each with address and label.'),
      aliases: ['links', 'weblinks', 'verweise', 'weiterelinks'],
      fields: [
        {
          key: 'url',
          kind: 'url',
          label: w('Adresse', 'Address'),
          help: w('Die Adresse der Seite, beginnend mit https://.', 'The page’s address, starting with https://.'),
          required: true,
          aliases: ['link', 'adresse', 'href', 'webseite'],
        },
        {
          key: 'label',
          kind: 'text',
          label: w('Beschriftung', 'Label'),
          help: w('Der Text des Links, zum Beispiel „Projektseite der Stadt“.', 'The link’s text.'),
          aliases: ['beschriftung', 'titel', 'text', 'name'],
        },
      ],
    },
    {
      key: 'images',
      kind: 'list',
      sheet: 'Bilder',
      label: w('Bilder', 'Images'),
      help: w(
        'Fotos des Projekts. Nehmen Sie nur Bilder, die Sie zeigen dürfen, und nennen Sie den Urheber.',
        'Photos of the project. Use only pictures you may show, and credit them.',
      ),
      aliases: ['bilder', 'bild', 'fotos', 'foto', 'image'],
      fields: [
        {
          key: 'url',
          kind: 'url',
          label: w('Adresse der Bilddatei', 'Image address'),
          help: w('Wo die Bilddatei im Internet liegt, beginnend mit https://.', 'Where the image file is, starting with https://.'),
          required: true,
          aliases: ['link', 'adresse', 'datei', 'src', 'bild'],
        },
        {
          key: 'alt',
          kind: 'text',
          label: w('Bildbeschreibung', 'Description'),
          help: w(
            'Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. Zum Beispiel „Wohnhäuser an der Hochstraße“.',
            'What the picture shows, for people who cannot see it.',
          ),
          aliases: ['alternativtext', 'bildbeschreibung', 'beschreibung', 'alttext'],
        },
        {
          key: 'credit',
          kind: 'string',
          label: w('Bildnachweis', 'Credit'),
          help: w('Zum Beispiel „Foto: Baugenossenschaft ›Wiederaufbau‹ eG“.', 'For example “Photo: …”.'),
          aliases: ['bildnachweis', 'fotograf', 'copyright', 'quelle', 'urheber'],
        },
      ],
    },
    {
      key: 'sources',
      kind: 'list',
      sheet: 'Quellen',
      label: w('Quellen', 'Sources'),
      help: w('Woher die Angaben stammen: ein Zeitungsartikel, eine Projektdatenbank.', 'Where the facts come from: a newspaper article, a project database.'),
      aliases: ['quellen', 'quelle', 'nachweise'],
      fields: [
        {
          key: 'title',
          kind: 'string',
          label: w('Titel', 'Title'),
          help: w('Der Titel der Quelle.', 'The source’s title.'),
          aliases: ['titel', 'name', 'ueberschrift', 'überschrift'],
        },
        {
          key: 'url',
          kind: 'url',
          label: w('Adresse', 'Address'),
          help: w('Wo die Quelle im Internet steht, beginnend mit https://.', 'Where the source is online, starting with https://.'),
          aliases: ['link', 'adresse', 'webseite'],
        },
        {
          key: 'publisher',
          kind: 'string',
          label: w('Erschienen bei', 'Publisher'),
          help: w('Wer sie veröffentlicht hat, zum Beispiel eine Zeitung oder eine Projektdatenbank.', 'Who published it.'),
          aliases: ['verlag', 'herausgeber', 'zeitung', 'medium'],
        },
        {
          key: 'author',
          kind: 'string',
          label: w('Autor/in', 'Author'),
          help: w('Wer sie geschrieben hat.', 'Who wrote it.'),
          aliases: ['autor', 'autorin', 'verfasser'],
        },
        {
          key: 'date',
          kind: 'date',
          label: w('Datum', 'Date'),
          help: w('Wann sie erschienen ist: Jahr, Monat oder Tag.', 'When it was published: year, month or day.'),
          aliases: ['datum', 'erschienen'],
        },
        {
          key: 'note',
          kind: 'string',
          label: w('Anmerkung', 'Note'),
          help: w('Alles Weitere zur Quelle, zum Beispiel ein Bildnachweis.', 'Anything else about the source.'),
          aliases: ['anmerkung', 'hinweis', 'bemerkung'],
        },
      ],
    },
    {
      key: 'reviewed',
      kind: 'date',
      label: w('Stand', 'Last checked'),
      help: w('Wann die Angaben zuletzt geprüft wurden.', 'When the entry was last checked.'),
      aliases: ['stand', 'geprueft', 'geprüft', 'aktualisiert'],
    },
    MACHINE_TRANSLATED,
  ],
};

const ORGANIZATION: RecordSpec = {
  list: 'organizations',
  label: w('Organisationen', 'Organisations'),
  one: w('Organisation', 'Organisation'),
  help: w(
    'Alle Organisationen, die in Projekten vorkommen: Stadt, Wohlfahrtsverband, Wohnungsunternehmen, Verein, Förderer. Jede nur einmal; Projekte und Angebote verweisen auf sie.',
    'Every organisation the projects mention, once each; projects and offers point to them.',
  ),
  aliases: ['organisationen', 'organisation', 'partner', 'einrichtungen', 'traeger', 'träger'],
  fields: [
    ID('der Organisation', 'diakonie-salzgitter'),
    NAME('Baugenossenschaft ›Wiederaufbau‹ eG', 'Baugenossenschaft ›Wiederaufbau‹ eG'),
    SHORT_NAME('TAG Wohnen'),
    {
      key: 'type',
      kind: 'code',
      codes: 'organizationType',
      label: w('Art', 'Type'),
      help: w('Was für eine Organisation es ist.', 'What kind of organisation it is.'),
      aliases: ['art', 'typ', 'organisationsart', 'kategorie'],
    },
    DESCRIPTION('Was die Organisation tut.', 'What the organisation does.'),
    URL_FIELD('Die Webseite der Organisation.', 'The organisation’s website.'),
    {
      key: 'logo',
      kind: 'object',
      label: w('Logo', 'Logo'),
      help: w('Das Logo der Organisation, als Adresse einer Bilddatei.', 'The organisation’s logo, as the address of an image file.'),
      aliases: ['logo', 'signet'],
      fields: [
        {
          key: 'url',
          kind: 'url',
          label: w('Adresse der Bilddatei', 'Image address'),
          help: w('Wo die Logo-Datei liegt, beginnend mit https://.', 'Where the logo file is, starting with https://.'),
          required: true,
          aliases: ['link', 'adresse', 'datei', 'src'],
        },
        {
          key: 'alt',
          kind: 'text',
          label: w('Bildbeschreibung', 'Description'),
          help: w('Meist einfach der Name der Organisation.', 'Usually just the organisation’s name.'),
          aliases: ['alternativtext', 'beschreibung', 'alttext'],
        },
      ],
    },
    ADDRESS,
    EMAIL,
    PHONE,
    MACHINE_TRANSLATED,
  ],
};

const PLACE: RecordSpec = {
  list: 'places',
  label: w('Orte', 'Places'),
  one: w('Ort', 'Place'),
  help: w(
    'Wo etwas stattfindet: ein Treffpunkt, eine Beratungsstelle, ein Büro. Angebote verweisen auf ihren Ort.',
    'Where something happens: a meeting point, an office. Offers point to their place.',
  ),
  aliases: ['orte', 'ort', 'standorte', 'standort', 'raeume', 'räume', 'adressen'],
  fields: [
    ID('des Orts', 'begegnungstreffpunkt-seesen'),
    NAME('Begegnungstreffpunkt', 'Begegnungstreffpunkt'),
    PROJECT_REF,
    ADDRESS,
    GEO,
    GEO_NOTE(w('die Lage angegeben ist', 'the position is')),
    {
      key: 'accessibility',
      kind: 'object',
      label: w('Barrierefreiheit', 'Accessibility'),
      help: w(
        'Ob der Ort mit dem Rollstuhl erreichbar ist, und was man sonst wissen sollte.',
        'Whether the place can be reached by wheelchair, and what else to know.',
      ),
      aliases: ['barrierefreiheit', 'barrierefrei', 'rollstuhl', 'zugang'],
      fields: [
        {
          key: 'wheelchair',
          kind: 'code',
          codes: 'wheelchair',
          label: w('Rollstuhl', 'Wheelchair'),
          help: w('Rollstuhlgerecht, eingeschränkt oder nicht.', 'Accessible, partly or not.'),
          aliases: ['rollstuhl', 'rollstuhlgerecht'],
        },
        {
          key: 'note',
          kind: 'text',
          label: w('Hinweis', 'Note'),
          help: w('Zum Beispiel „Eingang über den Hof, eine Stufe“ (erfunden).', 'For example “entrance through the yard, one step” (made up).'),
          aliases: ['hinweis', 'anmerkung'],
        },
      ],
    },
    DESCRIPTION('Was man über den Ort wissen sollte.', 'What to know about the place.'),
    MACHINE_TRANSLATED,
  ],
};

const OFFER: RecordSpec = {
  list: 'offers',
  label: w('Angebote', 'Offers'),
  one: w('Angebot', 'Offer'),
  help: w(
    'Was Bewohnerinnen und Bewohner nutzen können: Beratung, ein Sprachkurs, ein Frauentreff, ein Bewohnerforum – mit Ort und Zeiten.',
    'What residents can use: counselling, a language course, a women’s meeting – with place and times.',
  ),
  aliases: ['angebote', 'angebot', 'termine', 'veranstaltungen', 'kurse', 'leistungen'],
  fields: [
    ID('des Angebots', 'frauentreff-seesen'),
    NAME('Frauentreff', 'Frauentreff'),
    DESCRIPTION('Was im Angebot passiert.', 'What happens in the offer.'),
    PROJECT_REF,
    REFERENCE(
      'place',
      'places',
      w('Ort', 'Place'),
      w('Wo das Angebot stattfindet. Leer lassen, wenn die Quelle keinen Ort nennt.', 'Where it takes place. Leave empty when the source names none.'),
      ['ort', 'standort', 'raum', 'veranstaltungsort', 'location'],
    ),
    REFERENCE('provider', 'organizations', w('Anbieter', 'Provider'), w('Welche Organisation das Angebot macht.', 'The organisation that runs it.'), [
      'anbieter',
      'veranstalter',
      'traeger',
      'träger',
      'organisation',
    ]),
    {
      key: 'category',
      kind: 'code',
      codes: 'category',
      label: w('Art des Angebots', 'Category'),
      help: w('Wonach Bewohner filtern: Beratung, Sprache, Treffpunkt …', 'What residents filter by: counselling, language, meeting …'),
      aliases: ['kategorie', 'art', 'typ', 'bereich', 'thema'],
    },
    {
      key: 'audience',
      kind: 'text',
      label: w('Für wen', 'Audience'),
      help: w('Wer kommen kann, zum Beispiel „Frauen“ oder „neu zugezogene Familien“.', 'Who it is for, for example “women”.'),
      aliases: ['zielgruppe', 'fuer', 'für', 'fuerwen', 'fürwen', 'teilnehmer'],
    },
    {
      key: 'languages',
      kind: 'languages',
      label: w('Sprachen', 'Languages'),
      help: w('In welchen Sprachen das Angebot stattfindet, zum Beispiel Deutsch und Arabisch.', 'The languages it is held in.'),
      aliases: ['sprachen', 'sprache'],
    },
    {
      key: 'schedule',
      kind: 'object',
      label: w('Regelmäßige Zeiten', 'Regular times'),
      help: w(
        'Wann das Angebot regelmäßig stattfindet: jede Woche oder jeden Monat, an welchen Tagen, von wann bis wann.',
        'When the offer takes place regularly: every week or month, which days, from when to when.',
      ),
      aliases: ['zeiten', 'zeit', 'oeffnungszeiten', 'öffnungszeiten', 'uhrzeit', 'uhrzeiten', 'wann', 'sprechzeiten', 'termin', 'rhythmus'],
      preview: 'schedule',
      fields: [
        {
          key: 'text',
          kind: 'text',
          label: w('Zeiten in Worten', 'Times in words'),
          help: w(
            'Die Zeiten, wie Sie sie auf einen Aushang schreiben würden. Nur nötig, wenn die Regeln unten nicht alles sagen (zum Beispiel „außer in den Ferien“).',
            'The times as you would write them on a notice. Only needed when the rules below do not say it all.',
          ),
          aliases: ['text', 'zeiten', 'beschreibung'],
        },
        {
          key: 'rules',
          kind: 'list',
          sheet: 'Zeiten',
          label: w('Regeln', 'Rules'),
          help: w(
            'Jede Regel: jede Woche oder jeden Monat (dann: der wievielte Wochentag), an welchen Wochentagen, von wann bis wann. Daraus berechnen die Widgets den nächsten Termin.',
            'Each rule: every week or month (then: which weekday of the month), which weekdays, from when to when. The widgets compute the next date from it.',
          ),
          aliases: ['regeln', 'regel', 'wiederholung'],
          fields: [
            {
              key: 'freq',
              kind: 'code',
              codes: 'freq',
              label: w('Rhythmus', 'Frequency'),
              help: w('Jede Woche oder jeden Monat.', 'Every week or every month.'),
              required: true,
              aliases: ['rhythmus', 'haeufigkeit', 'häufigkeit', 'turnus', 'frequenz'],
            },
            {
              key: 'byDay',
              kind: 'codes',
              codes: 'weekday',
              label: w('Wochentage', 'Weekdays'),
              help: w('An welchen Wochentagen.', 'On which weekdays.'),
              required: true,
              aliases: ['wochentage', 'wochentag', 'tage', 'tag'],
            },
            {
              key: 'bySetPos',
              kind: 'set-pos',
              label: w('Woche im Monat', 'Week of the month'),
              help: w(
                'Nur bei „jeden Monat“: der wievielte Wochentag im Monat. 1 = der erste, 2 = der zweite … −1 = der letzte.',
                'Only for “every month”: which weekday of the month. 1 = first, 2 = second … −1 = last.',
              ),
              min: -5,
              max: 5,
              aliases: ['woche', 'wievielte', 'position'],
            },
            {
              key: 'opens',
              kind: 'time',
              label: w('Von', 'From'),
              help: w('Beginn als „10:00“.', 'Start as “10:00”.'),
              aliases: ['von', 'beginn', 'start', 'ab'],
            },
            {
              key: 'closes',
              kind: 'time',
              label: w('Bis', 'Until'),
              help: w('Ende als „12:00“; „24:00“ für Mitternacht.', 'End as “12:00”; “24:00” for midnight.'),
              aliases: ['bis', 'ende', 'schluss'],
            },
          ],
        },
        {
          key: 'validFrom',
          kind: 'date',
          label: w('Gilt ab', 'Valid from'),
          help: w('Erster Tag, an dem diese Zeiten gelten.', 'First day these times apply.'),
          aliases: ['ab', 'gueltigab', 'gültigab', 'von'],
        },
        {
          key: 'validThrough',
          kind: 'date',
          label: w('Gilt bis', 'Valid until'),
          help: w('Letzter Tag, an dem diese Zeiten gelten.', 'Last day these times apply.'),
          aliases: ['bis', 'gueltigbis', 'gültigbis'],
        },
        {
          key: 'byAppointment',
          kind: 'boolean',
          label: w('Nach Vereinbarung', 'By appointment'),
          help: w(
            'Ja, wenn man (auch) einen Termin ausmachen kann. Ohne Regeln heißt das: nur nach Vereinbarung.',
            'Yes when residents can (also) arrange a time. Without rules: by appointment only.',
          ),
          aliases: ['nachvereinbarung', 'vereinbarung', 'nachabsprache', 'absprache'],
        },
        {
          key: 'exceptHolidays',
          kind: 'code',
          codes: 'holidayRegion',
          label: w('Außer an Feiertagen in', 'Not on public holidays in'),
          help: w(
            'Das Bundesland, an dessen gesetzlichen Feiertagen das Angebot nicht stattfindet. Die Widgets kennen die Feiertage jedes Jahres.',
            'The Land on whose public holidays the offer does not take place. The widgets know the holidays of every year.',
          ),
          aliases: ['feiertage', 'ausserfeiertagen', 'außerfeiertagen', 'bundesland', 'land'],
        },
        {
          key: 'exceptions',
          kind: 'list',
          sheet: 'Ausnahmen',
          label: w('Ausnahmen', 'Exceptions'),
          help: w(
            'Tage, an denen es anders ist: ohne Uhrzeit fällt der Termin aus („fällt am 24.12. aus“); mit Uhrzeit findet er an dem Tag zu dieser Zeit statt, auch als zusätzlicher Termin.',
            'Days that differ: without times the date is cancelled; with times it takes place at those times that day, also as an extra date.',
          ),
          aliases: ['ausnahmen', 'ausnahme', 'faelltaus', 'fälltaus', 'ausfall', 'ausfaelle', 'ausfälle'],
          fields: [
            {
              key: 'date',
              kind: 'date',
              label: w('Tag', 'Day'),
              help: w('Der Tag als „2026-12-24“.', 'The day as “2026-12-24”.'),
              required: true,
              aliases: ['tag', 'datum'],
            },
            {
              key: 'reason',
              kind: 'text',
              label: w('Grund', 'Reason'),
              help: w('Warum, in wenigen Worten, zum Beispiel „Heiligabend“.', 'Why, in a few words.'),
              aliases: ['grund', 'anlass', 'hinweis'],
            },
            {
              key: 'opens',
              kind: 'time',
              label: w('Von', 'From'),
              help: w(
                'Nur wenn es an dem Tag zu einer anderen Zeit stattfindet: Beginn als „10:00“.',
                'Only when it takes place at another time that day: start as “10:00”.',
              ),
              aliases: ['von', 'beginn', 'start', 'ab'],
            },
            {
              key: 'closes',
              kind: 'time',
              label: w('Bis', 'Until'),
              help: w('Ende an dem Tag als „11:00“.', 'End that day as “11:00”.'),
              aliases: ['bis', 'ende', 'schluss'],
            },
          ],
        },
        {
          key: 'closed',
          kind: 'list',
          sheet: 'Schließzeiten',
          label: w('Geschlossen', 'Closed'),
          help: w(
            'Zeiträume, in denen das Angebot nicht stattfindet, zum Beispiel die Schulferien.',
            'Periods in which the offer does not take place, for example the school holidays.',
          ),
          aliases: ['geschlossen', 'schliesszeiten', 'schließzeiten', 'ferien', 'pause', 'pausen'],
          fields: [
            {
              key: 'from',
              kind: 'date',
              label: w('Von', 'From'),
              help: w('Erster geschlossener Tag als „2026-07-02“.', 'First closed day as “2026-07-02”.'),
              required: true,
              aliases: ['von', 'ab', 'beginn'],
            },
            {
              key: 'to',
              kind: 'date',
              label: w('Bis', 'Until'),
              help: w('Letzter geschlossener Tag als „2026-08-12“.', 'Last closed day as “2026-08-12”.'),
              required: true,
              aliases: ['bis', 'ende'],
            },
            {
              key: 'reason',
              kind: 'text',
              label: w('Grund', 'Reason'),
              help: w('Warum, in wenigen Worten, zum Beispiel „Sommerferien“.', 'Why, in a few words, for example “summer holidays”.'),
              aliases: ['grund', 'anlass', 'hinweis'],
            },
          ],
        },
      ],
    },
    {
      key: 'dates',
      kind: 'list',
      sheet: 'Einzeltermine',
      label: w('Einzeltermine', 'One-off dates'),
      help: w('Termine, die nur einmal stattfinden, zum Beispiel ein Sommerfest.', 'Dates that happen once, for example a summer party.'),
      aliases: ['einzeltermine', 'termine', 'daten', 'datum', 'veranstaltungen'],
      fields: [
        {
          key: 'start',
          kind: 'date-time',
          label: w('Beginn', 'Start'),
          help: w('Tag („2026-06-20“) oder Tag und Uhrzeit („2026-06-20T15:00“).', 'Day or day and time.'),
          required: true,
          aliases: ['beginn', 'start', 'von', 'datum'],
        },
        {
          key: 'end',
          kind: 'date-time',
          label: w('Ende', 'End'),
          help: w('Tag oder Tag und Uhrzeit.', 'Day or day and time.'),
          aliases: ['ende', 'bis'],
        },
      ],
    },
    {
      key: 'registration',
      kind: 'code',
      codes: 'registration',
      label: w('Anmeldung', 'Registration'),
      help: w('Ob man sich anmelden muss.', 'Whether residents must register.'),
      aliases: ['anmeldung', 'voranmeldung', 'registrierung'],
    },
    {
      key: 'status',
      kind: 'code',
      codes: 'status',
      label: w('Stand des Angebots', 'Status'),
      help: w(
        'Findet statt, vorübergehend ausgesetzt, beendet oder geplant (noch nicht begonnen).',
        'Takes place, suspended, ended or planned (not started yet).',
      ),
      aliases: ['status', 'zustand', 'aktiv'],
    },
    {
      key: 'cost',
      kind: 'cost',
      label: w('Kosten', 'Cost'),
      help: w('„kostenlos“ oder ein Text wie „2 Euro pro Treffen“.', '“free” or a text such as “2 euros per meeting”.'),
      aliases: ['kosten', 'preis', 'gebuehr', 'gebühr', 'beitrag', 'entgelt'],
    },
    {
      key: 'contact',
      kind: 'object',
      label: w('Kontakt', 'Contact'),
      help: w('Wen man zu diesem Angebot fragen kann.', 'Whom to ask about the offer.'),
      aliases: ['kontakt', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson'],
      fields: [
        {
          key: 'name',
          kind: 'string',
          label: w('Name', 'Name'),
          help: w('Name der Person oder Stelle.', 'Name of the person or office.'),
          aliases: ['person'],
        },
        EMAIL,
        PHONE,
      ],
    },
    URL_FIELD('Eine Seite mit mehr Informationen zum Angebot.', 'A page with more about the offer.'),
    MACHINE_TRANSLATED,
  ],
};

/** The four record types, in the order a feed lists them. */
export const RECORD_SPECS: readonly RecordSpec[] = [PROJECT, ORGANIZATION, PLACE, OFFER];

/** The record type of a list. */
export function recordSpec(list: RecordListName): RecordSpec {
  const spec = RECORD_SPECS.find((r) => r.list === list);
  if (!spec) throw new Error(`no record list ${list}`);
  return spec;
}
