/**
 * A feed as schema.org JSON-LD, for search engines: the project (`Project`)
 * with its partner organisations, its places and its offers (`Service`, with
 * opening hours from the weekly rules). Checked against schema.org's type
 * definitions and Google's structured-data rules by schema-org-check.ts. No DOM; texts in one language (the
 * reader's, falling back as the widgets do). Elements with `structured-data`
 * write it into the page (elements/shared/structured-data.ts).
 */
import { organizationById, projectOffers, projectPartners, projectPlaces } from './query.js';
import { pickText } from './text.js';
import type { Address, Feed, GeoPoint, Offer, Organization, Place, Project, Text, Weekday } from './types.js';

type Json = { [key: string]: unknown };

const DAYS: Readonly<Record<Weekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const ORG_TYPES: Readonly<Record<string, string>> = {
  municipality: 'GovernmentOrganization',
  state: 'GovernmentOrganization',
  welfare: 'NGO',
  association: 'NGO',
  church: 'Organization',
  school: 'EducationalOrganization',
  housing: 'Corporation',
  company: 'Corporation',
  other: 'Organization',
};

/** Drops empty values, so the graph has no `null`s or empty lists. */
function clean(value: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out;
}

/**
 * The JSON-LD for `project` (its partners, places and offers), or for the
 * whole feed when no project is given; `lang` picks the texts.
 */
export function schemaOrgGraph(feed: Feed, project: Project | undefined, lang: string): Json {
  const text = (t: Text | undefined): string | undefined => pickText(t, lang, feed.language)?.text;
  const id = (kind: string, key: string): string => `#quartier-${kind}-${key}`;
  const address = (a: Address | undefined): Json | undefined =>
    a &&
    clean({
      '@type': 'PostalAddress',
      streetAddress: a.street,
      postalCode: a.postalCode,
      addressLocality: a.locality,
      addressRegion: a.district,
      addressCountry: 'DE',
    });
  // An estimated position is not given to search engines as coordinates.
  const geo = (g: GeoPoint | undefined): Json | undefined =>
    g && !g.approximate ? { '@type': 'GeoCoordinates', latitude: g.lat, longitude: g.lng } : undefined;
  const organization = (o: Organization): Json =>
    clean({
      '@type': ORG_TYPES[o.type ?? 'other'] ?? 'Organization',
      '@id': id('org', o.id),
      name: text(o.name),
      alternateName: text(o.shortName),
      description: text(o.description),
      url: o.url,
      logo: o.logo?.url,
      address: address(o.address),
      email: o.email,
      telephone: o.phone,
    });
  const place = (p: Place): Json =>
    clean({
      '@type': 'Place',
      '@id': id('place', p.id),
      name: text(p.name),
      description: text(p.description),
      address: address(p.address),
      geo: geo(p.geo),
    });
  const offer = (o: Offer): Json =>
    clean({
      '@type': 'Service',
      '@id': id('offer', o.id),
      name: text(o.name),
      description: text(o.description),
      serviceType: o.category,
      audience: o.audience && { '@type': 'Audience', audienceType: text(o.audience) },
      // schema.org has availableLanguage on a service's channel, not on the service.
      availableChannel: o.languages.length ? { '@type': 'ServiceChannel', availableLanguage: o.languages } : undefined,
      provider: o.provider && organizationById(feed, o.provider) ? { '@id': id('org', o.provider) } : undefined,
      areaServed: o.place ? { '@id': id('place', o.place) } : undefined,
      // isAccessibleForFree is not a Service property: a free service is offered at price 0.
      offers: o.cost === 'free' ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : undefined,
      url: o.url,
      hoursAvailable: (o.schedule?.rules ?? [])
        .filter((r) => r.freq === 'weekly' && r.opens)
        .map((r) => clean({ '@type': 'OpeningHoursSpecification', dayOfWeek: r.byDay.map((d) => DAYS[d]), opens: r.opens, closes: r.closes })),
    });
  const organizations = project ? projectPartners(feed, project).map((p) => p.organization) : feed.organizations;
  const places = project ? projectPlaces(feed, project) : feed.places;
  const offers = (project ? projectOffers(feed, project) : feed.offers).filter((o) => o.status !== 'ended');
  const graph: Json[] = [];
  for (const p of project ? [project] : feed.projects) {
    graph.push(
      clean({
        '@type': 'Project',
        '@id': id('project', p.id),
        name: text(p.name),
        alternateName: text(p.shortName),
        description: text(p.summary) ?? text(p.description),
        foundingDate: p.period?.start,
        dissolutionDate: p.period?.end,
        areaServed: p.quarter?.name
          ? clean({
              '@type': 'Place',
              name: text(p.quarter.name),
              containedInPlace: p.municipality && { '@type': 'City', name: p.municipality.name },
              geo: geo(p.quarter.center),
            })
          : undefined,
        member: projectPartners(feed, p).map((m) => ({ '@type': 'OrganizationRole', roleName: m.role, member: { '@id': id('org', m.organization.id) } })),
        url: p.links[0]?.url,
      }),
    );
  }
  graph.push(...organizations.map(organization), ...places.map(place), ...offers.map(offer));
  return { '@context': 'https://schema.org', '@graph': graph };
}
