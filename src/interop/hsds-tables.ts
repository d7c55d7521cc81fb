/**
 * Any HSDS 3.0 document as HSDS's flat tables: one service, organisation,
 * location or service-at-location with everything nested in it (the API's
 * "full" objects), a page of them (`contents`), the tabular form as one
 * object of tables (`"services.csv": […]`, as the specification's example)
 * or one file per table (`services.json`, as the kit's export writes).
 * Nested records are taken out of their parent and get its id as their link
 * (`service_id`, `location_id` …), so what follows reads one shape only.
 */
import { isRecord } from '../feed/checks.js';
import { HSDS_TABLES, type HsdsRecord } from './hsds-export.js';

export type { HsdsRecord };
/** Each table by its plural name (`services`, `service_at_locations`), its records by id, in order of appearance. */
export type HsdsTables = Map<string, Map<string, HsdsRecord>>;

/** A table's name as the tabular form or a file names it, as the plural this module uses. */
const ALIASES: Readonly<Record<string, string>> = {
  service_at_location: 'service_at_locations',
  organization: 'organizations',
  service: 'services',
  location: 'locations',
  program: 'programs',
  taxonomy: 'taxonomies',
  taxonomy_term: 'taxonomy_terms',
  meta_table_description: 'meta_table_descriptions',
};

/** For each kind of record: its nested lists (table, and the link each child gets to the parent). */
const LISTS: Readonly<Record<string, Readonly<Record<string, readonly [table: string, link: string]>>>> = {
  organizations: {
    services: ['services', 'organization_id'],
    programs: ['programs', 'organization_id'],
    locations: ['locations', 'organization_id'],
    phones: ['phones', 'organization_id'],
    contacts: ['contacts', 'organization_id'],
    funding: ['funding', 'organization_id'],
    organization_identifiers: ['organization_identifiers', 'organization_id'],
  },
  services: {
    phones: ['phones', 'service_id'],
    schedules: ['schedules', 'service_id'],
    service_areas: ['service_areas', 'service_id'],
    service_at_locations: ['service_at_locations', 'service_id'],
    languages: ['languages', 'service_id'],
    funding: ['funding', 'service_id'],
    cost_options: ['cost_options', 'service_id'],
    required_documents: ['required_documents', 'service_id'],
    contacts: ['contacts', 'service_id'],
  },
  service_at_locations: {
    contacts: ['contacts', 'service_at_location_id'],
    phones: ['phones', 'service_at_location_id'],
    schedules: ['schedules', 'service_at_location_id'],
  },
  locations: {
    languages: ['languages', 'location_id'],
    addresses: ['addresses', 'location_id'],
    contacts: ['contacts', 'location_id'],
    accessibility: ['accessibility', 'location_id'],
    phones: ['phones', 'location_id'],
    schedules: ['schedules', 'location_id'],
  },
  contacts: { phones: ['phones', 'contact_id'] },
  phones: { languages: ['languages', 'phone_id'] },
};

/** Nested single records: table, and the link the parent gets to the child. */
const ONES: Readonly<Record<string, Readonly<Record<string, readonly [table: string, link: string]>>>> = {
  services: { organization: ['organizations', 'organization_id'], program: ['programs', 'program_id'] },
  service_at_locations: { service: ['services', 'service_id'], location: ['locations', 'location_id'] },
  attributes: { taxonomy_term: ['taxonomy_terms', 'taxonomy_term_id'] },
  taxonomy_terms: { taxonomy_detail: ['taxonomies', 'taxonomy_id'] },
};

/** Every record may carry attributes and metadata about itself. */
const ANY: Readonly<Record<string, readonly [table: string, link: string]>> = {
  attributes: ['attributes', 'link_id'],
  metadata: ['metadata', 'resource_id'],
};

/** What kind of record a lone object is, by the fields HSDS requires of it or only it has. */
function kindOf(value: HsdsRecord): string | undefined {
  if ('service' in value || 'location' in value) return 'service_at_locations';
  if ('status' in value || 'service_at_locations' in value || 'program' in value) return 'services';
  if ('location_type' in value || 'addresses' in value) return 'locations';
  if ('website' in value || 'programs' in value || 'organization_identifiers' in value || 'tax_status' in value) return 'organizations';
  if ('taxonomy' in value || 'term_uri' in value || 'taxonomy_detail' in value) return 'taxonomy_terms';
  if (typeof value['id'] === 'string' && 'name' in value && 'description' in value && ('uri' in value || 'version' in value)) return 'taxonomies';
  if (typeof value['id'] === 'string' && 'name' in value && 'description' in value) return 'organizations';
  return undefined;
}

export class TableReader {
  readonly tables: HsdsTables = new Map();
  /** Objects that are no HSDS record (`base.json`'s profile, a page's counters): named, not read. */
  readonly skipped: string[] = [];

  private table(name: string): Map<string, HsdsRecord> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Map()));
    return t;
  }

  /** Adds a record of `table` (and what is nested in it) with `links` set; returns its id. */
  add(table: string, raw: HsdsRecord, links: HsdsRecord = {}): string {
    const record: HsdsRecord = {};
    const nested: Array<readonly [string, unknown, readonly [string, string]]> = [];
    const ones: Array<readonly [unknown, readonly [string, string]]> = [];
    for (const [key, value] of Object.entries(raw)) {
      const list = LISTS[table]?.[key] ?? ANY[key];
      const one = ONES[table]?.[key];
      if (list && Array.isArray(value)) nested.push([key, value, list]);
      else if (one && isRecord(value)) ones.push([value, one]);
      else record[key] = value;
    }
    Object.assign(record, links);
    for (const [value, [child, link]] of ones) record[link] = this.add(child, value as HsdsRecord);
    const t = this.table(table);
    const id = typeof record['id'] === 'string' && record['id'] ? record['id'] : `${table}-${t.size + 1}`;
    record['id'] = id;
    // The same record nested twice (an organisation in each of its services): its fields gathered.
    const known = t.get(id);
    t.set(id, known ? { ...record, ...known } : record);
    for (const [, value, [child, link]] of nested) for (const item of value as unknown[]) if (isRecord(item)) this.add(child, item, { [link]: id });
    return id;
  }

  /** Reads one JSON document (`name` is its file name, which names the table of a one-table file). */
  read(json: unknown, name: string): void {
    const fileTable = /([a-z_]+)\.(?:json|csv)$/i.exec(name)?.[1]?.toLowerCase();
    const tableName = (n: string): string => ALIASES[n] ?? n;
    if (Array.isArray(json)) {
      const table = fileTable ? tableName(fileTable) : undefined;
      for (const item of json) if (isRecord(item)) this.readOne(item, name, table && LISTS_OR_TABLES.has(table) ? table : undefined);
      return;
    }
    if (!isRecord(json)) return void this.skipped.push(name);
    if (Array.isArray(json['contents'])) {
      for (const item of json['contents']) if (isRecord(item)) this.readOne(item, name);
      return;
    }
    const tabular = Object.keys(json).filter((k) => /\.csv$/.test(k) && Array.isArray(json[k]));
    if (tabular.length) {
      for (const key of tabular) for (const item of json[key] as unknown[]) if (isRecord(item)) this.add(tableName(key.replace(/\.csv$/, '')), item);
      return;
    }
    this.readOne(json, name);
  }

  private readOne(item: HsdsRecord, name: string, table?: string): void {
    const kind = table ?? kindOf(item);
    if (kind) this.add(kind, item);
    else this.skipped.push(name);
  }
}

/** The tables HSDS has (a one-table file is read as its table only when it is one of them): the export's and those it does not write. */
const LISTS_OR_TABLES: ReadonlySet<string> = new Set<string>([
  ...HSDS_TABLES,
  'service_areas',
  'required_documents',
  'cost_options',
  'organization_identifiers',
  'metadata',
  'meta_table_descriptions',
]);
