/**
 * The feed catalogue (`catalog.json`, schema in data/quartier-catalog.schema.json):
 * a portal's list of partner feeds — address, publisher, contact for
 * problems, licence, region. The harvester reads it, the DCAT-AP.de export
 * describes it. It is read as untrusted input: an entry that cannot be used
 * is left out with a problem naming it, the rest is used.
 */
import { checkEmail, checkSlug, checkUrl, cleanString, isRecord, own } from '../feed/checks.js';

export interface CatalogPublisher {
  readonly name: string;
  readonly url?: string;
}

export interface CatalogContact {
  readonly name?: string;
  readonly email?: string;
  readonly url?: string;
}

export interface CatalogRegion {
  /** Bundesland. */
  readonly state?: string;
  /** Landkreis. */
  readonly district?: string;
  readonly municipality?: string;
}

export interface CatalogEntry {
  /** A slug, unique in the catalogue: names the feed's files and reports. */
  readonly id: string;
  /** The feed's http(s) address. */
  readonly url: string;
  readonly title?: string;
  readonly publisher: CatalogPublisher;
  /** Who hears about problems with the feed. */
  readonly contact: CatalogContact;
  /** SPDX identifier or Datenlizenz Deutschland code (`CC-BY-4.0`, `dl-de/by-2-0`); the catalogue's when absent. */
  readonly license?: string;
  readonly region: CatalogRegion;
}

export interface Catalog {
  readonly title: string;
  readonly description?: string;
  readonly publisher: CatalogPublisher;
  readonly contact?: CatalogContact;
  /** The portal's page. */
  readonly homepage?: string;
  /** The licence of feeds that name none. */
  readonly license?: string;
  /** The catalogue's own address once published (DCAT's identifier). */
  readonly url?: string;
  /** The portal's GovData contributor id (a URI under http://dcat-ap.de/def/contributors/), for DCAT-AP.de. */
  readonly contributorId?: string;
  readonly feeds: readonly CatalogEntry[];
}

export interface CatalogProblem {
  /** `['feeds', 3, 'url']`. */
  readonly path: ReadonlyArray<string | number>;
  readonly code: 'not-a-catalog' | 'missing' | 'invalid' | 'duplicate-id';
}

export interface CatalogRead {
  /** `undefined` when the document is not a catalogue at all. */
  readonly catalog?: Catalog;
  readonly problems: readonly CatalogProblem[];
}

/** Most feeds one catalogue may list (every Quartier in Germany fits many times over). */
export const MAX_CATALOG_FEEDS = 50_000;

function text(record: Record<string, unknown>, key: string, max = 500): string | undefined {
  return cleanString(own(record, key), max);
}

function readPublisher(value: unknown): CatalogPublisher | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(value, 'name');
  if (!name) return undefined;
  const url = checkUrl(own(value, 'url'));
  return { name, ...(url ? { url } : {}) };
}

function readContact(value: unknown): CatalogContact | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(value, 'name');
  const email = checkEmail(own(value, 'email'));
  const url = checkUrl(own(value, 'url'));
  if (!email && !url) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}), ...(url ? { url } : {}) };
}

function readRegion(value: unknown): CatalogRegion {
  if (!isRecord(value)) return {};
  const state = text(value, 'state', 100);
  const district = text(value, 'district', 100);
  const municipality = text(value, 'municipality', 100);
  return { ...(state ? { state } : {}), ...(district ? { district } : {}), ...(municipality ? { municipality } : {}) };
}

function readEntry(value: unknown, at: number, problems: CatalogProblem[]): CatalogEntry | undefined {
  const path = ['feeds', at];
  if (!isRecord(value)) {
    problems.push({ path, code: 'invalid' });
    return undefined;
  }
  const fail = (field: string, present: boolean): undefined => {
    problems.push({ path: [...path, field], code: present ? 'invalid' : 'missing' });
    return undefined;
  };
  const id = checkSlug(own(value, 'id'));
  if (!id || id.length > 64) return fail('id', own(value, 'id') !== undefined);
  const url = checkUrl(own(value, 'url'));
  if (!url) return fail('url', own(value, 'url') !== undefined);
  const publisher = readPublisher(own(value, 'publisher'));
  if (!publisher) return fail('publisher', own(value, 'publisher') !== undefined);
  const contact = readContact(own(value, 'contact'));
  if (!contact) return fail('contact', own(value, 'contact') !== undefined);
  const title = text(value, 'title');
  const license = text(value, 'license', 100);
  return { id, url, ...(title ? { title } : {}), publisher, contact, ...(license ? { license } : {}), region: readRegion(own(value, 'region')) };
}

/** Reads a parsed `catalog.json`. Never throws. */
export function readCatalog(json: unknown): CatalogRead {
  const problems: CatalogProblem[] = [];
  const feedsValue = isRecord(json) ? own(json, 'feeds') : undefined;
  if (!isRecord(json) || !Array.isArray(feedsValue)) return { problems: [{ path: [], code: 'not-a-catalog' }] };
  const title = text(json, 'title');
  const publisher = readPublisher(own(json, 'publisher'));
  if (!title) problems.push({ path: ['title'], code: 'missing' });
  if (!publisher) problems.push({ path: ['publisher'], code: 'missing' });
  const seen = new Set<string>();
  const feeds: CatalogEntry[] = [];
  feedsValue.slice(0, MAX_CATALOG_FEEDS).forEach((value, at) => {
    const entry = readEntry(value, at, problems);
    if (!entry) return;
    if (seen.has(entry.id)) {
      problems.push({ path: ['feeds', at, 'id'], code: 'duplicate-id' });
      return;
    }
    seen.add(entry.id);
    feeds.push(entry);
  });
  if (feedsValue.length > MAX_CATALOG_FEEDS) problems.push({ path: ['feeds', MAX_CATALOG_FEEDS], code: 'invalid' });
  const description = text(json, 'description', 5000);
  const contact = readContact(own(json, 'contact'));
  const homepage = checkUrl(own(json, 'homepage'));
  const license = text(json, 'license', 100);
  const url = checkUrl(own(json, 'url'));
  const contributorId = checkUrl(own(json, 'contributorId'));
  return {
    catalog: {
      title: title ?? '',
      ...(description ? { description } : {}),
      publisher: publisher ?? { name: '' },
      ...(contact ? { contact } : {}),
      ...(homepage ? { homepage } : {}),
      ...(license ? { license } : {}),
      ...(url ? { url } : {}),
      ...(contributorId ? { contributorId } : {}),
      feeds,
    },
    problems,
  };
}
