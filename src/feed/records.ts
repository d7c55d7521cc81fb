/**
 * Readers for the four record types of feed format 1 and their parts. Each
 * record reader returns the clean record, or `undefined` (with a warning) when
 * the record lacks what it cannot do without: its `id` or its `name`.
 */
import { checkPostalCode, checkSlug, describeValue, own } from './checks.js';
import { LIMITS } from './limits.js';
import { endOfPartial, startOfPartial } from './calendar-days.js';
import {
  bare,
  bool,
  child,
  clock,
  code,
  compact,
  count,
  dateTime,
  day,
  either,
  email,
  field,
  geoPoint,
  integer,
  isEmpty,
  languageTag,
  list,
  object,
  partialDate,
  phone,
  simple,
  slug,
  string,
  text,
  url,
  warn,
  type At,
  type Reader,
} from './read.js';
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
  RULE_FREQUENCIES,
  WEEKDAYS,
  WHEELCHAIR_ACCESS,
  type Address,
  type Amount,
  type ClosedPeriod,
  type Contact,
  type Fact,
  type Funding,
  type Image,
  type Link,
  type Municipality,
  type Offer,
  type OneOffDate,
  type Organization,
  type Period,
  type Place,
  type PolygonGeometry,
  type Project,
  type ProjectPartner,
  type Quarter,
  type Quote,
  type Schedule,
  type ScheduleException,
  type ScheduleRule,
  type Source,
  type Text,
} from './types.js';

/** Reads `id` and `name`, which every record needs; records the id in the scope for later warnings. */
function identity(record: Record<string, unknown>, at: At): { id: string; name: Text } | undefined {
  const rawId = own(record, 'id');
  const id = checkSlug(rawId);
  if (id === undefined) {
    warn(child(at, 'id'), rawId === undefined ? 'missing-required' : 'invalid-id', 'record', {
      value: describeValue(rawId),
      expected: 'id',
    });
    return undefined;
  }
  at.scope.record = id;
  const rawName = own(record, 'name');
  if (rawName === undefined || rawName === null) {
    warn(child(at, 'name'), 'missing-required', 'record');
    return undefined;
  }
  const name = text(rawName, child(at, 'name'));
  if (name === undefined) {
    // `text` has warned about the value; the record cannot stand without it.
    warn(child(at, 'name'), 'missing-required', 'record');
    return undefined;
  }
  return { id, name };
}

const languageTags = list(languageTag);
const machineTranslated = languageTags;
const texts = list(text);

const postalCode = simple(checkPostalCode, 'invalid-value', 'postal-code');

const address: Reader<Address> = object((r, at) => {
  const a = compact<Address>({
    street: field(r, 'street', string, at),
    postalCode: field(r, 'postalCode', postalCode, at),
    locality: field(r, 'locality', string, at),
    district: field(r, 'district', string, at),
  });
  return isEmpty(a) ? undefined : a;
});

const qualifier = code(QUALIFIERS);

const municipality: Reader<Municipality> = object((r, at) => {
  const name = field(r, 'name', string, at);
  if (name === undefined) {
    warn(child(at, 'name'), 'missing-required', 'field');
    return undefined;
  }
  return compact<Municipality>({
    name,
    population: field(r, 'population', count, at),
    populationApproximate: field(r, 'populationApproximate', bool, at),
    populationQualifier: field(r, 'populationQualifier', qualifier, at),
    district: field(r, 'district', string, at),
    state: field(r, 'state', string, at),
  });
});

const position = simple(
  (v): readonly [number, number] | undefined =>
    Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90
      ? [v[0], v[1]]
      : undefined,
  'invalid-coordinates',
  'lng-lat',
);

const linearRings = list(list(position, LIMITS.positions));

const polygon: Reader<PolygonGeometry> = object((r, at) => {
  if (own(r, 'type') !== 'Polygon') {
    warn(child(at, 'type'), 'invalid-value', 'field', { value: describeValue(own(r, 'type')), expected: 'polygon' });
    return undefined;
  }
  const rings = field(r, 'coordinates', linearRings, at);
  if (!rings || rings.length === 0 || rings.some((ring) => ring.length < 4)) {
    warn(child(at, 'coordinates'), 'invalid-coordinates', 'field', { expected: 'polygon-rings' });
    return undefined;
  }
  return compact<PolygonGeometry>({ type: 'Polygon', coordinates: rings });
});

/** A quarter's radius: a neighbourhood, not a continent (1e306 m broke the map). */
const radius = simple((v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.radiusMeters ? v : undefined), 'invalid-value', 'radius');

const quarter: Reader<Quarter> = object((r, at) => {
  const q = compact<Quarter>({
    name: field(r, 'name', text, at),
    residents: field(r, 'residents', count, at),
    residentsApproximate: field(r, 'residentsApproximate', bool, at),
    residentsQualifier: field(r, 'residentsQualifier', qualifier, at),
    housingUnits: field(r, 'housingUnits', count, at),
    housingUnitsApproximate: field(r, 'housingUnitsApproximate', bool, at),
    housingUnitsQualifier: field(r, 'housingUnitsQualifier', qualifier, at),
    center: field(r, 'center', geoPoint, at),
    radiusMeters: field(r, 'radiusMeters', radius, at),
    radiusApproximate: field(r, 'radiusApproximate', bool, at),
    area: field(r, 'area', polygon, at),
    geoNote: field(r, 'geoNote', text, at),
    description: field(r, 'description', text, at),
  });
  return isEmpty(q) ? undefined : q;
});

const finiteNumber = simple((v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined), 'invalid-value', 'number');
const factValue = either((v) => typeof v === 'number', finiteNumber, text);

const fact: Reader<Fact> = object((r, at) => {
  const label = field(r, 'label', text, at);
  const value = field(r, 'value', factValue, at);
  if (label === undefined || value === undefined) {
    if (label === undefined) warn(child(at, 'label'), 'missing-required', 'field');
    if (value === undefined) warn(child(at, 'value'), 'missing-required', 'field');
    return undefined;
  }
  return compact<Fact>({
    label,
    value,
    unit: field(r, 'unit', text, at),
    approximate: field(r, 'approximate', bool, at),
    qualifier: field(r, 'qualifier', qualifier, at),
    year: field(r, 'year', integer, at),
  });
});

const partnerRole = code(PARTNER_ROLES);
const partner: Reader<ProjectPartner> = object((r, at) => {
  const organization = field(r, 'organization', slug, at);
  const role = field(r, 'role', partnerRole, at);
  if (organization === undefined || role === undefined) {
    if (own(r, 'organization') === undefined) warn(child(at, 'organization'), 'missing-required', 'field');
    if (own(r, 'role') === undefined) warn(child(at, 'role'), 'missing-required', 'field');
    return undefined;
  }
  return compact<ProjectPartner>({ organization, role, contribution: field(r, 'contribution', text, at) });
});

const contact: Reader<Contact> = object((r, at) => {
  const c = compact<Contact>({
    name: field(r, 'name', string, at),
    role: field(r, 'role', text, at),
    organization: field(r, 'organization', slug, at),
    email: field(r, 'email', email, at),
    phone: field(r, 'phone', phone, at),
  });
  return c.name !== undefined || c.email !== undefined || c.phone !== undefined || c.organization !== undefined ? c : undefined;
});

const currency = simple((v) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? v : undefined), 'invalid-value', 'currency');

const amountPeriod = code(AMOUNT_PERIODS);
const amount: Reader<Amount> = object((r, at) => {
  const value = field(r, 'value', count, at);
  if (value === undefined) return undefined;
  return compact<Amount>({
    value,
    currency: field(r, 'currency', currency, at) ?? 'EUR',
    per: field(r, 'per', amountPeriod, at),
  });
});

const funding: Reader<Funding> = object((r, at) => {
  const f = compact<Funding>({
    funder: field(r, 'funder', slug, at),
    program: field(r, 'program', text, at),
    description: field(r, 'description', text, at),
    amount: field(r, 'amount', amount, at),
  });
  return isEmpty(f) ? undefined : f;
});

const period: Reader<Period> = object((r, at) => {
  const p = compact<Period>({
    start: field(r, 'start', partialDate, at),
    end: field(r, 'end', partialDate, at),
    note: field(r, 'note', text, at),
  });
  if (p.start && p.end && p.end < p.start) {
    warn(child(at, 'end'), 'invalid-date', 'none', { value: describeValue(p.end), expected: 'not-before', limit: p.start });
  }
  return isEmpty(p) ? undefined : p;
});

const quote: Reader<Quote> = object((r, at) => {
  const t = field(r, 'text', text, at);
  if (t === undefined) {
    if (own(r, 'text') === undefined) warn(child(at, 'text'), 'missing-required', 'field');
    return undefined;
  }
  return compact<Quote>({
    text: t,
    name: field(r, 'name', string, at),
    role: field(r, 'role', text, at),
    organization: field(r, 'organization', slug, at),
  });
});

/** An object whose `url` is required: without a valid URL the entry is dropped. */
function withUrl<T extends { url: string }>(build: (r: Record<string, unknown>, at: At, url: string) => T): Reader<T> {
  return object((r, at) => {
    if (own(r, 'url') === undefined) {
      warn(child(at, 'url'), 'missing-required', 'field');
      return undefined;
    }
    const u = field(r, 'url', url, at);
    return u === undefined ? undefined : build(r, at, u);
  });
}

const link: Reader<Link> = withUrl((r, at, u) => compact<Link>({ url: u, label: field(r, 'label', text, at) }));

const image: Reader<Image> = withUrl((r, at, u) => compact<Image>({ url: u, alt: field(r, 'alt', text, at), credit: field(r, 'credit', string, at) }));

const source: Reader<Source> = object((r, at) => {
  const s = compact<Source>({
    title: field(r, 'title', string, at),
    url: field(r, 'url', url, at),
    publisher: field(r, 'publisher', string, at),
    author: field(r, 'author', string, at),
    date: field(r, 'date', partialDate, at),
    note: field(r, 'note', string, at),
  });
  return isEmpty(s) ? undefined : s;
});

const facts = list(fact);
const fieldsOfAction = list(code(FIELDS_OF_ACTION));
const partners = list(partner, LIMITS.partners);
const contacts = list(contact);
const fundings = list(funding);
const quotes = list(quote);
const links = list(link);
const images = list(image);
const sources = list(source);

export const readProject: Reader<Project> = object((r, at) => {
  const ident = identity(r, at);
  if (!ident) return undefined;
  return compact<Project>({
    // Named, not spread: a spread before many keys makes V8 build a slow dictionary object.
    id: ident.id,
    name: ident.name,
    shortName: field(r, 'shortName', text, at),
    summary: field(r, 'summary', text, at),
    description: field(r, 'description', text, at),
    municipality: field(r, 'municipality', municipality, at),
    quarter: field(r, 'quarter', quarter, at),
    facts: field(r, 'facts', facts, at) ?? [],
    residents: field(r, 'residents', text, at),
    buildings: field(r, 'buildings', text, at),
    characteristics: field(r, 'characteristics', text, at),
    goals: field(r, 'goals', texts, at) ?? [],
    fieldsOfAction: [...new Set(field(r, 'fieldsOfAction', fieldsOfAction, at) ?? [])],
    partners: field(r, 'partners', partners, at) ?? [],
    contacts: field(r, 'contacts', contacts, at) ?? [],
    funding: field(r, 'funding', fundings, at) ?? [],
    period: field(r, 'period', period, at),
    quotes: field(r, 'quotes', quotes, at) ?? [],
    links: field(r, 'links', links, at) ?? [],
    images: field(r, 'images', images, at) ?? [],
    sources: field(r, 'sources', sources, at) ?? [],
    reviewed: field(r, 'reviewed', partialDate, at),
    machineTranslated: field(r, 'machineTranslated', machineTranslated, at),
  });
});

const organizationType = code(ORGANIZATION_TYPES);
const logo = withUrl((r, at, u) => compact({ url: u, alt: field(r, 'alt', text, at) }));

export const readOrganization: Reader<Organization> = object((r, at) => {
  const ident = identity(r, at);
  if (!ident) return undefined;
  return compact<Organization>({
    // Named, not spread: a spread before many keys makes V8 build a slow dictionary object.
    id: ident.id,
    name: ident.name,
    shortName: field(r, 'shortName', text, at),
    type: field(r, 'type', organizationType, at),
    description: field(r, 'description', text, at),
    url: field(r, 'url', url, at),
    logo: field(r, 'logo', logo, at),
    address: field(r, 'address', address, at),
    email: field(r, 'email', email, at),
    phone: field(r, 'phone', phone, at),
    machineTranslated: field(r, 'machineTranslated', machineTranslated, at),
  });
});

const wheelchair = code(WHEELCHAIR_ACCESS);
const accessibility = object((r, at) => {
  const a = compact({
    wheelchair: field(r, 'wheelchair', wheelchair, at),
    note: field(r, 'note', text, at),
  });
  return isEmpty(a) ? undefined : a;
});

export const readPlace: Reader<Place> = object((r, at) => {
  const ident = identity(r, at);
  if (!ident) return undefined;
  return compact<Place>({
    // Named, not spread: a spread before many keys makes V8 build a slow dictionary object.
    id: ident.id,
    name: ident.name,
    project: field(r, 'project', slug, at),
    address: field(r, 'address', address, at),
    geo: field(r, 'geo', geoPoint, at),
    geoNote: field(r, 'geoNote', text, at),
    accessibility: field(r, 'accessibility', accessibility, at),
    description: field(r, 'description', text, at),
    machineTranslated: field(r, 'machineTranslated', machineTranslated, at),
  });
});

const setPos = simple((v) => (typeof v === 'number' && Number.isInteger(v) && v !== 0 && v >= -5 && v <= 5 ? v : undefined), 'invalid-value', 'set-pos');

const frequency = code(RULE_FREQUENCIES);
const weekdays = list(code(WEEKDAYS));
/** `opens` and `closes` of a rule or an exception; a `closes` not after `opens` is dropped. */
function times(r: Record<string, unknown>, at: At): { opens?: string; closes?: string } {
  const opens = field(r, 'opens', clock, at);
  let closes = field(r, 'closes', clock, at);
  if (opens && closes && closes <= opens) {
    warn(child(at, 'closes'), 'invalid-value', 'field', { value: describeValue(closes), expected: 'after', limit: opens });
    closes = undefined;
  }
  return { opens, closes };
}

/** Warns about a required field of a list entry that is missing (a present but bad one has its own warning). */
function requireField(r: Record<string, unknown>, key: string, at: At): void {
  if (own(r, key) === undefined) warn(child(at, key), 'missing-required', 'field');
}

const rule: Reader<ScheduleRule> = object((r, at) => {
  const freq = field(r, 'freq', frequency, at);
  const byDay = field(r, 'byDay', weekdays, at) ?? [];
  if (freq === undefined || byDay.length === 0) {
    requireField(r, 'freq', at);
    requireField(r, 'byDay', at);
    return undefined;
  }
  const { opens, closes } = times(r, at);
  return compact<ScheduleRule>({
    freq,
    byDay: [...new Set(byDay)],
    bySetPos: freq === 'monthly' ? field(r, 'bySetPos', setPos, at) : undefined,
    opens,
    closes,
  });
});

const exception: Reader<ScheduleException> = object((r, at) => {
  const date = field(r, 'date', day, at);
  if (date === undefined) {
    requireField(r, 'date', at);
    return undefined;
  }
  return compact<ScheduleException>({ date, reason: field(r, 'reason', text, at), ...times(r, at) });
});

const closedPeriod: Reader<ClosedPeriod> = object((r, at) => {
  const from = field(r, 'from', partialDate, at);
  const to = field(r, 'to', partialDate, at);
  if (from === undefined || to === undefined) {
    requireField(r, 'from', at);
    requireField(r, 'to', at);
    return undefined;
  }
  if (endOfPartial(to) < startOfPartial(from)) {
    warn(child(at, 'to'), 'invalid-date', 'record', { value: describeValue(to), expected: 'not-before', limit: from });
    return undefined;
  }
  return compact<ClosedPeriod>({ from, to, reason: field(r, 'reason', text, at) });
});

const rules = list(rule);
const exceptions = list(exception, LIMITS.dates);
const closedPeriods = list(closedPeriod);
const holidayRegion = code(HOLIDAY_REGIONS);
const schedule: Reader<Schedule> = object((r, at) => {
  const s = compact<Schedule>({
    text: field(r, 'text', text, at),
    rules: field(r, 'rules', rules, at) ?? [],
    validFrom: field(r, 'validFrom', partialDate, at),
    validThrough: field(r, 'validThrough', partialDate, at),
    byAppointment: field(r, 'byAppointment', bool, at),
    exceptHolidays: field(r, 'exceptHolidays', holidayRegion, at),
    exceptions: field(r, 'exceptions', exceptions, at),
    closed: field(r, 'closed', closedPeriods, at),
  });
  const hasDates = s.exceptions?.some((e) => e.opens !== undefined) ?? false;
  return s.text === undefined && s.rules.length === 0 && !s.byAppointment && !hasDates ? undefined : s;
});

const oneOffDate: Reader<OneOffDate> = object((r, at) => {
  const start = field(r, 'start', dateTime, at);
  if (start === undefined) {
    if (own(r, 'start') === undefined) warn(child(at, 'start'), 'missing-required', 'field');
    return undefined;
  }
  let end = field(r, 'end', dateTime, at);
  if (end !== undefined && end < start) {
    warn(child(at, 'end'), 'invalid-date', 'field', { value: describeValue(end), expected: 'not-before', limit: start });
    end = undefined;
  }
  return compact<OneOffDate>({ start, end });
});

const cost = either<'free', Text>(
  (v) => v === 'free',
  (v) => v as 'free',
  text,
);

const offerContact = object((r, at) => {
  const c = compact({
    name: field(r, 'name', string, at),
    email: field(r, 'email', email, at),
    phone: field(r, 'phone', phone, at),
  });
  return isEmpty(c) ? undefined : c;
});

const category = code(OFFER_CATEGORIES);
const oneOffDates = list(oneOffDate, LIMITS.dates);
const registration = code(REGISTRATION_KINDS);
const offerStatus = code(OFFER_STATUSES);

export const readOffer: Reader<Offer> = object((r, at) => {
  const ident = identity(r, at);
  if (!ident) return undefined;
  // Built field by field (not by `compact` of a literal): offers are most of a large feed. The order of the fields is the reader's.
  const o: { -readonly [K in keyof Offer]: Offer[K] } = bare();
  o.id = ident.id;
  o.name = ident.name;
  const description = field(r, 'description', text, at);
  if (description !== undefined) o.description = description;
  const project = field(r, 'project', slug, at);
  if (project !== undefined) o.project = project;
  const place = field(r, 'place', slug, at);
  if (place !== undefined) o.place = place;
  const provider = field(r, 'provider', slug, at);
  if (provider !== undefined) o.provider = provider;
  const cat = field(r, 'category', category, at);
  if (cat !== undefined) o.category = cat;
  const audience = field(r, 'audience', text, at);
  if (audience !== undefined) o.audience = audience;
  o.languages = field(r, 'languages', languageTags, at) ?? [];
  const sched = field(r, 'schedule', schedule, at);
  if (sched !== undefined) o.schedule = sched;
  o.dates = field(r, 'dates', oneOffDates, at) ?? [];
  const reg = field(r, 'registration', registration, at);
  if (reg !== undefined) o.registration = reg;
  o.status = field(r, 'status', offerStatus, at) ?? 'active';
  const price = field(r, 'cost', cost, at);
  if (price !== undefined) o.cost = price;
  const contactOf = field(r, 'contact', offerContact, at);
  if (contactOf !== undefined) o.contact = contactOf;
  const web = field(r, 'url', url, at);
  if (web !== undefined) o.url = web;
  const machine = field(r, 'machineTranslated', machineTranslated, at);
  if (machine !== undefined) o.machineTranslated = machine;
  return o;
});
