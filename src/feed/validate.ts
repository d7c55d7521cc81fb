/**
 * The boundary between an untrusted feed and the elements: unknown JSON in,
 * `{feed, warnings}` out. A bad field or record is dropped with a warning that
 * names the record's id, the field and the reason; the rest stays. Only a
 * document that is not a feed, has an unknown `version`, or has no valid
 * record at all is refused, with a `FeedError`. What lies beyond a limit of
 * `limits.ts` is left out unread, with one warning. `readFeedInSlices` does the
 * same work in slices, pausing between them, so that a large feed does not
 * hold the page's main thread. No DOM, no Lit.
 */
import { checkDateTime, checkLanguageTag, describeValue, isRecord, own, UNSAFE_KEYS } from './checks.js';
import { FeedError } from './errors.js';
import { IdSet } from './id-set.js';
import { plainCopier } from './plain-copy.js';
import { LIMITS } from './limits.js';
import { canonicalTag, child, compact, email, field, isEmpty, object, string, tooMany, url, warn, type At, type Reader, type Scope } from './read.js';
import { readOffer, readOrganization, readPlace, readProject } from './records.js';
import { runAtOnce, runInSlices } from './slices.js';
import { takeOffer, takeOrganization, takePlace, type Take } from './take.js';
import type { Feed, FeedWarning, Offer, Place, Project, Publisher, ValidationResult } from './types.js';

/** Versions this kit reads: "1" and any "1.x" minor. */
const VERSION = /^1(?:\.\d+)?$/;
type RecordList = 'projects' | 'organizations' | 'places' | 'offers';

export interface ValidateOptions {
  /** The feed's URL, named in every warning. */
  readonly source?: string;
  /**
   * `true` when the document is the caller's own JSON.parse result that nothing else holds or reads afterwards:
   * records already in their clean form are then taken as they are (take.ts) rather than copied, and the
   * document is changed in place. Never for an object a page hands over (it could change it later).
   */
  readonly inPlace?: boolean;
  /**
   * `true` for an object a page hands over (`.feed`), which must stay as it is: each offer, place and organization is
   * copied as plain data (plain-copy.ts) and the copy taken when it passes the fast check; a record that does not
   * pass is read from the page's object by the readers, as without this option.
   */
  readonly copyRecords?: boolean;
}

/** Parses feed text; a syntax error becomes a `FeedError('not-json')`. */
export function parseFeedText(body: string, options: ValidateOptions = {}): unknown {
  try {
    return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (cause) {
    const html = /^\s*<(?:!doctype|html|head|body|\?xml)/i.test(body);
    throw new FeedError('not-json', { ...(options.source ? { url: options.source } : {}), html, cause });
  }
}

const publisher: Reader<Publisher> = object((r, at) => {
  const p = compact<Publisher>({
    name: field(r, 'name', string, at),
    url: field(r, 'url', url, at),
    email: field(r, 'email', email, at),
  });
  return isEmpty(p) ? undefined : p;
});

/** Records of a list that may fail the fast check (take.ts) before a list where most fail it is left to the readers. */
const TAKE_TRIES = 16;

/** Records read between two pauses of `readFeedInSlices` (whether it pauses is the caller's choice). */
const SLICE = 50;

/**
 * One record list of a feed: its first `LIMITS.records[list]` entries read, a pause (`yield`) every `SLICE`. While
 * every record so far was taken in place (`takeAsIs`), the raw list itself is the result: a valid list costs no
 * copy and no index list; the first record that is not taken as it is starts the copy.
 */
function* readList<T extends { id: string }>(
  root: Record<string, unknown>,
  list: RecordList,
  reader: Reader<T>,
  common: Omit<Scope, 'list' | 'record'>,
  takeAsIs: Take | undefined,
  copy?: (record: Record<string, unknown>) => Record<string, unknown> | undefined,
): Generator<void, T[]> {
  const raw = own(root, list);
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    const scope: Scope = { ...common, list: 'feed' };
    warn({ scope, path: [list] }, 'invalid-type', 'field', { value: describeValue(raw), expected: 'list' });
    return [];
  }
  const n = Math.min(raw.length, LIMITS.records[list]);
  const seen = new IdSet(n);
  // Until `out` is made, the records read are raw[0 … index), all taken as they are.
  let out: T[] | undefined = takeAsIs && !copy ? undefined : [];
  let indices: number[] | undefined = out ? [] : undefined;
  let take = takeAsIs;
  let missed = 0;
  for (let index = 0; index < n; index++) {
    if (index % SLICE === SLICE - 1) yield;
    const entry: unknown = raw[index];
    const isObject = isRecord(entry);
    // A repeated id drops the record before it is read, so its fields raise no further warnings.
    const rawId = isObject ? own(entry, 'id') : undefined;
    const repeated = typeof rawId === 'string' && seen.has(rawId);
    if (isObject && !repeated && take !== undefined) {
      const candidate = copy ? copy(entry) : entry;
      if (candidate !== undefined && take(candidate, common.language)) {
        seen.add(rawId as string);
        if (out !== undefined) {
          indices!.push(index);
          out.push(candidate as unknown as T);
        }
        continue;
      }
      // A list where most records need the readers is left to them: the fast check would only add its own cost.
      if (++missed > TAKE_TRIES && missed * 2 > index + 1) take = undefined;
    }
    if (out === undefined) {
      out = (raw as T[]).slice(0, index);
      indices = Array.from({ length: index }, (_, i) => i);
    }
    const scope: Scope = { warnings: common.warnings, language: common.language, source: common.source, list };
    const at: At = { scope, path: [list, index] };
    if (!isObject) {
      warn(at, 'invalid-type', 'record', { value: describeValue(entry), expected: 'object' });
      continue;
    }
    if (repeated) {
      scope.record = rawId;
      warn(child(at, 'id'), 'duplicate-id', 'record', { value: rawId });
      continue;
    }
    const record = reader(entry, at);
    if (record === undefined) continue;
    seen.add(record.id);
    indices!.push(index);
    out.push(record);
  }
  const beyond = raw.length - n;
  if (out === undefined) {
    // Every record was taken: the list is the feed's own (the document is the caller's to give away), cut at the limit.
    out = raw as T[];
    out.length = n;
  }
  listOrigins.set(out, indices ? { source: common.source, indices } : { source: common.source });
  if (beyond > 0) tooMany({ scope: { ...common, list: 'feed' }, path: [list] }, beyond, n);
  return out;
}

/**
 * Where the records of a read (or merged) list came from, for the warnings of
 * `checkReferences`: the feed's URL (one for the whole list, or one per record
 * after a merge) and each record's index in its feed's raw list. Kept per list,
 * not per record: a WeakMap entry per record cost more than reading it.
 */
export interface ListOrigin {
  readonly source: string | undefined | ReadonlyArray<string | undefined>;
  /** Absent when each record is at its own position (a list taken as it is). */
  readonly indices?: readonly number[];
}

const listOrigins = new WeakMap<readonly object[], ListOrigin>();

/** The feed and raw index of the record at `position` of a read or merged list (`undefined` for a list made otherwise). */
export function originAt(list: readonly object[], position: number): { readonly source?: string; readonly index: number } | undefined {
  const origin = listOrigins.get(list);
  const index = origin?.indices ? origin.indices[position] : position < list.length ? position : undefined;
  if (origin === undefined || index === undefined) return undefined;
  const source = typeof origin.source === 'object' ? origin.source[position] : origin.source;
  return source === undefined ? { index } : { source, index };
}

/** Records where the records of a list made by merging came from (merge.ts). */
export function setListOrigin(list: readonly object[], origin: ListOrigin): void {
  listOrigins.set(list, origin);
}

/** Records checked between two pauses of `checkReferencesInSlices`. */
const CHECK_SLICE = 500;

/**
 * Drops references to ids that are not in the feed, with a warning each. Run
 * on the whole (merged) feed, so one feed may refer to another's records.
 */
export function checkReferences(feed: Feed, warnings: FeedWarning[]): Feed {
  return runAtOnce(checkSteps(feed, warnings));
}

/** `checkReferences` in slices of records, calling `pause` between them (as `readFeedInSlices`). */
export function checkReferencesInSlices(feed: Feed, warnings: FeedWarning[], pause: () => Promise<void>): Promise<Feed> {
  return runInSlices(checkSteps(feed, warnings), pause);
}

/**
 * `list` mapped by `each`, with a pause (`yield`) every `CHECK_SLICE` records. While `each` returns its record
 * unchanged, nothing is copied: a list without a change is returned itself.
 */
function* mapInSlices<T>(list: readonly T[], each: (record: T, i: number) => T): Generator<void, readonly T[]> {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && i % CHECK_SLICE === 0) yield;
    const record = list[i]!;
    const mapped = each(record, i);
    if (out !== undefined) out.push(mapped);
    else if (mapped !== record) {
      out = list.slice(0, i);
      out.push(mapped);
    }
  }
  return out ?? list;
}

function* checkSteps(feed: Feed, warnings: FeedWarning[]): Generator<void, Feed> {
  const ids = {
    projects: IdSet.of(feed.projects),
    organizations: IdSet.of(feed.organizations),
    places: IdSet.of(feed.places),
  };
  yield;
  /**
   * `true` when `id` is absent or known; otherwise warns. Where the record came from, and the path, are made only
   * then: a valid feed allocates nothing here per record.
   */
  const known = (
    list: RecordList,
    record: { readonly id: string },
    position: number,
    id: string | undefined,
    target: keyof typeof ids,
    path: string | ReadonlyArray<string | number>,
  ): boolean => {
    if (id === undefined || ids[target].has(id)) return true;
    const origin = originAt(feed[list], position);
    const scope: Scope = {
      warnings,
      language: feed.language,
      list,
      record: record.id,
      ...(origin?.source !== undefined ? { source: origin.source } : {}),
    };
    warn({ scope, path: [list, origin?.index ?? position, ...(typeof path === 'string' ? [path] : path)] }, 'unknown-reference', 'field', {
      value: id,
      expected: target,
    });
    return false;
  };

  // Every copy is made by `compact`, so records keep having no prototype.
  const projects = yield* mapInSlices(feed.projects, (p, i): Project => {
    const ok = (id: string | undefined, path: ReadonlyArray<string | number>): boolean => known('projects', p, i, id, 'organizations', path);
    return compact<Project>({
      ...p,
      partners: p.partners.filter((x, j) => ok(x.organization, ['partners', j, 'organization'])),
      // An entry left with nothing once its reference is gone is dropped, as the readers would have.
      contacts: p.contacts
        .map((c, j) => (ok(c.organization, ['contacts', j, 'organization']) ? c : dropKey(c, 'organization')))
        .filter((c) => c.name !== undefined || c.email !== undefined || c.phone !== undefined || c.organization !== undefined),
      funding: p.funding.map((f, j) => (ok(f.funder, ['funding', j, 'funder']) ? f : dropKey(f, 'funder'))).filter((f) => !isEmpty(f)),
      quotes: p.quotes.map((q, j) => (ok(q.organization, ['quotes', j, 'organization']) ? q : dropKey(q, 'organization'))),
    });
  });
  const places = yield* mapInSlices(feed.places, (pl, i): Place => (known('places', pl, i, pl.project, 'projects', 'project') ? pl : dropKey(pl, 'project')));
  const offers = yield* mapInSlices(feed.offers, (o, i): Offer => {
    let out = o;
    if (!known('offers', o, i, o.project, 'projects', 'project')) out = dropKey(out, 'project');
    if (!known('offers', o, i, o.place, 'places', 'place')) out = dropKey(out, 'place');
    if (!known('offers', o, i, o.provider, 'organizations', 'provider')) out = dropKey(out, 'provider');
    return out;
  });
  // A project's places, and its offers (naming it, or held at one of its places), up to their limits.
  // Made when first needed: most offers name their project.
  let placeProject: Map<string, string> | undefined;
  const projectOfPlace = (id: string): string | undefined => {
    if (placeProject === undefined) {
      placeProject = new Map<string, string>();
      for (const pl of places) if (pl.project !== undefined) placeProject.set(pl.id, pl.project);
    }
    return placeProject.get(id);
  };
  yield;
  const keptPlaces = perProject(places, (pl) => pl.project, LIMITS.project.places);
  yield;
  const keptOffers = perProject(offers, (o) => o.project ?? (o.place === undefined ? undefined : projectOfPlace(o.place)), LIMITS.project.offers);
  const projectIndex = new Map(feed.projects.map((p, i) => [p.id, i]));
  for (const [code, { over }, limit] of [
    ['too-many-places', keptPlaces, LIMITS.project.places],
    ['too-many-offers', keptOffers, LIMITS.project.offers],
  ] as const) {
    for (const [id, count] of over) {
      const i = projectIndex.get(id)!;
      const origin = originAt(feed.projects, i);
      const scope: Scope = {
        warnings,
        language: feed.language,
        list: 'projects',
        record: id,
        ...(origin?.source !== undefined ? { source: origin.source } : {}),
      };
      tooMany({ scope, path: ['projects', origin?.index ?? i] }, count, limit, code);
    }
  }
  return compact<Feed>({ ...feed, projects, places: keptPlaces.kept, offers: keptOffers.kept });
}

/**
 * The records of `list` up to `limit` per project (in order), and how many each project had beyond it. The list
 * itself when nothing is left out.
 */
function perProject<T>(list: readonly T[], projectOf: (record: T) => string | undefined, limit: number): { kept: readonly T[]; over: Map<string, number> } {
  const counts = new Map<string, number>();
  const over = new Map<string, number>();
  let kept: T[] | undefined;
  // The records of a project mostly follow each other: its count is kept at hand until another project comes.
  let current: string | undefined;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const record = list[i]!;
    const id = projectOf(record);
    if (id !== undefined) {
      if (id !== current) {
        if (current !== undefined) counts.set(current, count);
        current = id;
        count = counts.get(id) ?? 0;
      }
      count++;
      if (count > limit) {
        over.set(id, count - limit);
        kept ??= list.slice(0, i);
        continue;
      }
    }
    kept?.push(record);
  }
  return { kept: kept ?? list, over };
}

function dropKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = compact(value);
  delete copy[key];
  return copy;
}

/**
 * Reads one untrusted, already parsed feed, without checking references
 * between records (several feeds are merged first, then checked as one).
 * @throws FeedError `not-a-feed`, `unknown-version` or `no-records`
 */
export function readFeed(json: unknown, options: ValidateOptions = {}): ValidationResult {
  return runAtOnce(readSteps(json, options));
}

/**
 * `readFeed` in slices of records, calling `pause` between them: a caller
 * that lets the page run in a pause (a macrotask when the slice took long)
 * never holds the main thread for the whole feed.
 * @throws FeedError as `readFeed`
 */
export async function readFeedInSlices(json: unknown, options: ValidateOptions, pause: () => Promise<void>): Promise<ValidationResult> {
  const steps = readSteps(json, options);
  // Parsing a large body took a while already: the first slice may start in a task of its own.
  await pause();
  return runInSlices(steps, pause);
}

function* readSteps(json: unknown, options: ValidateOptions): Generator<void, ValidationResult> {
  const { source } = options;
  const urlDetail = source !== undefined ? { url: source } : {};
  if (!isRecord(json)) throw new FeedError('not-a-feed', urlDetail);
  const rawVersion = own(json, 'version');
  if (rawVersion === undefined) throw new FeedError('not-a-feed', urlDetail);
  const version = typeof rawVersion === 'number' && rawVersion === 1 ? '1' : rawVersion;
  if (typeof version !== 'string' || !VERSION.test(version)) {
    throw new FeedError('unknown-version', { ...urlDetail, value: describeValue(rawVersion) });
  }

  const warnings: FeedWarning[] = [];
  const rawLanguage = own(json, 'language');
  const tag = checkLanguageTag(rawLanguage);
  const language = tag === undefined ? 'de' : canonicalTag(tag);
  const common = { warnings, language, ...(source !== undefined ? { source } : {}) };
  const at: At = { scope: { ...common, list: 'feed' }, path: [] };
  if (rawLanguage !== undefined && tag === undefined) {
    warn(child(at, 'language'), 'invalid-value', 'field', {
      value: describeValue(rawLanguage),
      expected: 'language-tag-default',
    });
  }
  for (const key of Object.keys(json)) {
    if (UNSAFE_KEYS.has(key)) warn(child(at, key), 'unsafe-key', 'field', { value: key });
  }

  const rawUpdated = own(json, 'updated');
  const updated = rawUpdated === undefined ? undefined : checkDateTime(rawUpdated);
  if (rawUpdated !== undefined && updated === undefined) {
    warn(child(at, 'updated'), 'invalid-date', 'field', { value: describeValue(rawUpdated), expected: 'date-time' });
  }

  // Projects (few, and the richest records) are always read field by field.
  const copy = options.copyRecords === true ? plainCopier() : undefined;
  const inPlace = options.inPlace === true || copy !== undefined;
  const projects = yield* readList(json, 'projects', readProject, common, undefined);
  const organizations = yield* readList(json, 'organizations', readOrganization, common, inPlace ? takeOrganization : undefined, copy);
  const places = yield* readList(json, 'places', readPlace, common, inPlace ? takePlace : undefined, copy);
  const offers = yield* readList(json, 'offers', readOffer, common, inPlace ? takeOffer : undefined, copy);
  if (projects.length + organizations.length + places.length + offers.length === 0) {
    throw new FeedError('no-records', urlDetail);
  }

  const feed = compact<Feed>({
    version,
    language,
    publisher: field(json, 'publisher', publisher, at),
    updated,
    license: field(json, 'license', string, at),
    projects,
    organizations,
    places,
    offers,
  });
  return { feed, warnings };
}

/**
 * Validates an untrusted, already parsed feed: `readFeed` and `checkReferences`.
 * @throws FeedError `not-a-feed`, `unknown-version` or `no-records`
 */
export function validateFeed(json: unknown, options: ValidateOptions = {}): ValidationResult {
  const { feed, warnings } = readFeed(json, options);
  const all = [...warnings];
  return { feed: checkReferences(feed, all), warnings: all };
}
