/**
 * Checks schema.org JSON-LD (a `@graph` as schema-org.ts writes it) against
 * the rules in schema-org-rules.ts: every node's type is known, every
 * property is one schema.org defines on that type or a supertype, required
 * properties are there, references point to a node of the right type in
 * the graph, and a few values have the form schema.org asks for (URLs,
 * dates, times, days, coordinates). Missing recommended properties are
 * listed apart: they are not errors, but each should have a reason.
 */
import { DAYS_OF_WEEK, SCHEMA_ORG_REFERENCES, SCHEMA_ORG_RULES } from './schema-org-rules.js';

type Json = Record<string, unknown>;

export interface SchemaOrgFinding {
  /** Where: the node's `@id` (or its path) and the property. */
  readonly at: string;
  readonly message: string;
}

export interface SchemaOrgCheck {
  readonly errors: readonly SchemaOrgFinding[];
  /** `{type, id, property}` for each recommended property a node lacks. */
  readonly missing: ReadonlyArray<{ readonly type: string; readonly id: string; readonly property: string }>;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const TIME = /^\d{2}:\d{2}(?::\d{2})?$/;

/** The type and its supertypes, most specific first. */
function lineage(type: string): string[] {
  const out: string[] = [];
  for (let t: string | undefined = type; t && SCHEMA_ORG_RULES[t]; t = SCHEMA_ORG_RULES[t]!.parent) out.push(t);
  return out;
}

/** Whether `type` is `ancestor` or one of its subtypes. */
const isA = (type: string, ancestor: string): boolean => lineage(type).includes(ancestor);

export function checkSchemaOrg(jsonld: unknown): SchemaOrgCheck {
  const errors: SchemaOrgFinding[] = [];
  const missing: Array<{ type: string; id: string; property: string }> = [];
  const error = (at: string, message: string): void => void errors.push({ at, message });
  if (!isObject(jsonld) || jsonld['@context'] !== 'https://schema.org' || !Array.isArray(jsonld['@graph'])) {
    error('', 'not a schema.org graph (@context https://schema.org, @graph)');
    return { errors, missing };
  }
  const graph = jsonld['@graph'] as unknown[];
  const byId = new Map<string, string>();
  for (const node of graph) if (isObject(node) && typeof node['@id'] === 'string') byId.set(node['@id'], String(node['@type']));
  const refs: Array<{ at: string; id: string; allowed: readonly string[] }> = [];

  const visit = (node: Json, at: string): void => {
    const type = node['@type'];
    if (typeof type !== 'string' || !SCHEMA_ORG_RULES[type]) return error(at, `unknown or missing @type ${JSON.stringify(type)}`);
    const rules = lineage(type).map((t) => SCHEMA_ORG_RULES[t]!);
    const allowed = new Set(rules.flatMap((r) => r.properties));
    const id = typeof node['@id'] === 'string' ? node['@id'] : at;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      if (!allowed.has(key)) error(`${id} ${key}`, `${type} has no property ${key} in schema.org`);
      if (value === null || value === '' || (Array.isArray(value) && !value.length)) error(`${id} ${key}`, 'empty value');
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!isObject(item)) continue;
        if (typeof item['@id'] === 'string' && Object.keys(item).length === 1) {
          const targets = SCHEMA_ORG_REFERENCES[key];
          if (!targets) error(`${id} ${key}`, `a reference where schema.org expects a value`);
          else refs.push({ at: `${id} ${key}`, id: item['@id'], allowed: targets });
        } else visit(item, `${id} ${key}`);
      }
    }
    const required = rules.find((r) => r.required)?.required ?? [];
    for (const property of required) if (node[property] === undefined) error(`${id} ${property}`, `${type} requires ${property}`);
    const recommended = rules.find((r) => r.recommended)?.recommended ?? [];
    for (const property of recommended) if (node[property] === undefined) missing.push({ type, id, property });
    values(node, id);
  };

  const values = (node: Json, id: string): void => {
    for (const key of ['url', 'logo']) {
      const v = node[key];
      if (v !== undefined && !(typeof v === 'string' && /^https?:\/\/\S+$/.test(v))) error(`${id} ${key}`, `not an http(s) URL: ${JSON.stringify(v)}`);
    }
    for (const key of ['foundingDate', 'dissolutionDate', 'startDate', 'endDate', 'validFrom', 'validThrough']) {
      const v = node[key];
      if (v !== undefined && !(typeof v === 'string' && ISO_DATE.test(v))) error(`${id} ${key}`, `not an ISO 8601 date: ${JSON.stringify(v)}`);
    }
    for (const key of ['opens', 'closes']) {
      const v = node[key];
      if (v !== undefined && !(typeof v === 'string' && TIME.test(v))) error(`${id} ${key}`, `not a time (hh:mm[:ss]): ${JSON.stringify(v)}`);
    }
    const days = node['dayOfWeek'];
    if (days !== undefined && !(Array.isArray(days) ? days : [days]).every((d) => DAYS_OF_WEEK.includes(String(d))))
      error(`${id} dayOfWeek`, `not a schema.org DayOfWeek: ${JSON.stringify(days)}`);
    for (const key of ['latitude', 'longitude']) {
      const v = node[key];
      const limit = key === 'latitude' ? 90 : 180;
      if (v !== undefined && !(typeof v === 'number' && Math.abs(v) <= limit)) error(`${id} ${key}`, `not a coordinate: ${JSON.stringify(v)}`);
    }
    const languages = node['availableLanguage'];
    if (
      languages !== undefined &&
      !(Array.isArray(languages) ? languages : [languages]).every((l) => typeof l === 'string' && /^[a-z]{2,3}(?:-[\w]+)*$/i.test(l))
    )
      error(`${id} availableLanguage`, `not BCP 47 language tags: ${JSON.stringify(languages)}`);
  };

  graph.forEach((node, i) => (isObject(node) ? visit(node, `@graph[${i}]`) : error(`@graph[${i}]`, 'not an object')));
  for (const ref of refs) {
    const type = byId.get(ref.id);
    if (!type) error(ref.at, `refers to ${ref.id}, which is not in the graph`);
    else if (!ref.allowed.some((a) => isA(type, a))) error(ref.at, `refers to a ${type}, expected ${ref.allowed.join(' or ')}`);
  }
  return { errors, missing };
}
