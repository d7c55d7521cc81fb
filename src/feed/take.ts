/**
 * The validator's fast path: a record of a freshly parsed feed that is already
 * in the clean form the readers of records.ts would return is taken as it is,
 * instead of being copied field by field. Each check reads own properties only,
 * allocates nothing for a record that fails, and answers `false` at the first
 * field the reader would change, drop or warn about (a `null`, an unknown key,
 * a text that needs trimming, a list beyond its limit, a number where the
 * reader makes a string …); `validate.ts` then reads that record with the
 * readers, so the warnings are exactly theirs.
 *
 * A record that passes is finished in place: a plain-string text becomes the
 * object form in the feed's language, the defaults the reader sets are added
 * (`languages`, `dates`, `status`, `rules`), and every object is given a null
 * prototype (fields first, prototype last: that order keeps one V8 shape for
 * all records of a kind). A text is changed only once it has passed, so a
 * record that fails later reads the same to the readers as before.
 *
 * Only for a document that nothing else holds (the loader's own JSON.parse
 * result): the records become the feed's.
 */
import { canonicalTag, canonicalTags, textIn } from './read.js';
import {
  checkClock,
  checkDateTime,
  checkEmail,
  checkLatitude,
  checkLongitude,
  checkPartialDate,
  checkPhone,
  checkPostalCode,
  checkSlug,
  checkUrl,
  cleanString,
  checkLanguageTag,
  isRecord,
  own,
  UNSAFE_KEYS,
} from './checks.js';
import { LIMITS } from './limits.js';
import {
  HOLIDAY_REGIONS,
  OFFER_CATEGORIES,
  OFFER_STATUSES,
  ORGANIZATION_TYPES,
  REGISTRATION_KINDS,
  RULE_FREQUENCIES,
  WEEKDAYS,
  WHEELCHAIR_ACCESS,
} from './types.js';

type Obj = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;
/** The empty lists a taken record gets for absent `languages` and `dates` (shared: records are read-only). */
const NONE: readonly never[] = Object.freeze([]);

/** Checks a record in place; `true` when it was taken (and finished), `false` when the readers must read it. */
export type Take = (record: Obj, language: string) => boolean;

const set = (codes: readonly string[]): ReadonlySet<unknown> => new Set(codes);
const CATEGORIES = set(OFFER_CATEGORIES);
const STATUSES = set(OFFER_STATUSES);
const REGISTRATIONS = set(REGISTRATION_KINDS);
const ORGANIZATION_KINDS = set(ORGANIZATION_TYPES);
const WHEELCHAIR = set(WHEELCHAIR_ACCESS);
const DAYS = set(WEEKDAYS);
const HOLIDAYS = set(HOLIDAY_REGIONS);
const FREQUENCIES = set(RULE_FREQUENCIES);

// Each check below is written out as `typeof v === 'string' && check(v) === v` ("a string the reader keeps
// unchanged"), not through a helper taking the check: one call site per check stays monomorphic and inlined.
const isSlug = (v: unknown): boolean => typeof v === 'string' && checkSlug(v) === v;
/** A plain string (`string` of read.ts). */
const isString = (v: unknown): boolean => typeof v === 'string' && cleanString(v, 2000) === v;
/** A clean text string. */
const isText = (v: unknown): boolean => typeof v === 'string' && cleanString(v) === v;

/** A language tag already in its canonical form. */
function isTag(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const known = canonicalTags.get(value);
  if (known !== undefined) return known === value;
  return !UNSAFE_KEYS.has(value) && checkLanguageTag(value) !== undefined && canonicalTag(value) === value;
}

/** A list of at most `max` entries, each passing `entry` (which may finish it in place). */
function isList(value: unknown, max: number, entry: (item: unknown) => boolean): value is unknown[] {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!entry(value[i])) return false;
  return true;
}

const isTags = (v: unknown): boolean => isList(v, LIMITS.list, isTag);

/** A Text at `holder[key]`: a clean string is made the object form in `language`; an object is checked and loses its prototype. */
function takeText(holder: Obj, key: string, value: unknown, language: string): boolean {
  if (typeof value === 'string') {
    if (!isText(value)) return false;
    holder[key] = textIn(language, value);
    return true;
  }
  if (!isRecord(value)) return false;
  let any = false;
  for (const tag in value) {
    if (!hasOwn.call(value, tag) || !isTag(tag) || !isText(value[tag])) return false;
    any = true;
  }
  if (!any) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

/**
 * `true` when `value` is a JSON object, not empty, whose every key `field` accepts (an unknown key, `__proto__` or
 * one inherited from a polluted prototype, is refused). Keys are walked with `for…in` (V8's cached keys, no array
 * made); `field` is a function of the module, not a closure, so nothing is allocated.
 */
function takeObject(value: unknown, language: string, field: (object: Obj, key: string, value: unknown, language: string) => boolean): value is Obj {
  if (!isRecord(value)) return false;
  let any = false;
  for (const key in value) {
    if (!hasOwn.call(value, key) || !field(value, key, value[key], language)) return false;
    any = true;
  }
  return any;
}

function addressField(_: Obj, key: string, v: unknown): boolean {
  switch (key) {
    case 'street':
    case 'locality':
    case 'district':
      return isString(v);
    case 'postalCode':
      return typeof v === 'string' && checkPostalCode(v) === v;
    default:
      return false;
  }
}

function takeAddress(value: unknown): boolean {
  if (!takeObject(value, '', addressField)) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

function geoField(_: Obj, key: string, v: unknown): boolean {
  switch (key) {
    case 'lat':
      return checkLatitude(v) !== undefined;
    case 'lng':
      return checkLongitude(v) !== undefined;
    case 'approximate':
      // The reader leaves `false` out.
      return v === true;
    default:
      return false;
  }
}

/** `{lat, lng}` in range and not both 0. */
function takeGeoPoint(value: unknown): boolean {
  if (!takeObject(value, '', geoField)) return false;
  const lat = own(value, 'lat');
  const lng = own(value, 'lng');
  if (lat === undefined || lng === undefined || (lat === 0 && lng === 0)) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

const isDay = (v: unknown): boolean => DAYS.has(v);

/** Days without a repeat (the reader drops a repeated day without a word). */
function distinct(list: readonly unknown[]): boolean {
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return false;
  return true;
}

function ruleField(_: Obj, key: string, v: unknown): boolean {
  switch (key) {
    case 'freq':
      return FREQUENCIES.has(v);
    case 'byDay':
      return isList(v, LIMITS.list, isDay) && v.length > 0 && distinct(v);
    case 'bySetPos':
      return typeof v === 'number' && Number.isInteger(v) && v !== 0 && v >= -5 && v <= 5;
    case 'opens':
    case 'closes':
      return typeof v === 'string' && checkClock(v) === v;
    default:
      return false;
  }
}

function takeRule(value: unknown): boolean {
  if (!takeObject(value, '', ruleField)) return false;
  const freq = own(value, 'freq');
  if (freq === undefined || own(value, 'byDay') === undefined) return false;
  // `bySetPos` is read for monthly rules only; `closes` must come after `opens`.
  if (freq !== 'monthly' && own(value, 'bySetPos') !== undefined) return false;
  const opens = own(value, 'opens') as string | undefined;
  const closes = own(value, 'closes') as string | undefined;
  if (opens !== undefined && closes !== undefined && closes <= opens) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

function scheduleField(o: Obj, key: string, v: unknown, language: string): boolean {
  switch (key) {
    case 'text':
      return takeText(o, key, v, language);
    case 'rules':
      return isList(v, LIMITS.list, takeRule);
    case 'validFrom':
    case 'validThrough':
      return typeof v === 'string' && checkPartialDate(v) === v;
    case 'byAppointment':
      return typeof v === 'boolean';
    case 'exceptHolidays':
      return HOLIDAYS.has(v);
    default:
      // Exceptions and closed periods go to the readers.
      return false;
  }
}

function takeSchedule(value: unknown, language: string): boolean {
  if (!takeObject(value, language, scheduleField)) return false;
  // The reader drops a schedule that says nothing, without a warning.
  const rules = own(value, 'rules') as unknown[] | undefined;
  if (own(value, 'text') === undefined && (rules === undefined || rules.length === 0) && own(value, 'byAppointment') !== true) return false;
  if (rules === undefined) value['rules'] = NONE;
  Object.setPrototypeOf(value, null);
  return true;
}

function dateField(_: Obj, key: string, v: unknown): boolean {
  return (key === 'start' || key === 'end') && typeof v === 'string' && checkDateTime(v) === v;
}

function takeDate(value: unknown): boolean {
  if (!takeObject(value, '', dateField)) return false;
  const start = own(value, 'start') as string | undefined;
  const end = own(value, 'end') as string | undefined;
  if (start === undefined || (end !== undefined && end < start)) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

function contactField(_: Obj, key: string, v: unknown): boolean {
  switch (key) {
    case 'name':
      return isString(v);
    case 'email':
      return typeof v === 'string' && checkEmail(v) === v;
    case 'phone':
      return typeof v === 'string' && checkPhone(v) === v;
    default:
      return false;
  }
}

function takeOfferContact(value: unknown): boolean {
  if (!takeObject(value, '', contactField)) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

/** Flags of the fields a record has, for the required ones and the defaults. */
const ID = 1;
const NAME = 2;
const LANGUAGES = 4;
const DATES = 8;
const STATUS = 16;

/** One field of an offer: the flag it sets (0 for an optional one), or −1 when the readers must read the record. */
function offerField(r: Obj, key: string, v: unknown, language: string): number {
  switch (key) {
    case 'id':
      return isSlug(v) ? ID : -1;
    case 'project':
    case 'place':
    case 'provider':
      return isSlug(v) ? 0 : -1;
    case 'name':
      return takeText(r, key, v, language) ? NAME : -1;
    case 'description':
    case 'audience':
      return takeText(r, key, v, language) ? 0 : -1;
    case 'category':
      return CATEGORIES.has(v) ? 0 : -1;
    case 'languages':
      return isTags(v) ? LANGUAGES : -1;
    case 'machineTranslated':
      return isTags(v) ? 0 : -1;
    case 'schedule':
      return takeSchedule(v, language) ? 0 : -1;
    case 'dates':
      return isList(v, LIMITS.dates, takeDate) ? DATES : -1;
    case 'registration':
      return REGISTRATIONS.has(v) ? 0 : -1;
    case 'status':
      return STATUSES.has(v) ? STATUS : -1;
    case 'cost':
      return v === 'free' || takeText(r, key, v, language) ? 0 : -1;
    case 'contact':
      return takeOfferContact(v) ? 0 : -1;
    case 'url':
      return typeof v === 'string' && checkUrl(v) === v ? 0 : -1;
    default:
      return -1;
  }
}

/** The flags of a record's fields (−1 when one of them fails), walked as `takeObject` does. */
function fieldFlags(r: Obj, language: string, field: (r: Obj, key: string, v: unknown, language: string) => number): number {
  let flags = 0;
  for (const key in r) {
    if (!hasOwn.call(r, key)) return -1;
    const flag = field(r, key, r[key], language);
    if (flag < 0) return -1;
    flags |= flag;
  }
  return flags;
}

const ID_AND_NAME = ID | NAME;

export const takeOffer: Take = (r, language) => {
  const flags = fieldFlags(r, language, offerField);
  if (flags < 0 || (flags & ID_AND_NAME) !== ID_AND_NAME) return false;
  // The defaults the reader sets, in place before the prototype goes (one shape for all offers).
  if ((flags & LANGUAGES) === 0) r['languages'] = NONE;
  if ((flags & DATES) === 0) r['dates'] = NONE;
  if ((flags & STATUS) === 0) r['status'] = 'active';
  Object.setPrototypeOf(r, null);
  return true;
};

function accessibilityField(o: Obj, key: string, v: unknown, language: string): boolean {
  return key === 'wheelchair' ? WHEELCHAIR.has(v) : key === 'note' && takeText(o, key, v, language);
}

function takeAccessibility(value: unknown, language: string): boolean {
  if (!takeObject(value, language, accessibilityField)) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

function placeField(r: Obj, key: string, v: unknown, language: string): number {
  switch (key) {
    case 'id':
      return isSlug(v) ? ID : -1;
    case 'project':
      return isSlug(v) ? 0 : -1;
    case 'name':
      return takeText(r, key, v, language) ? NAME : -1;
    case 'geoNote':
    case 'description':
      return takeText(r, key, v, language) ? 0 : -1;
    case 'address':
      return takeAddress(v) ? 0 : -1;
    case 'geo':
      return takeGeoPoint(v) ? 0 : -1;
    case 'accessibility':
      return takeAccessibility(v, language) ? 0 : -1;
    case 'machineTranslated':
      return isTags(v) ? 0 : -1;
    default:
      return -1;
  }
}

/** Takes a record whose every field passes `field`, with an `id` and a `name`, and which has no defaults to add. */
function recordTaker(field: (r: Obj, key: string, v: unknown, language: string) => number): Take {
  return (r, language) => {
    const flags = fieldFlags(r, language, field);
    if (flags < 0 || (flags & ID_AND_NAME) !== ID_AND_NAME) return false;
    Object.setPrototypeOf(r, null);
    return true;
  };
}

export const takePlace: Take = recordTaker(placeField);

function logoField(o: Obj, key: string, v: unknown, language: string): boolean {
  return key === 'url' ? typeof v === 'string' && checkUrl(v) === v : key === 'alt' && takeText(o, key, v, language);
}

function takeLogo(value: unknown, language: string): boolean {
  if (!takeObject(value, language, logoField) || own(value, 'url') === undefined) return false;
  Object.setPrototypeOf(value, null);
  return true;
}

function organizationField(r: Obj, key: string, v: unknown, language: string): number {
  switch (key) {
    case 'id':
      return isSlug(v) ? ID : -1;
    case 'name':
      return takeText(r, key, v, language) ? NAME : -1;
    case 'shortName':
    case 'description':
      return takeText(r, key, v, language) ? 0 : -1;
    case 'type':
      return ORGANIZATION_KINDS.has(v) ? 0 : -1;
    case 'url':
      return typeof v === 'string' && checkUrl(v) === v ? 0 : -1;
    case 'logo':
      return takeLogo(v, language) ? 0 : -1;
    case 'address':
      return takeAddress(v) ? 0 : -1;
    case 'email':
      return typeof v === 'string' && checkEmail(v) === v ? 0 : -1;
    case 'phone':
      return typeof v === 'string' && checkPhone(v) === v ? 0 : -1;
    case 'machineTranslated':
      return isTags(v) ? 0 : -1;
    default:
      return -1;
  }
}

export const takeOrganization: Take = recordTaker(organizationField);
