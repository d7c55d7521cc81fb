/**
 * Types of a validated Quartier feed, format 1 (see the product specification,
 * `feed-v1.md`, and `data/quartier-feed.schema.json`).
 *
 * Everything here is what `validateFeed()` guarantees: every optional field
 * that is present has the type given here, every id is a unique slug, every
 * URL is allowed, every text is plain text. Elements trust these types and
 * never look at raw JSON.
 */

/** A BCP 47 language tag such as `de`, `en`, `ar`, `de-x-plain`. */
export type LanguageTag = string;

/**
 * A text in one or more languages. Validation turns the feed's plain strings
 * into `{[feed.language]: string}`, so elements only ever see this form.
 */
export type Text = Readonly<Record<LanguageTag, string>>;

/** An absolute `http:` or `https:` URL, already checked. */
export type SafeUrl = string;

export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
  /** The position is estimated (read off a map, guessed from a street), not measured: widgets say "ungefähre Lage" and draw it as estimated. */
  readonly approximate?: boolean;
}

/**
 * How a figure relates to the number given, as the source words it:
 * "ca." or "rund" (`approximately`), "über" (`more-than`), "unter"
 * (`less-than`), "mindestens" (`at-least`). Widgets word it in the reader's
 * language: "über 2.300".
 */
export const QUALIFIERS = ['approximately', 'more-than', 'less-than', 'at-least'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Address {
  readonly street?: string;
  readonly postalCode?: string;
  readonly locality?: string;
  readonly district?: string;
}

export interface Publisher {
  readonly name?: string;
  readonly url?: SafeUrl;
  readonly email?: string;
}

export interface Municipality {
  readonly name: string;
  readonly population?: number;
  /** Population figure is approximate ("ca."); the older form of `populationQualifier: 'approximately'`. */
  readonly populationApproximate?: boolean;
  readonly populationQualifier?: Qualifier;
  /** Landkreis. */
  readonly district?: string;
  readonly state?: string;
}

/** A GeoJSON Polygon: rings of `[lng, lat]` positions. */
export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

export interface Quarter {
  readonly name?: Text;
  readonly residents?: number;
  readonly residentsApproximate?: boolean;
  readonly residentsQualifier?: Qualifier;
  readonly housingUnits?: number;
  readonly housingUnitsApproximate?: boolean;
  readonly housingUnitsQualifier?: Qualifier;
  readonly center?: GeoPoint;
  readonly radiusMeters?: number;
  readonly radiusApproximate?: boolean;
  readonly area?: PolygonGeometry;
  /** How exact `center`, `radiusMeters` and `area` are, and why, e.g. "Mitte aus dem Straßennamen geschätzt". */
  readonly geoNote?: Text;
  readonly description?: Text;
}

export interface Fact {
  readonly label: Text;
  readonly value: number | Text;
  readonly unit?: Text;
  /** The older form of `qualifier: 'approximately'`. */
  readonly approximate?: boolean;
  readonly qualifier?: Qualifier;
  readonly year?: number;
}

export const FIELDS_OF_ACTION = [
  'image',
  'social',
  'housing',
  'health',
  'environment',
  'education',
  'leisure',
  'economy',
  'integration',
  'participation',
] as const;
export type FieldOfAction = (typeof FIELDS_OF_ACTION)[number];

export const PARTNER_ROLES = ['lead', 'partner', 'funder', 'owner', 'network'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export interface ProjectPartner {
  readonly organization: string;
  readonly role: PartnerRole;
  readonly contribution?: Text;
}

export interface Contact {
  readonly name?: string;
  readonly role?: Text;
  readonly organization?: string;
  /** An e-mail address (elements link it as `mailto:`). */
  readonly email?: string;
  /** A phone number as written; elements link it as `tel:`. */
  readonly phone?: string;
}

export const AMOUNT_PERIODS = ['year', 'month', 'once'] as const;
export type AmountPeriod = (typeof AMOUNT_PERIODS)[number];

export interface Amount {
  readonly value: number;
  /** ISO 4217 code, `EUR` by default. */
  readonly currency: string;
  readonly per?: AmountPeriod;
}

export interface Funding {
  readonly funder?: string;
  readonly program?: Text;
  readonly description?: Text;
  readonly amount?: Amount;
}

/** An ISO date (`2021-12-31`), year-month (`2021-01`) or year (`2012`). */
export type PartialDate = string;

export interface Period {
  readonly start?: PartialDate;
  readonly end?: PartialDate;
  readonly note?: Text;
}

export interface Quote {
  readonly text: Text;
  readonly name?: string;
  readonly role?: Text;
  readonly organization?: string;
}

export interface Link {
  readonly url: SafeUrl;
  readonly label?: Text;
}

export interface Image {
  readonly url: SafeUrl;
  readonly alt?: Text;
  readonly credit?: string;
}

export interface Source {
  readonly title?: string;
  readonly url?: SafeUrl;
  readonly publisher?: string;
  readonly author?: string;
  readonly date?: PartialDate;
  /** Anything else about the source, e.g. a photo credit. */
  readonly note?: string;
}

interface Translatable {
  /** Language tags whose texts in this record were machine-translated and not yet reviewed. */
  readonly machineTranslated?: readonly LanguageTag[];
}

export interface Project extends Translatable {
  readonly id: string;
  readonly name: Text;
  readonly shortName?: Text;
  readonly summary?: Text;
  readonly description?: Text;
  readonly municipality?: Municipality;
  readonly quarter?: Quarter;
  readonly facts: readonly Fact[];
  readonly residents?: Text;
  readonly buildings?: Text;
  readonly characteristics?: Text;
  readonly goals: readonly Text[];
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly partners: readonly ProjectPartner[];
  readonly contacts: readonly Contact[];
  readonly funding: readonly Funding[];
  readonly period?: Period;
  readonly quotes: readonly Quote[];
  readonly links: readonly Link[];
  readonly images: readonly Image[];
  readonly sources: readonly Source[];
  /** Date the entry was last checked ("Stand"). */
  readonly reviewed?: PartialDate;
}

export const ORGANIZATION_TYPES = ['municipality', 'welfare', 'housing', 'church', 'association', 'school', 'state', 'company', 'other'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export interface Organization extends Translatable {
  readonly id: string;
  readonly name: Text;
  readonly shortName?: Text;
  readonly type?: OrganizationType;
  readonly description?: Text;
  readonly url?: SafeUrl;
  readonly logo?: { readonly url: SafeUrl; readonly alt?: Text };
  readonly address?: Address;
  readonly email?: string;
  readonly phone?: string;
}

export const WHEELCHAIR_ACCESS = ['yes', 'limited', 'no'] as const;
export type WheelchairAccess = (typeof WHEELCHAIR_ACCESS)[number];

export interface Place extends Translatable {
  readonly id: string;
  readonly name: Text;
  readonly project?: string;
  readonly address?: Address;
  readonly geo?: GeoPoint;
  /** How exact `geo` is, and why, e.g. "aus dem Straßennamen geschätzt". */
  readonly geoNote?: Text;
  readonly accessibility?: { readonly wheelchair?: WheelchairAccess; readonly note?: Text };
  readonly description?: Text;
}

export const OFFER_CATEGORIES = [
  'counselling',
  'language',
  'meeting',
  'education',
  'health',
  'culture',
  'sport',
  'children',
  'youth',
  'seniors',
  'housing',
  'other',
] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const RULE_FREQUENCIES = ['weekly', 'monthly'] as const;

export interface ScheduleRule {
  readonly freq: (typeof RULE_FREQUENCIES)[number];
  readonly byDay: readonly Weekday[];
  /** For monthly rules: 1 = first, 2 = second, …, -1 = last weekday of the month. */
  readonly bySetPos?: number;
  /** Local time "HH:MM". */
  readonly opens?: string;
  readonly closes?: string;
}

/**
 * The German Länder by their ISO 3166-2 code (without `DE-`), and `DE` for
 * the public holidays of the whole country only: whose holidays a schedule
 * skips (`exceptHolidays`, format 1.1).
 */
export const HOLIDAY_REGIONS = ['DE', 'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/**
 * A day on which the rules do not hold as usual (format 1.1): without times
 * it is cancelled ("fällt aus"); with `opens`/`closes` it takes place at
 * those times instead.
 */
export interface ScheduleException {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly reason?: Text;
  readonly opens?: string;
  readonly closes?: string;
}

/** Days on which the rules do not hold at all (format 1.1), e.g. school holidays; both ends count. */
export interface ClosedPeriod {
  /** `YYYY-MM-DD`, or a month or year meaning its first day. */
  readonly from: PartialDate;
  /** `YYYY-MM-DD`, or a month or year meaning its last day. */
  readonly to: PartialDate;
  readonly reason?: Text;
}

export interface Schedule {
  readonly text?: Text;
  readonly rules: readonly ScheduleRule[];
  readonly validFrom?: PartialDate;
  readonly validThrough?: PartialDate;
  /** Format 1.1: (also, or with no rules only) by appointment – "nach Vereinbarung". */
  readonly byAppointment?: boolean;
  /** Format 1.1: the rules skip the public holidays of this Land (or of the whole country, `DE`). */
  readonly exceptHolidays?: HolidayRegion;
  /** Format 1.1: days cancelled or at other times. */
  readonly exceptions?: readonly ScheduleException[];
  /** Format 1.1: periods without the rules. */
  readonly closed?: readonly ClosedPeriod[];
}

export interface OneOffDate {
  /** ISO date or local date-time (`2026-06-20T15:00`). */
  readonly start: string;
  readonly end?: string;
}

export const REGISTRATION_KINDS = ['none', 'required', 'appointment'] as const;
export type Registration = (typeof REGISTRATION_KINDS)[number];

/** `planned` is format 1.1: announced, not yet taking place. */
export const OFFER_STATUSES = ['active', 'paused', 'ended', 'planned'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface Offer extends Translatable {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
  readonly project?: string;
  readonly place?: string;
  readonly provider?: string;
  readonly category?: OfferCategory;
  readonly audience?: Text;
  readonly languages: readonly LanguageTag[];
  readonly schedule?: Schedule;
  readonly dates: readonly OneOffDate[];
  readonly registration?: Registration;
  readonly status: OfferStatus;
  /** `'free'` or a text such as "2 Euro pro Treffen". */
  readonly cost?: 'free' | Text;
  readonly contact?: { readonly name?: string; readonly email?: string; readonly phone?: string };
  readonly url?: SafeUrl;
}

export interface Feed {
  /** The version string as written, `"1"` or `"1.x"`. */
  readonly version: string;
  /** Default language of plain-string texts. */
  readonly language: LanguageTag;
  readonly publisher?: Publisher;
  readonly updated?: string;
  readonly license?: string;
  readonly projects: readonly Project[];
  readonly organizations: readonly Organization[];
  readonly places: readonly Place[];
  readonly offers: readonly Offer[];
}

/** Why a part of the feed was dropped or ignored. */
export type WarningCode =
  | 'invalid-type'
  | 'missing-required'
  | 'invalid-id'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'invalid-url'
  /** An http(s) URL with a user name or password (`https://a@b/`), which misleads about where it leads. */
  | 'url-with-credentials'
  /** The server names a character encoding other than UTF-8; the feed is read as UTF-8. */
  | 'not-utf-8'
  | 'invalid-date'
  | 'invalid-coordinates'
  | 'invalid-value'
  | 'unknown-code'
  | 'unsafe-key'
  | 'language-mismatch'
  /** A list longer than its limit (`limits.ts`): the first `detail.limit` entries are read, `detail.count` left out. */
  | 'too-many'
  /** A project with more places, or offers, than its limit (after merging): `detail.count` of them left out. */
  | 'too-many-places'
  | 'too-many-offers';

/** What a field should have held, for the warning's message (each has a text in every UI language). */
export type ExpectedCode =
  | 'id'
  | 'http-url'
  | 'email'
  | 'phone'
  | 'date'
  | 'day'
  | 'date-time'
  | 'clock'
  | 'count'
  | 'boolean'
  | 'text'
  | 'whole-number'
  | 'number'
  | 'language-tag'
  | 'language-tag-default'
  | 'non-empty-text'
  | 'text-or-translations'
  | 'translation'
  | 'object'
  | 'list'
  | 'value'
  | 'radius'
  | 'lat-lng'
  | 'lng-lat'
  | 'polygon'
  | 'polygon-rings'
  | 'not-before'
  | 'after'
  | 'currency'
  | 'set-pos'
  | 'postal-code'
  | 'one-of'
  | 'projects'
  | 'organizations'
  | 'places';

/**
 * One problem found in a feed. `path` locates it in the JSON document
 * (`['offers', 3, 'url']`), `record` names the record by its id when it has
 * one, `field` is the field inside that record, `dropped` says what was lost.
 */
export interface FeedWarning {
  readonly code: WarningCode;
  readonly path: ReadonlyArray<string | number>;
  /** Which list the record is in: `projects`, `organizations`, `places`, `offers`, or `feed` for the root. */
  readonly list: 'projects' | 'organizations' | 'places' | 'offers' | 'feed';
  readonly record?: string;
  readonly field?: string;
  /** `record` when the whole record was dropped, `field` when only the field was, `none` when kept. */
  readonly dropped: 'record' | 'field' | 'none';
  /**
   * Facts for the message: `value` (the bad value, shortened), `expected`
   * (what should be there), `limit` (the value it is compared with), `allowed`
   * (the codes allowed), `kept` (the feed whose record won), `count` (how
   * many entries a limit left out).
   */
  readonly detail?: {
    readonly count?: number;
    readonly value?: string;
    readonly expected?: ExpectedCode;
    readonly limit?: string;
    readonly allowed?: string;
    readonly kept?: string;
  };
  /** URL of the feed the warning comes from, when known. */
  readonly source?: string;
}

export interface ValidationResult {
  readonly feed: Feed;
  readonly warnings: readonly FeedWarning[];
}
