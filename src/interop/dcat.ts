/**
 * The feed catalogue as DCAT-AP.de 2.0 JSON-LD: a `dcat:Catalog` whose
 * datasets are the partners' feeds, each with publisher, contact point,
 * licence, modification date, region and one distribution (the feed's
 * address, JSON, the feed format's schema as `dct:conformsTo`), so
 * GovData-style harvesters can list the data. Licences are named with the
 * dcat-ap.de vocabulary; a licence it has no term for is reported, and the
 * distribution goes without one (DCAT-AP.de requires it: the catalogue
 * should then name a known licence).
 */
import type { Catalog, CatalogContact, CatalogEntry, CatalogPublisher, CatalogRegion } from '../harvest/catalog.js';
import type { FeedState } from '../harvest/harvest-state.js';

/** SPDX and Datenlizenz Deutschland codes → the dcat-ap.de licence vocabulary (https://www.dcat-ap.de/def/licenses/). */
const LICENSES: Readonly<Record<string, string>> = {
  'cc-by-4.0': 'http://dcat-ap.de/def/licenses/cc-by/4.0',
  'cc-by-sa-4.0': 'http://dcat-ap.de/def/licenses/cc-by-sa/4.0',
  'cc0-1.0': 'http://dcat-ap.de/def/licenses/cc-zero',
  'dl-de/by-2-0': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  'dl-de-by-2.0': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  'dl-de/zero-2-0': 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
  'dl-de-zero-2.0': 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
  'odbl-1.0': 'http://dcat-ap.de/def/licenses/odbl',
};

export function licenseUri(code: string | undefined): string | undefined {
  return code === undefined ? undefined : LICENSES[code.trim().toLowerCase()];
}

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'dct:modified': { '@type': 'xsd:dateTime' },
  'dct:issued': { '@type': 'xsd:dateTime' },
} as const;

/** The feed format's schema, as `dct:conformsTo`. */
const FEED_FORMAT = 'urn:quartier-widgets:feed:1';

export interface DcatResult {
  readonly jsonld: Record<string, unknown>;
  /** What DCAT-AP.de asks for and the catalogue lacks, in English. */
  readonly warnings: readonly string[];
}

const agent = (p: CatalogPublisher): Record<string, unknown> => ({
  '@type': 'foaf:Agent',
  'foaf:name': p.name,
  ...(p.url ? { 'foaf:homepage': { '@id': p.url } } : {}),
});

function contactPoint(c: CatalogContact): Record<string, unknown> {
  return {
    '@type': 'vcard:Organization',
    ...(c.name ? { 'vcard:fn': c.name } : {}),
    ...(c.email ? { 'vcard:hasEmail': { '@id': `mailto:${c.email}` } } : {}),
    ...(c.url ? { 'vcard:hasURL': { '@id': c.url } } : {}),
  };
}

/** The region as text (DCAT-AP.de names places by URI where it can; a text is what the catalogue has). */
function spatial(r: CatalogRegion): Record<string, unknown> | undefined {
  const words = [r.municipality, r.district, r.state].filter(Boolean).join(', ');
  return words ? { '@type': 'dct:Location', 'skos:prefLabel': words } : undefined;
}

/**
 * `base` is where the catalogue is published (ids of the datasets are made
 * under it); `states` the harvester's, for `dct:modified` (a feed's last change).
 */
export function catalogToDcat(catalog: Catalog, base: string, states: Readonly<Record<string, FeedState>> = {}): DcatResult {
  const warnings: string[] = [];
  const root = base.endsWith('/') ? base : `${base}/`;
  const datasets = catalog.feeds.map((entry: CatalogEntry) => {
    const code = entry.license ?? catalog.license;
    const license = licenseUri(code);
    if (!license)
      warnings.push(
        `Feed "${entry.id}": licence ${code === undefined ? 'missing' : `"${code}" has no dcat-ap.de term`}; DCAT-AP.de requires one on the distribution.`,
      );
    const modified = states[entry.id]?.changed;
    const where = spatial(entry.region);
    return {
      '@id': `${root}datasets/${entry.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': entry.id,
      'dct:title': entry.title ?? `Quartiersprojekte: ${entry.publisher.name}`,
      'dct:description': `Quartiersprojekte, Partner, Orte und Angebote von ${entry.publisher.name} als Quartier-Feed (Format 1).`,
      'dct:publisher': agent(entry.publisher),
      'dcat:contactPoint': contactPoint(entry.contact),
      ...(catalog.contributorId ? { 'dcatde:contributorID': { '@id': catalog.contributorId } } : {}),
      ...(where ? { 'dct:spatial': where } : {}),
      ...(modified ? { 'dct:modified': modified } : {}),
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/SOCI' },
      'dcat:keyword': ['Quartier', 'Quartiersprojekt', 'Nachbarschaft'],
      'dcat:distribution': [
        {
          '@id': `${root}datasets/${entry.id}/feed`,
          '@type': 'dcat:Distribution',
          'dcat:accessURL': { '@id': entry.url },
          'dcat:downloadURL': { '@id': entry.url },
          'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/JSON' },
          'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/json' },
          'dct:conformsTo': { '@id': FEED_FORMAT },
          ...(license ? { 'dct:license': { '@id': license } } : {}),
          ...(modified ? { 'dct:modified': modified } : {}),
        },
      ],
    };
  });
  if (!catalog.description) warnings.push('Catalogue: no description (dct:description is required).');
  if (!catalog.contributorId)
    warnings.push('Catalogue: no contributorId (dcatde:contributorID, the id GovData gives a portal); GovData needs it to take the datasets.');
  return {
    jsonld: {
      '@context': { ...DCAT_CONTEXT, skos: 'http://www.w3.org/2004/02/skos/core#' },
      '@id': `${root}catalog`,
      '@type': 'dcat:Catalog',
      'dct:title': catalog.title,
      'dct:description': catalog.description ?? catalog.title,
      'dct:publisher': agent(catalog.publisher),
      ...(catalog.homepage ? { 'foaf:homepage': { '@id': catalog.homepage } } : {}),
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
      ...(licenseUri(catalog.license) ? { 'dct:license': { '@id': licenseUri(catalog.license) } } : {}),
      'dcat:dataset': datasets,
    },
    warnings,
  };
}
