/**
 * A validated feed as HSDS 3.0 (Open Referral) tables: organizations,
 * programs (a project), services (an offer), locations (a place), addresses,
 * accessibility, service_at_locations, schedules (the format's rules as
 * RRULE fields, with the rule in German words), contacts, phones, languages
 * and funding (a project's funders); and, in HSDS's own way of classifying
 * records (a taxonomy, its terms, attributes linking them), each record's
 * id in the feed and each offer's category, so an import gets them back.
 * Each table is a list of flat objects
 * joined by `*_id` fields, as HSDS's tabular form, written as JSON.
 *
 * Ids are UUIDv5 from the feed's namespace (its publisher's address or name)
 * and the record's kind and id, so an export is the same on every run. What
 * the format has and HSDS lacks (or cannot say exactly) is named in
 * `warnings`, never dropped silently. See docs/interop.md for the mapping.
 */
import { describeSchedule } from '../i18n/schedule-words.js';
import { germanSource } from '../i18n/german-source.js';
import { translator } from '../i18n/translate.js';
import type { Address, Feed, Offer, OfferCategory, Place, Schedule, ScheduleRule, Text } from '../feed/types.js';
import { KIT_TAXONOMY, kitTermId, type KitTerm } from './hsds-taxonomy.js';
import { URL_NAMESPACE, uuidV5 } from './uuid-v5.js';

export type HsdsRecord = Record<string, unknown>;

export const HSDS_TABLES = [
  'organizations',
  'programs',
  'services',
  'locations',
  'addresses',
  'accessibility',
  'service_at_locations',
  'schedules',
  'contacts',
  'phones',
  'languages',
  'funding',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

export type HsdsExport = Readonly<Record<HsdsTable, HsdsRecord[]>>;

export interface HsdsResult {
  readonly tables: HsdsExport;
  /** What could not be carried over exactly, in English, one line each. */
  readonly warnings: readonly string[];
}

// HSDS has no "planned": a service not yet offered is inactive (a note says so).
const STATUS: Readonly<Record<Offer['status'], string>> = { active: 'active', paused: 'temporarily closed', ended: 'inactive', planned: 'inactive' };
export const REGISTRATION: Readonly<Record<NonNullable<Offer['registration']>, string>> = {
  none: 'Ohne Anmeldung.',
  required: 'Anmeldung erforderlich.',
  appointment: 'Nach Terminvereinbarung.',
};
export const WHEELCHAIR: Readonly<Record<'yes' | 'limited' | 'no', string>> = {
  yes: 'Rollstuhlgerecht.',
  limited: 'Eingeschränkt rollstuhlgerecht.',
  no: 'Nicht rollstuhlgerecht.',
};

/** A partial date as a full one: the first day of its span, or the last for an end. */
function fullDate(date: string | undefined, end: boolean): string | undefined {
  if (!date) return undefined;
  if (date.length === 4) return `${date}-${end ? '12-31' : '01-01'}`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${end ? String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0') : '01'}`;
  }
  return date.slice(0, 10);
}

/** HSDS's BYDAY: `TU,TH`; a monthly rule's position as RFC 5545 writes it: `1MO`, `-1FR`. */
function byDay(rule: ScheduleRule): string {
  return rule.byDay.map((d) => (rule.freq === 'monthly' && rule.bySetPos !== undefined ? `${rule.bySetPos}${d}` : d)).join(',');
}

export function exportHsds(feed: Feed): HsdsResult {
  const t = translator(germanSource, 'de', { isolate: false });
  const lang = feed.language;
  const text = (value: Text | undefined): string | undefined => (value ? (value[lang] ?? Object.values(value)[0]) : undefined);
  const namespace = uuidV5(feed.publisher?.url ?? `urn:quartier-feed:${feed.publisher?.name ?? ''}`, URL_NAMESPACE);
  const id = (kind: string, key: string): string => uuidV5(`${kind}/${key}`, namespace);
  const warnings: string[] = [];
  const warn = (message: string): void => void warnings.push(message);
  const tables: Record<HsdsTable, HsdsRecord[]> = Object.fromEntries(HSDS_TABLES.map((k) => [k, []])) as unknown as Record<HsdsTable, HsdsRecord[]>;
  const opt = (key: string, value: unknown): HsdsRecord => (value === undefined || value === '' ? {} : { [key]: value });
  const translations = (what: string, value: Text | undefined): void => {
    if (value && Object.keys(value).length > 1)
      warn(
        `${what}: HSDS holds one language; only "${lang}" is exported (translations: ${Object.keys(value)
          .filter((l) => l !== lang)
          .join(', ')}).`,
      );
  };

  const terms = new Set<KitTerm>();
  /** Links a record to a term of the kit's taxonomy (with `value`, the record's id in the feed). */
  const attribute = (entity: 'organization' | 'program' | 'service' | 'location', linkId: string, term: KitTerm, value?: string): void => {
    terms.add(term);
    tables.attributes.push({
      id: id('attribute', `${linkId}/${term}`),
      link_id: linkId,
      link_type: term === 'id' ? 'identifier' : 'category',
      link_entity: entity,
      taxonomy_term_id: kitTermId(term),
      ...opt('value', value),
    });
  };

  const phone = (number: string, owner: HsdsRecord): void =>
    void tables.phones.push({ id: id('phone', `${JSON.stringify(owner)}/${number}`), ...owner, number });

  for (const org of feed.organizations) {
    const orgId = id('organization', org.id);
    translations(`Organization "${org.id}"`, org.name);
    tables.organizations.push({
      id: orgId,
      name: text(org.name),
      ...opt('alternate_name', text(org.shortName)),
      description: text(org.description) ?? '',
      ...opt('email', org.email),
      ...opt('website', org.url),
      ...opt('logo', org.logo?.url),
    });
    attribute('organization', orgId, 'id', org.id);
    if (org.phone) phone(org.phone, { organization_id: orgId });
    if (org.type) warn(`Organization "${org.id}": its type (${org.type}) has no HSDS field.`);
    if (org.address) warn(`Organization "${org.id}": HSDS keeps addresses on locations; the organisation's address is not exported.`);
  }
  const lead = new Map<string, string>();
  for (const project of feed.projects) {
    const leadOrg = project.partners.find((p) => p.role === 'lead')?.organization ?? project.partners[0]?.organization;
    const programId = id('program', project.id);
    if (leadOrg) lead.set(project.id, id('organization', leadOrg));
    tables.programs.push({
      id: programId,
      ...opt('organization_id', leadOrg ? id('organization', leadOrg) : undefined),
      name: text(project.name),
      ...opt('alternate_name', text(project.shortName)),
      description: text(project.summary) ?? text(project.description) ?? '',
    });
    attribute('program', programId, 'id', project.id);
    if (!leadOrg) warn(`Project "${project.id}": no partner organisation, so its program has no organization_id.`);
    warn(
      `Project "${project.id}": HSDS has no neighbourhood project; it is a program. Its quarter, figures, goals, partners' roles, quotes and sources are not exported.`,
    );
    project.funding.forEach((f, i) => {
      tables.funding.push({
        id: id('funding', `${project.id}/${i}`),
        ...opt('organization_id', leadOrg ? id('organization', leadOrg) : undefined),
        source: [f.funder ? feed.organizations.find((o) => o.id === f.funder) : undefined]
          .map((o) => (o ? text(o.name) : undefined))
          .concat(text(f.program), text(f.description), text(project.name))
          .filter(Boolean)
          .join(' – '),
      });
      if (f.amount) warn(`Project "${project.id}": funding amounts have no HSDS field.`);
    });
  }
  const locationOf = new Map<string, string>();
  for (const place of feed.places) exportPlace(place);
  function exportPlace(place: Place): void {
    const locationId = id('location', place.id);
    locationOf.set(place.id, locationId);
    attribute('location', locationId, 'id', place.id);
    const exact = place.geo && !place.geo.approximate;
    tables.locations.push({
      id: locationId,
      location_type: 'physical',
      name: text(place.name),
      ...opt('description', text(place.description)),
      ...(exact ? { latitude: place.geo!.lat, longitude: place.geo!.lng } : {}),
    });
    if (place.geo?.approximate) warn(`Place "${place.id}": its position is estimated; HSDS cannot say so, so it is not exported.`);
    if (place.address) exportAddress(place.id, locationId, place.address);
    const access = place.accessibility;
    if (access?.wheelchair || access?.note) {
      tables.accessibility.push({
        id: id('accessibility', place.id),
        location_id: locationId,
        description: [access.wheelchair ? WHEELCHAIR[access.wheelchair] : undefined, text(access.note)].filter(Boolean).join(' '),
      });
    }
  }
  function exportAddress(placeId: string, locationId: string, a: Address): void {
    if (!a.street || !a.locality || !a.postalCode) {
      warn(`Place "${placeId}": HSDS needs street, postal code and city for an address; this one is incomplete and not exported.`);
      return;
    }
    tables.addresses.push({
      id: id('address', placeId),
      location_id: locationId,
      address_1: a.street,
      city: a.locality,
      ...opt('region', a.district),
      state_province: feed.projects.find((p) => p.municipality?.state)?.municipality?.state ?? '',
      postal_code: a.postalCode,
      country: 'DE',
      address_type: 'physical',
    });
  }
  for (const offer of feed.offers) {
    const serviceId = id('service', offer.id);
    translations(`Offer "${offer.id}"`, offer.name);
    if (offer.status === 'planned') warn(`Offer "${offer.id}": HSDS has no "planned" status; exported as inactive.`);
    const organizationId = offer.provider ? id('organization', offer.provider) : offer.project ? lead.get(offer.project) : undefined;
    tables.services.push({
      id: serviceId,
      ...opt('organization_id', organizationId),
      ...opt('program_id', offer.project ? id('program', offer.project) : undefined),
      name: text(offer.name),
      ...opt('description', text(offer.description)),
      ...opt('url', offer.url),
      ...opt('email', offer.contact?.email),
      status: STATUS[offer.status],
      ...opt('fees_description', offer.cost === 'free' ? 'kostenlos' : text(offer.cost)),
      ...opt('application_process', offer.registration ? REGISTRATION[offer.registration] : undefined),
      ...opt('eligibility_description', text(offer.audience)),
    });
    attribute('service', serviceId, 'id', offer.id);
    if (offer.category) attribute('service', serviceId, `category:${offer.category}`);
    let salId: string | undefined;
    if (offer.place && locationOf.has(offer.place)) {
      salId = id('service_at_location', `${offer.id}/${offer.place}`);
      tables.service_at_locations.push({ id: salId, service_id: serviceId, location_id: locationOf.get(offer.place) });
    }
    for (const code of offer.languages) tables.languages.push({ id: id('language', `${offer.id}/${code}`), service_id: serviceId, code });
    if (offer.contact?.name || offer.contact?.email || offer.contact?.phone) {
      const contactId = id('contact', offer.id);
      tables.contacts.push({ id: contactId, service_id: serviceId, ...opt('name', offer.contact.name), ...opt('email', offer.contact.email) });
      if (offer.contact.phone) phone(offer.contact.phone, { contact_id: contactId });
    }
    if (offer.schedule) exportSchedule(offer.id, serviceId, offer.schedule);
    offer.dates.forEach((d, i) => {
      const day = d.start.slice(0, 10);
      tables.schedules.push({
        id: id('schedule', `${offer.id}/date/${i}`),
        service_id: serviceId,
        dtstart: day,
        valid_from: day,
        valid_to: (d.end ?? d.start).slice(0, 10),
        ...opt('opens_at', d.start.length > 10 ? d.start.slice(11, 16) : undefined),
        ...opt('closes_at', d.end && d.end.length > 10 ? d.end.slice(11, 16) : undefined),
        description: `Einzeltermin am ${day}`,
      });
    });
  }
  function exportSchedule(offerId: string, serviceId: string, schedule: Schedule): void {
    const words = describeSchedule(schedule, t) || text(schedule.text);
    if (!schedule.rules.length) {
      tables.schedules.push({ id: id('schedule', `${offerId}/text`), service_id: serviceId, ...opt('description', words) });
      return;
    }
    schedule.rules.forEach((rule, i) => {
      tables.schedules.push({
        id: id('schedule', `${offerId}/${i}`),
        service_id: serviceId,
        freq: rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY',
        byday: byDay(rule),
        wkst: 'MO',
        ...opt('opens_at', rule.opens),
        ...opt('closes_at', rule.closes),
        ...opt('valid_from', fullDate(schedule.validFrom, false)),
        ...opt('valid_to', fullDate(schedule.validThrough, true)),
        ...opt('description', words),
      });
    });
  }
  if (terms.size) {
    tables.taxonomies.push({ ...KIT_TAXONOMY });
    for (const term of [...terms].sort()) tables.taxonomy_terms.push(termRecord(term));
  }
  return { tables, warnings };

  function termRecord(term: KitTerm): HsdsRecord {
    const category = term.startsWith('category:') ? (term.slice('category:'.length) as OfferCategory) : undefined;
    return {
      id: kitTermId(term),
      code: term,
      name: category ? t(`category.${category}`) : 'Kennung im Quartier-Feed',
      description: category
        ? `Angebotsart „${t(`category.${category}`)}“ des Quartier-Feeds (${category}).`
        : 'Die Kennung (id) des Eintrags im Quartier-Feed, aus dem er stammt; das Attribut nennt sie als value.',
      taxonomy: KIT_TAXONOMY.name,
      taxonomy_id: KIT_TAXONOMY.id,
      language: 'de',
    };
  }
}
