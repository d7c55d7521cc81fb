/**
 * HSDS 3.0 tables (hsds-tables.ts) back to a feed (format 1, as JSON the
 * validator reads): organizations → organisations, programs → projects (the
 * program's organisation as lead partner), services → offers, locations →
 * places, with their addresses, accessibility, schedules (RRULE fields as
 * the format's weekly and monthly rules; one-off dates), contacts, phones,
 * languages and funding. Ids and offer categories come back from the kit's
 * own taxonomy (hsds-taxonomy.ts) when the data has it; other ids are made
 * from the names. Texts are German (`language: "de"`): HSDS holds one
 * language and does not say which.
 *
 * Whatever HSDS has and the format cannot hold is named in `warnings`
 * (never dropped silently): every field with a value that no rule below
 * reads, every record of a table the format has no place for, a second
 * contact where the format holds one, a value the format cannot take. The
 * CLI words them (src/cli/interop.ts). See docs/interop.md for the mapping.
 */
import { slugFromName, uniqueSlug } from '../authoring/slug.js';
import { describeSchedule } from '../i18n/schedule-words.js';
import { germanSource } from '../i18n/german-source.js';
import { translator } from '../i18n/translate.js';
import { checkEmail, checkLanguageTag, checkLatitude, checkLongitude, checkPhone, checkUrl } from '../feed/checks.js';
import { REGISTRATION, WHEELCHAIR } from './hsds-export.js';
import type { HsdsRecord, HsdsTables } from './hsds-tables.js';
import { KIT_TAXONOMY, kitTermId } from './hsds-taxonomy.js';
import { OFFER_CATEGORIES, type OfferCategory, type Schedule, type ScheduleRule, type Weekday } from '../feed/types.js';

/** What was not carried over, for the CLI's words. `names`: a few records it concerns, by name. */
export type ImportWarning =
  /** A field with a value that the format has no place for. */
  | { readonly code: 'field'; readonly table: string; readonly field: string; readonly count: number; readonly names: readonly string[] }
  /** Records of a table the format has no place for (or attached to something that holds none: `owner`). */
  | { readonly code: 'records'; readonly table: string; readonly count: number; readonly owner?: string }
  /** More records of `table` for one record than the format holds (one): the first is taken. */
  | { readonly code: 'extra'; readonly table: string; readonly name: string; readonly count: number }
  /** A value the format cannot take. */
  | { readonly code: 'value'; readonly table: string; readonly field: string; readonly name: string; readonly value: string }
  /** A schedule whose rule the format cannot hold: its description is kept as the schedule's text. */
  | { readonly code: 'schedule-text'; readonly name: string; readonly value: string };

export interface ImportResult {
  /** The feed as JSON (format 1), for the validator; `undefined` when the data holds no organisation, program, service or location. */
  readonly feed: Record<string, unknown> | undefined;
  readonly warnings: readonly ImportWarning[];
}

/** Fields each table's rules read (links and ids included); any other field with a value is named. */
const READ: Readonly<Record<string, readonly string[]>> = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'logo'],
  programs: ['id', 'organization_id', 'name', 'alternate_name', 'description'],
  services: [
    'id',
    'organization_id',
    'program_id',
    'name',
    'description',
    'url',
    'email',
    'status',
    'application_process',
    'fees_description',
    'eligibility_description',
  ],
  locations: ['id', 'location_type', 'name', 'description', 'latitude', 'longitude'],
  addresses: ['id', 'location_id', 'address_1', 'city', 'region', 'postal_code', 'country', 'address_type'],
  accessibility: ['id', 'location_id', 'description'],
  service_at_locations: ['id', 'service_id', 'location_id'],
  schedules: [
    'id',
    'service_id',
    'service_at_location_id',
    'location_id',
    'valid_from',
    'valid_to',
    'dtstart',
    'until',
    'wkst',
    'freq',
    'interval',
    'byday',
    'description',
    'opens_at',
    'closes_at',
  ],
  contacts: ['id', 'service_id', 'service_at_location_id', 'organization_id', 'location_id', 'name', 'email'],
  phones: ['id', 'service_id', 'contact_id', 'organization_id', 'location_id', 'service_at_location_id', 'phone_id', 'number'],
  languages: ['id', 'service_id', 'location_id', 'phone_id', 'code'],
  funding: ['id', 'organization_id', 'service_id', 'source'],
  attributes: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'value'],
  taxonomy_terms: ['id', 'code', 'name', 'description', 'taxonomy', 'taxonomy_id', 'language'],
  taxonomies: ['id', 'name', 'description', 'uri', 'version'],
};

const STATUS: Readonly<Record<string, string>> = { active: 'active', 'temporarily closed': 'paused', inactive: 'ended', defunct: 'ended' };
const FREE = /^(?:kostenlos|kostenfrei|gratis|free|free of charge)\.?$/i;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const has = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
/** Drops absent values, so the feed has no `undefined`s or empty lists. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => has(v) && !(typeof v === 'object' && v !== null && !Array.isArray(v) && !Object.keys(v).length)),
  );
}

export function importHsds(tables: HsdsTables): ImportResult {
  const t = translator(germanSource, 'de', { isolate: false });
  const warnings: ImportWarning[] = [];
  const rows = (table: string): HsdsRecord[] => [...(tables.get(table)?.values() ?? [])];
  const byLink = (table: string, link: string, id: string): HsdsRecord[] => rows(table).filter((r) => r[link] === id);
  const used = new Set<HsdsRecord>();
  const nameOf = (r: HsdsRecord | undefined): string => str(r?.['name']) ?? str(r?.['id']) ?? '?';

  // The kit's taxonomy: record ids and offer categories.
  const kitTerms = new Map<string, string>();
  for (const term of ['id', ...OFFER_CATEGORIES.map((c) => `category:${c}`)] as const) kitTerms.set(kitTermId(term as 'id'), term);
  const termCode = (a: HsdsRecord): string | undefined => {
    const id = str(a['taxonomy_term_id']);
    if (id && kitTerms.has(id)) return kitTerms.get(id);
    const term = id ? tables.get('taxonomy_terms')?.get(id) : undefined;
    return term && term['taxonomy_id'] === KIT_TAXONOMY.id ? str(term['code']) : undefined;
  };
  const kitIds = new Map<string, string>();
  const categories = new Map<string, OfferCategory>();
  for (const a of rows('attributes')) {
    const code = termCode(a);
    const link = str(a['link_id']);
    if (!code || !link) continue;
    used.add(a);
    if (code === 'id' && str(a['value'])) kitIds.set(link, str(a['value'])!);
    else if (code.startsWith('category:') && (OFFER_CATEGORIES as readonly string[]).includes(code.slice(9)))
      categories.set(link, code.slice(9) as OfferCategory);
  }
  for (const r of rows('taxonomy_terms')) if (r['taxonomy_id'] === KIT_TAXONOMY.id) used.add(r);
  for (const r of rows('taxonomies')) if (r['id'] === KIT_TAXONOMY.id) used.add(r);

  /** Feed ids: the kit's own where the data has them, else made from the name, unique in their list. */
  const ids = new Map<string, string>();
  const assignIds = (table: string, fallback: string): void => {
    const taken = new Set<string>();
    for (const r of rows(table)) {
      const kit = kitIds.get(String(r['id']));
      if (kit && !taken.has(kit)) {
        ids.set(`${table}/${String(r['id'])}`, kit);
        taken.add(kit);
      }
    }
    for (const r of rows(table)) {
      const key = `${table}/${String(r['id'])}`;
      if (ids.has(key)) continue;
      const id = uniqueSlug(slugFromName(nameOf(r), fallback), taken);
      ids.set(key, id);
      taken.add(id);
    }
  };
  const feedId = (table: string, hsdsId: unknown): string | undefined => (typeof hsdsId === 'string' ? ids.get(`${table}/${hsdsId}`) : undefined);

  const first = <T extends HsdsRecord>(list: T[], table: string, owner: HsdsRecord): T | undefined => {
    if (list.length > 1) warnings.push({ code: 'extra', table, name: nameOf(owner), count: list.length });
    for (const r of list.slice(1)) used.add(r);
    return list[0];
  };
  /** A value as the format checks it; one it would refuse is named here, not written. */
  const checked = <T>(check: (v: unknown) => T | undefined, value: unknown, table: string, field: string, owner: HsdsRecord): T | undefined => {
    if (!has(value)) return undefined;
    const ok = check(typeof value === 'string' ? value.trim() : value);
    if (ok === undefined) warnings.push({ code: 'value', table, field, name: nameOf(owner), value: shorten(String(value)) });
    return ok;
  };
  const take = (r: HsdsRecord | undefined): HsdsRecord | undefined => (r && used.add(r), r);

  // ------------------------------------------------------------ organisations
  assignIds('organizations', 'organisation');
  const organizations = rows('organizations').map((o) => {
    used.add(o);
    const phone = first(
      byLink('phones', 'organization_id', String(o['id'])).filter((p) => !has(p['contact_id'])),
      'phones',
      o,
    );
    take(phone);
    return compact({
      id: feedId('organizations', o['id']),
      name: nameOf(o),
      shortName: str(o['alternate_name']),
      description: str(o['description']),
      url: checked(checkUrl, o['website'], 'organizations', 'website', o),
      email: checked(checkEmail, o['email'], 'organizations', 'email', o),
      phone: phone ? checked(checkPhone, phone['number'], 'phones', 'number', o) : undefined,
      logo: compact({ url: checked(checkUrl, o['logo'], 'organizations', 'logo', o) }),
    });
  });

  // ------------------------------------------------------------ projects
  assignIds('programs', 'projekt');
  const projects = rows('programs').map((p) => {
    used.add(p);
    const lead = feedId('organizations', p['organization_id']);
    return compact({
      id: feedId('programs', p['id']),
      name: nameOf(p),
      shortName: str(p['alternate_name']),
      summary: str(p['description']),
      partners: lead ? [{ organization: lead, role: 'lead' }] : [],
    });
  });

  // ------------------------------------------------------------ places
  assignIds('locations', 'ort');
  const places = rows('locations').flatMap((l) => {
    used.add(l);
    const lid = String(l['id']);
    const type = str(l['location_type']);
    if (type && type !== 'physical') warnings.push({ code: 'value', table: 'locations', field: 'location_type', name: nameOf(l), value: type });
    const addresses = byLink('addresses', 'location_id', lid);
    const physical = addresses.filter((a) => (str(a['address_type']) ?? 'physical') === 'physical');
    for (const a of addresses.filter((x) => !physical.includes(x)))
      warnings.push({ code: 'value', table: 'addresses', field: 'address_type', name: nameOf(l), value: String(a['address_type']) });
    const a = take(first(physical, 'addresses', l));
    for (const x of addresses) used.add(x);
    const country = str(a?.['country']);
    if (country && country.toUpperCase() !== 'DE') warnings.push({ code: 'value', table: 'addresses', field: 'country', name: nameOf(l), value: country });
    const address = a
      ? compact({ street: str(a['address_1']), postalCode: str(a['postal_code']), locality: str(a['city']), district: str(a['region']) })
      : undefined;
    const lat = checked(checkLatitude, l['latitude'], 'locations', 'latitude', l);
    const lng = checked(checkLongitude, l['longitude'], 'locations', 'longitude', l);
    const geo = lat !== undefined && lng !== undefined ? { lat, lng } : undefined;
    // A position is both coordinates: the one left alone is named too.
    if (!geo && (lat ?? lng) !== undefined)
      warnings.push({ code: 'value', table: 'locations', field: lat === undefined ? 'longitude' : 'latitude', name: nameOf(l), value: String(lat ?? lng) });
    const access = take(first(byLink('accessibility', 'location_id', lid), 'accessibility', l));
    const name = str(l['name']) ?? [address?.['street'], address?.['locality']].filter(Boolean).join(', ');
    if (!name) {
      warnings.push({ code: 'value', table: 'locations', field: 'name', name: lid, value: '' });
      return [];
    }
    return [
      compact({
        id: feedId('locations', l['id']),
        name,
        description: str(l['description']),
        address,
        geo,
        accessibility: access ? accessibility(str(access['description'])) : undefined,
      }),
    ];
  });
  const placeIds = new Set(places.map((p) => p['id']));

  // ------------------------------------------------------------ offers
  assignIds('services', 'angebot');
  const salOf = new Map<string, HsdsRecord>();
  for (const s of rows('service_at_locations')) if (str(s['id'])) salOf.set(String(s['id']), s);
  const offers = rows('services').map((s) => {
    used.add(s);
    const sid = String(s['id']);
    const sals = byLink('service_at_locations', 'service_id', sid);
    const sal = take(first(sals, 'service_at_locations', s));
    for (const x of sals) used.add(x);
    const salIds = new Set(sals.map((x) => String(x['id'])));
    const ofService = (table: string): HsdsRecord[] =>
      rows(table).filter((r) => r['service_id'] === sid || (has(r['service_at_location_id']) && salIds.has(String(r['service_at_location_id']))));
    const contact = take(first(ofService('contacts'), 'contacts', s));
    for (const c of ofService('contacts')) used.add(c);
    const contactPhones = contact ? byLink('phones', 'contact_id', String(contact['id'])) : [];
    const servicePhones = ofService('phones').filter((p) => !has(p['contact_id']));
    const phone = take(first([...contactPhones, ...servicePhones], 'phones', s));
    for (const p of [...contactPhones, ...servicePhones]) used.add(p);
    const email = checked(checkEmail, contact?.['email'], 'contacts', 'email', s) ?? checked(checkEmail, s['email'], 'services', 'email', s);
    if (str(s['email']) && email !== str(s['email']))
      warnings.push({ code: 'value', table: 'services', field: 'email', name: nameOf(s), value: str(s['email'])! });
    const languages = ofService('languages').flatMap((l) => {
      used.add(l);
      const code = checked(checkLanguageTag, l['code'], 'languages', 'code', s);
      if (!has(l['code'])) warnings.push({ code: 'value', table: 'languages', field: 'name', name: nameOf(s), value: str(l['name']) ?? '' });
      return code ? [code] : [];
    });
    const status = str(s['status']);
    if (status && !STATUS[status]) warnings.push({ code: 'value', table: 'services', field: 'status', name: nameOf(s), value: status });
    const fees = str(s['fees_description']);
    const process = str(s['application_process']);
    const registration = process ? (Object.keys(REGISTRATION) as Array<keyof typeof REGISTRATION>).find((k) => REGISTRATION[k] === process) : undefined;
    if (process && !registration) warnings.push({ code: 'value', table: 'services', field: 'application_process', name: nameOf(s), value: shorten(process) });
    const { schedule, dates } = schedules(s, ofService('schedules'));
    const place = sal ? feedId('locations', sal['location_id']) : undefined;
    return compact({
      id: feedId('services', s['id']),
      name: nameOf(s),
      description: str(s['description']),
      project: feedId('programs', s['program_id']),
      place: place && placeIds.has(place) ? place : undefined,
      provider: feedId('organizations', s['organization_id']),
      category: categories.get(sid),
      audience: str(s['eligibility_description']),
      languages,
      schedule,
      dates,
      registration,
      status: (status && STATUS[status]) ?? 'active',
      cost: fees ? (FREE.test(fees) ? 'free' : fees) : undefined,
      contact: compact({ name: str(contact?.['name']), email, phone: phone ? checked(checkPhone, phone['number'], 'phones', 'number', s) : undefined }),
      url: checked(checkUrl, s['url'], 'services', 'url', s),
    });
  });

  // ------------------------------------------------------------ funding
  const projectsOf = (funding: HsdsRecord): Array<Record<string, unknown>> => {
    const service = str(funding['service_id']);
    if (service) {
      const project = feedId('programs', tables.get('services')?.get(service)?.['program_id']);
      return projects.filter((p) => p['id'] === project);
    }
    const org = feedId('organizations', funding['organization_id']);
    return projects.filter((p) => (p['partners'] as Array<{ organization: string }> | undefined)?.some((x) => x.organization === org));
  };
  for (const f of rows('funding')) {
    const source = str(f['source']);
    const to = source ? projectsOf(f) : [];
    if (!to.length) continue;
    used.add(f);
    for (const p of to) p['funding'] = [...((p['funding'] as unknown[]) ?? []), { description: source }];
  }

  // ------------------------------------------------------------ what was left out
  for (const [table, records] of tables) {
    const read = READ[table];
    const left = [...records.values()].filter((r) => !used.has(r));
    if (left.length) warnings.push({ code: 'records', table, count: left.length, ...ownerOf(table, left) });
    if (!read) continue;
    const fields = new Map<string, HsdsRecord[]>();
    for (const r of records.values()) {
      if (!used.has(r)) continue;
      for (const [key, value] of Object.entries(r)) if (!read.includes(key) && has(value)) fields.set(key, [...(fields.get(key) ?? []), r]);
    }
    for (const [field, list] of fields) warnings.push({ code: 'field', table, field, count: list.length, names: list.slice(0, 3).map(nameOf) });
  }

  const any = organizations.length + projects.length + places.length + offers.length;
  return { feed: any ? { version: '1', language: 'de', projects, organizations, places, offers } : undefined, warnings };

  /** Why records were left: the record they belong to, when it holds none of them in the format. */
  function ownerOf(table: string, left: HsdsRecord[]): { owner?: string } {
    const link = ['location_id', 'organization_id', 'service_id', 'phone_id', 'contact_id'].find((k) => left.every((r) => has(r[k])));
    return READ[table] && link ? { owner: link.replace(/_id$/, '') } : {};
  }

  /** The accessibility sentence the export writes ("Rollstuhlgerecht.") as `wheelchair`, the rest as the note. */
  function accessibility(description: string | undefined): Record<string, unknown> | undefined {
    if (!description) return undefined;
    const entry = (Object.entries(WHEELCHAIR) as Array<[string, string]>)
      .sort((a, b) => b[1].length - a[1].length)
      .find(([, words]) => description.startsWith(words));
    const note = (entry ? description.slice(entry[1].length) : description).trim();
    return compact({ wheelchair: entry?.[0], note });
  }

  /** A service's HSDS schedules as the offer's schedule (weekly and monthly rules, or words) and one-off dates. */
  function schedules(service: HsdsRecord, list: HsdsRecord[]): { schedule?: Record<string, unknown>; dates?: Array<Record<string, unknown>> } {
    const rules: ScheduleRule[] = [];
    const texts: string[] = [];
    const dates: Array<Record<string, unknown>> = [];
    let validFrom: string | undefined;
    let validThrough: string | undefined;
    for (const s of list) {
      used.add(s);
      const description = str(s['description']);
      const opens = time(s['opens_at']);
      const closes = time(s['closes_at']);
      const freq = str(s['freq']);
      if (!freq && str(s['dtstart'])) {
        const day = String(s['dtstart']).slice(0, 10);
        const to = str(s['valid_to'])?.slice(0, 10);
        const start = opens ? `${day}T${opens}` : day;
        const end = closes ? `${to ?? day}T${closes}` : to && to !== day ? to : undefined;
        dates.push(compact({ start, end }));
        if (description && !description.startsWith('Einzeltermin am ')) texts.push(description);
        continue;
      }
      const parsed = freq ? rulesOf(s, opens, closes) : undefined;
      if (!parsed) {
        if (freq) warnings.push({ code: 'schedule-text', name: nameOf(service), value: rruleWords(s) });
        if (description) texts.push(description);
        continue;
      }
      rules.push(...parsed);
      const from = str(s['valid_from']) ?? str(s['dtstart'])?.slice(0, 10);
      const through = str(s['valid_to']) ?? str(s['until'])?.slice(0, 10);
      if ((validFrom && from && from !== validFrom) || (validThrough && through && through !== validThrough))
        warnings.push({ code: 'value', table: 'schedules', field: 'valid_from', name: nameOf(service), value: `${from ?? ''}–${through ?? ''}` });
      validFrom ??= from && DAY.test(from) ? from : undefined;
      validThrough ??= through && DAY.test(through) ? through : undefined;
      if (description) texts.push(description);
    }
    const schedule: Schedule = { rules, ...(validFrom ? { validFrom } : {}), ...(validThrough ? { validThrough } : {}) };
    // The rules in words, as the export writes them, are the rules again: no text of their own.
    const words = rules.length ? describeSchedule(schedule, t) : undefined;
    const text = [...new Set(texts.filter((x) => x !== words))].join(' ');
    return {
      ...(rules.length || text ? { schedule: compact({ ...schedule, text }) } : {}),
      ...(dates.length ? { dates } : {}),
    };
  }

  /** An RRULE's fields as the format's rules, or `undefined` when the format cannot say it. */
  function rulesOf(s: HsdsRecord, opens: string | undefined, closes: string | undefined): ScheduleRule[] | undefined {
    const freq = str(s['freq']);
    const interval = Number(s['interval'] ?? 1);
    const other = ['count', 'bymonthday', 'byweekno', 'byyearday'].some((k) => has(s[k]));
    if ((freq !== 'WEEKLY' && freq !== 'MONTHLY') || interval !== 1 || other) return undefined;
    const tokens = (str(s['byday']) ?? '').split(',').map((x) => /^\s*([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)\s*$/i.exec(x));
    if (!tokens.length || tokens.some((m) => !m)) return undefined;
    const byPos = new Map<number | undefined, Weekday[]>();
    for (const m of tokens as RegExpExecArray[]) {
      const pos = m[1] ? Number(m[1]) : undefined;
      if (pos !== undefined && (freq === 'WEEKLY' || pos === 0)) return undefined;
      byPos.set(pos, [...(byPos.get(pos) ?? []), m[2]!.toUpperCase() as Weekday]);
    }
    const times = { ...(opens ? { opens } : {}), ...(closes ? { closes } : {}) };
    return [...byPos].map(([pos, days]) => ({
      freq: freq === 'WEEKLY' ? 'weekly' : 'monthly',
      byDay: [...new Set(days)],
      ...(pos !== undefined ? { bySetPos: pos } : {}),
      ...times,
    }));
  }
}

/** A value in a message: its first 120 characters. */
function shorten(value: string): string {
  return value.length > 120 ? `${value.slice(0, 119)}…` : value;
}

function time(value: unknown): string | undefined {
  const m = TIME.exec(str(value) ?? '');
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/** The RRULE fields of a schedule, as HSDS writes them: `FREQ=WEEKLY;BYMONTHDAY=2,3`. */
function rruleWords(s: HsdsRecord): string {
  return ['freq', 'interval', 'byday', 'bymonthday', 'byweekno', 'byyearday', 'count', 'dtstart', 'until']
    .filter((k) => has(s[k]))
    .map((k) => `${k.toUpperCase()}=${String(s[k])}`)
    .join(';');
}
