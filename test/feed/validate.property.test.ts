/**
 * Property tests of the validator with fast-check: whatever it is given, it
 * throws nothing but a FeedError, and what it returns satisfies the types in
 * `src/feed/types.ts` (checked by the runtime guard `assertValidFeed` below,
 * which does not reuse the validator's own checks).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkUrl } from '../../src/feed/checks.js';
import { isFeedError } from '../../src/feed/errors.js';
import { validateFeed } from '../../src/feed/validate.js';
import {
  AMOUNT_PERIODS,
  FIELDS_OF_ACTION,
  OFFER_CATEGORIES,
  OFFER_STATUSES,
  ORGANIZATION_TYPES,
  PARTNER_ROLES,
  QUALIFIERS,
  REGISTRATION_KINDS,
  WEEKDAYS,
  WHEELCHAIR_ACCESS,
  type Feed,
  type FeedWarning,
} from '../../src/feed/types.js';

const RUNS = 400;

// ---------------------------------------------------------------------------
// The runtime type guard
// ---------------------------------------------------------------------------

type Obj = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function fail(path: string, message: string, value?: unknown): never {
  let shown: string;
  try {
    shown = JSON.stringify(value);
  } catch {
    shown = String(value);
  }
  throw new Error(`${path}: ${message} (got ${shown})`);
}

/** An object without a prototype (a polluted Object.prototype fills no missing field) with only the allowed keys, none of them undefined. */
function plain(value: unknown, path: string, allowed: readonly string[]): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'not an object', value);
  if (Object.getPrototypeOf(value) !== null) fail(path, 'has a prototype');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(path, `unexpected key ${JSON.stringify(key)}`, value);
    if ((value as Obj)[key] === undefined) fail(`${path}.${key}`, 'present but undefined');
  }
  return value as Obj;
}

function required(o: Obj, key: string, path: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(o, key)) fail(`${path}.${key}`, 'missing');
  return o[key];
}

/** Calls `check` for an optional field that is present. */
function opt(o: Obj, key: string, path: string, check: (value: unknown, path: string) => void): void {
  if (Object.prototype.hasOwnProperty.call(o, key)) check(o[key], `${path}.${key}`);
}

function arr(value: unknown, path: string, item: (value: unknown, path: string) => void): void {
  if (!Array.isArray(value)) fail(path, 'not a list', value);
  value.forEach((v, i) => item(v, `${path}[${i}]`));
}

function str(value: unknown, path: string): void {
  if (typeof value !== 'string') fail(path, 'not a string', value);
  if (value.length === 0) fail(path, 'empty string');
  if (value.trim() !== value) fail(path, 'not trimmed', value);
  if (CONTROL.test(value) || value.includes('\r')) fail(path, 'control character', value);
}

function tag(value: unknown, path: string): void {
  if (typeof value !== 'string' || !TAG.test(value) || UNSAFE.has(value)) fail(path, 'not a language tag', value);
}

function text(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'Text is not an object', value);
  if (Object.getPrototypeOf(value) !== null) fail(path, 'Text has a prototype');
  const keys = Object.keys(value);
  if (keys.length === 0) fail(path, 'Text without translations');
  for (const key of keys) {
    tag(key, `${path} key`);
    str((value as Obj)[key], `${path}.${key}`);
  }
}

function slug(value: unknown, path: string): void {
  if (typeof value !== 'string' || !SLUG.test(value) || value.length > 120) fail(path, 'not a slug', value);
}

function url(value: unknown, path: string): void {
  if (typeof value !== 'string') fail(path, 'URL is not a string', value);
  if (!value.startsWith('http://') && !value.startsWith('https://')) fail(path, 'not an http(s) URL', value);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    fail(path, 'URL does not parse', value);
  }
  if (parsed.href !== value) fail(path, 'URL not normalised', value);
  if (!parsed.hostname) fail(path, 'URL without host', value);
}

function email(value: unknown, path: string): void {
  str(value, path);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value as string)) fail(path, 'not an e-mail address', value);
  if (/[<>"]/.test(value as string)) fail(path, 'markup in an e-mail address', value);
}

function phone(value: unknown, path: string): void {
  str(value, path);
  if (!/^[+(]{0,2}[0-9][0-9 ()/.\-–]*$/.test(value as string)) fail(path, 'not a phone number', value);
  if ((value as string).replace(/[^0-9]/g, '').length < 3) fail(path, 'phone number with < 3 digits', value);
}

function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function partialDate(value: unknown, path: string): void {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) fail(path, 'not a partial date', value);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || !realDay(Number(m[1]), month, day)) fail(path, 'impossible date', value);
}

function dateTime(value: unknown, path: string): void {
  const m =
    typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value) : null;
  if (!m || !realDay(Number(m[1]), Number(m[2]), Number(m[3]))) fail(path, 'not a date-time', value);
}

function clock(value: unknown, path: string): void {
  if (typeof value !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(value)) fail(path, 'not HH:MM', value);
}

function finite(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'not a finite number', value);
}

function count(value: unknown, path: string): void {
  finite(value, path);
  if ((value as number) < 0) fail(path, 'negative', value);
}

function bool(value: unknown, path: string): void {
  if (typeof value !== 'boolean') fail(path, 'not a boolean', value);
}

function oneOf(codes: readonly string[]) {
  return (value: unknown, path: string): void => {
    if (typeof value !== 'string' || !codes.includes(value)) fail(path, `not one of ${codes.join('|')}`, value);
  };
}

function geo(value: unknown, path: string): void {
  const g = plain(value, path, ['lat', 'lng', 'approximate']);
  // Kept only when true: a point is exact unless the feed says otherwise.
  if ('approximate' in g && g['approximate'] !== true) fail(`${path}.approximate`, 'kept but not true', g['approximate']);
  const lat = required(g, 'lat', path);
  const lng = required(g, 'lng', path);
  finite(lat, `${path}.lat`);
  finite(lng, `${path}.lng`);
  if (Math.abs(lat as number) > 90) fail(`${path}.lat`, 'latitude out of range', lat);
  if (Math.abs(lng as number) > 180) fail(`${path}.lng`, 'longitude out of range', lng);
}

function address(value: unknown, path: string): void {
  const a = plain(value, path, ['street', 'postalCode', 'locality', 'district']);
  if (Object.keys(a).length === 0) fail(path, 'empty address');
  for (const key of Object.keys(a)) str(a[key], `${path}.${key}`);
}

function machineTranslated(o: Obj, path: string): void {
  opt(o, 'machineTranslated', path, (v, p) => arr(v, p, tag));
}

function identity(o: Obj, path: string): void {
  slug(required(o, 'id', path), `${path}.id`);
  text(required(o, 'name', path), `${path}.name`);
}

interface Ids {
  projects: Set<string>;
  organizations: Set<string>;
  places: Set<string>;
}

function ref(target: keyof Ids, ids: Ids) {
  return (value: unknown, path: string): void => {
    slug(value, path);
    if (!ids[target].has(value as string)) fail(path, `unknown ${target} id`, value);
  };
}

function project(value: unknown, path: string, ids: Ids): void {
  const p = plain(value, path, [
    'id',
    'name',
    'shortName',
    'summary',
    'description',
    'municipality',
    'quarter',
    'facts',
    'residents',
    'buildings',
    'characteristics',
    'goals',
    'fieldsOfAction',
    'partners',
    'contacts',
    'funding',
    'period',
    'quotes',
    'links',
    'images',
    'sources',
    'reviewed',
    'machineTranslated',
  ]);
  const org = ref('organizations', ids);
  identity(p, path);
  for (const key of ['shortName', 'summary', 'description', 'residents', 'buildings', 'characteristics']) {
    opt(p, key, path, text);
  }
  opt(p, 'municipality', path, (v, q) => {
    const m = plain(v, q, ['name', 'population', 'populationApproximate', 'populationQualifier', 'district', 'state']);
    str(required(m, 'name', q), `${q}.name`);
    opt(m, 'population', q, count);
    opt(m, 'populationApproximate', q, bool);
    opt(m, 'populationQualifier', q, oneOf(QUALIFIERS));
    opt(m, 'district', q, str);
    opt(m, 'state', q, str);
  });
  opt(p, 'quarter', path, (v, q) => {
    const qu = plain(v, q, [
      'name',
      'residents',
      'residentsApproximate',
      'residentsQualifier',
      'housingUnits',
      'housingUnitsApproximate',
      'housingUnitsQualifier',
      'center',
      'radiusMeters',
      'radiusApproximate',
      'area',
      'geoNote',
      'description',
    ]);
    if (Object.keys(qu).length === 0) fail(q, 'empty quarter');
    for (const key of ['name', 'geoNote', 'description']) opt(qu, key, q, text);
    for (const key of ['residents', 'housingUnits', 'radiusMeters']) opt(qu, key, q, count);
    for (const key of ['residentsApproximate', 'housingUnitsApproximate', 'radiusApproximate']) opt(qu, key, q, bool);
    for (const key of ['residentsQualifier', 'housingUnitsQualifier']) opt(qu, key, q, oneOf(QUALIFIERS));
    opt(qu, 'center', q, geo);
    opt(qu, 'area', q, (a, ap) => {
      const area = plain(a, ap, ['type', 'coordinates']);
      if (area['type'] !== 'Polygon') fail(`${ap}.type`, 'not Polygon', area['type']);
      const rings = required(area, 'coordinates', ap);
      if (!Array.isArray(rings) || rings.length === 0) fail(ap, 'no rings', rings);
      arr(rings, `${ap}.coordinates`, (ring, rp) => {
        if (!Array.isArray(ring) || ring.length < 4) fail(rp, 'ring of fewer than 4 positions', ring);
        arr(ring, rp, (pos, pp) => {
          if (!Array.isArray(pos) || pos.length !== 2) fail(pp, 'not [lng, lat]', pos);
          finite(pos[0], pp);
          finite(pos[1], pp);
          if (Math.abs(pos[0] as number) > 180 || Math.abs(pos[1] as number) > 90) fail(pp, 'out of range', pos);
        });
      });
    });
  });
  arr(required(p, 'facts', path), `${path}.facts`, (v, q) => {
    const f = plain(v, q, ['label', 'value', 'unit', 'approximate', 'qualifier', 'year']);
    text(required(f, 'label', q), `${q}.label`);
    const fv = required(f, 'value', q);
    if (typeof fv === 'number') finite(fv, `${q}.value`);
    else text(fv, `${q}.value`);
    opt(f, 'unit', q, text);
    opt(f, 'approximate', q, bool);
    opt(f, 'qualifier', q, oneOf(QUALIFIERS));
    opt(f, 'year', q, (y, yp) => {
      if (!Number.isInteger(y)) fail(yp, 'not a whole number', y);
    });
  });
  arr(required(p, 'goals', path), `${path}.goals`, text);
  const foa = required(p, 'fieldsOfAction', path) as unknown[];
  arr(foa, `${path}.fieldsOfAction`, oneOf(FIELDS_OF_ACTION));
  if (new Set(foa).size !== foa.length) fail(`${path}.fieldsOfAction`, 'repeated code', foa);
  arr(required(p, 'partners', path), `${path}.partners`, (v, q) => {
    const pa = plain(v, q, ['organization', 'role', 'contribution']);
    org(required(pa, 'organization', q), `${q}.organization`);
    oneOf(PARTNER_ROLES)(required(pa, 'role', q), `${q}.role`);
    opt(pa, 'contribution', q, text);
  });
  arr(required(p, 'contacts', path), `${path}.contacts`, (v, q) => {
    const c = plain(v, q, ['name', 'role', 'organization', 'email', 'phone']);
    if (!['name', 'email', 'phone', 'organization'].some((k) => k in c)) fail(q, 'contact without name or means', c);
    opt(c, 'name', q, str);
    opt(c, 'role', q, text);
    opt(c, 'organization', q, org);
    opt(c, 'email', q, email);
    opt(c, 'phone', q, phone);
  });
  arr(required(p, 'funding', path), `${path}.funding`, (v, q) => {
    const f = plain(v, q, ['funder', 'program', 'description', 'amount']);
    if (Object.keys(f).length === 0) fail(q, 'empty funding');
    opt(f, 'funder', q, org);
    opt(f, 'program', q, text);
    opt(f, 'description', q, text);
    opt(f, 'amount', q, (a, ap) => {
      const am = plain(a, ap, ['value', 'currency', 'per']);
      count(required(am, 'value', ap), `${ap}.value`);
      const cur = required(am, 'currency', ap);
      if (typeof cur !== 'string' || !/^[A-Z]{3}$/.test(cur)) fail(`${ap}.currency`, 'not ISO 4217', cur);
      opt(am, 'per', ap, oneOf(AMOUNT_PERIODS));
    });
  });
  opt(p, 'period', path, (v, q) => {
    const pe = plain(v, q, ['start', 'end', 'note']);
    if (Object.keys(pe).length === 0) fail(q, 'empty period');
    opt(pe, 'start', q, partialDate);
    opt(pe, 'end', q, partialDate);
    opt(pe, 'note', q, text);
  });
  arr(required(p, 'quotes', path), `${path}.quotes`, (v, q) => {
    const qu = plain(v, q, ['text', 'name', 'role', 'organization']);
    text(required(qu, 'text', q), `${q}.text`);
    opt(qu, 'name', q, str);
    opt(qu, 'role', q, text);
    opt(qu, 'organization', q, org);
  });
  arr(required(p, 'links', path), `${path}.links`, (v, q) => {
    const l = plain(v, q, ['url', 'label']);
    url(required(l, 'url', q), `${q}.url`);
    opt(l, 'label', q, text);
  });
  arr(required(p, 'images', path), `${path}.images`, (v, q) => {
    const im = plain(v, q, ['url', 'alt', 'credit']);
    url(required(im, 'url', q), `${q}.url`);
    opt(im, 'alt', q, text);
    opt(im, 'credit', q, str);
  });
  arr(required(p, 'sources', path), `${path}.sources`, (v, q) => {
    const s = plain(v, q, ['title', 'url', 'publisher', 'author', 'date', 'note']);
    if (Object.keys(s).length === 0) fail(q, 'empty source');
    for (const key of ['title', 'publisher', 'author', 'note']) opt(s, key, q, str);
    opt(s, 'url', q, url);
    opt(s, 'date', q, partialDate);
  });
  opt(p, 'reviewed', path, partialDate);
  machineTranslated(p, path);
}

function organization(value: unknown, path: string): void {
  const o = plain(value, path, ['id', 'name', 'shortName', 'type', 'description', 'url', 'logo', 'address', 'email', 'phone', 'machineTranslated']);
  identity(o, path);
  opt(o, 'shortName', path, text);
  opt(o, 'type', path, oneOf(ORGANIZATION_TYPES));
  opt(o, 'description', path, text);
  opt(o, 'url', path, url);
  opt(o, 'logo', path, (v, q) => {
    const l = plain(v, q, ['url', 'alt']);
    url(required(l, 'url', q), `${q}.url`);
    opt(l, 'alt', q, text);
  });
  opt(o, 'address', path, address);
  opt(o, 'email', path, email);
  opt(o, 'phone', path, phone);
  machineTranslated(o, path);
}

function place(value: unknown, path: string, ids: Ids): void {
  const p = plain(value, path, ['id', 'name', 'project', 'address', 'geo', 'geoNote', 'accessibility', 'description', 'machineTranslated']);
  identity(p, path);
  opt(p, 'project', path, ref('projects', ids));
  opt(p, 'address', path, address);
  opt(p, 'geo', path, geo);
  opt(p, 'geoNote', path, text);
  opt(p, 'accessibility', path, (v, q) => {
    const a = plain(v, q, ['wheelchair', 'note']);
    if (Object.keys(a).length === 0) fail(q, 'empty accessibility');
    opt(a, 'wheelchair', q, oneOf(WHEELCHAIR_ACCESS));
    opt(a, 'note', q, text);
  });
  opt(p, 'description', path, text);
  machineTranslated(p, path);
}

function offer(value: unknown, path: string, ids: Ids): void {
  const o = plain(value, path, [
    'id',
    'name',
    'description',
    'project',
    'place',
    'provider',
    'category',
    'audience',
    'languages',
    'schedule',
    'dates',
    'registration',
    'status',
    'cost',
    'contact',
    'url',
    'machineTranslated',
  ]);
  identity(o, path);
  opt(o, 'description', path, text);
  opt(o, 'project', path, ref('projects', ids));
  opt(o, 'place', path, ref('places', ids));
  opt(o, 'provider', path, ref('organizations', ids));
  opt(o, 'category', path, oneOf(OFFER_CATEGORIES));
  opt(o, 'audience', path, text);
  arr(required(o, 'languages', path), `${path}.languages`, tag);
  opt(o, 'schedule', path, (v, q) => {
    const s = plain(v, q, ['text', 'rules', 'validFrom', 'validThrough']);
    opt(s, 'text', q, text);
    const rules = required(s, 'rules', q) as unknown[];
    if (!('text' in s) && Array.isArray(rules) && rules.length === 0) fail(q, 'schedule without text or rules');
    arr(rules, `${q}.rules`, (r, rp) => {
      const rule = plain(r, rp, ['freq', 'byDay', 'bySetPos', 'opens', 'closes']);
      const freq = required(rule, 'freq', rp);
      oneOf(['weekly', 'monthly'])(freq, `${rp}.freq`);
      const byDay = required(rule, 'byDay', rp) as unknown[];
      arr(byDay, `${rp}.byDay`, oneOf(WEEKDAYS));
      if (byDay.length === 0 || new Set(byDay).size !== byDay.length) fail(`${rp}.byDay`, 'empty or repeated', byDay);
      opt(rule, 'bySetPos', rp, (n, np) => {
        if (freq !== 'monthly') fail(np, 'bySetPos on a weekly rule', n);
        if (!Number.isInteger(n) || n === 0 || Math.abs(n as number) > 5) fail(np, 'not 1…5 or -1…-5', n);
      });
      opt(rule, 'opens', rp, clock);
      opt(rule, 'closes', rp, clock);
      if (typeof rule['opens'] === 'string' && typeof rule['closes'] === 'string' && rule['closes'] <= rule['opens']) {
        fail(rp, 'closes before it opens', rule);
      }
    });
    opt(s, 'validFrom', q, partialDate);
    opt(s, 'validThrough', q, partialDate);
  });
  arr(required(o, 'dates', path), `${path}.dates`, (v, q) => {
    const d = plain(v, q, ['start', 'end']);
    dateTime(required(d, 'start', q), `${q}.start`);
    opt(d, 'end', q, dateTime);
    if (typeof d['end'] === 'string' && d['end'] < (d['start'] as string)) fail(q, 'ends before it starts', d);
  });
  opt(o, 'registration', path, oneOf(REGISTRATION_KINDS));
  oneOf(OFFER_STATUSES)(required(o, 'status', path), `${path}.status`);
  opt(o, 'cost', path, (v, q) => (v === 'free' ? undefined : text(v, q)));
  opt(o, 'contact', path, (v, q) => {
    const c = plain(v, q, ['name', 'email', 'phone']);
    if (Object.keys(c).length === 0) fail(q, 'empty contact');
    opt(c, 'name', q, str);
    opt(c, 'email', q, email);
    opt(c, 'phone', q, phone);
  });
  opt(o, 'url', path, url);
  machineTranslated(o, path);
}

function uniqueIds(list: unknown, path: string): Set<string> {
  const seen = new Set<string>();
  arr(list, path, (r, p) => {
    const id = (r as Obj)['id'] as string;
    slug(id, `${p}.id`);
    if (seen.has(id)) fail(`${p}.id`, 'duplicate id', id);
    seen.add(id);
  });
  return seen;
}

/** Throws unless `feed` has exactly the shape and invariants `Feed` promises. */
function assertValidFeed(feed: unknown): asserts feed is Feed {
  const f = plain(feed, 'feed', ['version', 'language', 'publisher', 'updated', 'license', 'projects', 'organizations', 'places', 'offers']);
  const version = required(f, 'version', 'feed');
  if (typeof version !== 'string' || !/^1(?:\.\d+)?$/.test(version)) fail('feed.version', 'not 1 or 1.x', version);
  tag(required(f, 'language', 'feed'), 'feed.language');
  opt(f, 'publisher', 'feed', (v, q) => {
    const p = plain(v, q, ['name', 'url', 'email']);
    if (Object.keys(p).length === 0) fail(q, 'empty publisher');
    opt(p, 'name', q, str);
    opt(p, 'url', q, url);
    opt(p, 'email', q, email);
  });
  opt(f, 'updated', 'feed', dateTime);
  opt(f, 'license', 'feed', str);
  const ids: Ids = {
    projects: uniqueIds(required(f, 'projects', 'feed'), 'projects'),
    organizations: uniqueIds(required(f, 'organizations', 'feed'), 'organizations'),
    places: uniqueIds(required(f, 'places', 'feed'), 'places'),
  };
  uniqueIds(required(f, 'offers', 'feed'), 'offers');
  const total = ['projects', 'organizations', 'places', 'offers'].reduce((n, k) => n + (f[k] as unknown[]).length, 0);
  if (total === 0) fail('feed', 'no records');
  arr(f['projects'], 'projects', (v, p) => project(v, p, ids));
  arr(f['organizations'], 'organizations', organization);
  arr(f['places'], 'places', (v, p) => place(v, p, ids));
  arr(f['offers'], 'offers', (v, p) => offer(v, p, ids));
}

const CODES = new Set([
  'invalid-type',
  'missing-required',
  'invalid-id',
  'duplicate-id',
  'unknown-reference',
  'invalid-url',
  'invalid-date',
  'invalid-coordinates',
  'invalid-value',
  'unknown-code',
  'unsafe-key',
  'language-mismatch',
]);

function assertValidWarnings(warnings: readonly FeedWarning[]): void {
  arr(warnings, 'warnings', (v, p) => {
    const w = plain(v, p, ['code', 'path', 'list', 'record', 'field', 'dropped', 'detail', 'source']);
    if (!CODES.has(w['code'] as string)) fail(`${p}.code`, 'unknown code', w['code']);
    oneOf(['projects', 'organizations', 'places', 'offers', 'feed'])(w['list'], `${p}.list`);
    oneOf(['record', 'field', 'none'])(w['dropped'], `${p}.dropped`);
    arr(w['path'], `${p}.path`, (part, pp) => {
      if (typeof part !== 'string' && !(typeof part === 'number' && Number.isInteger(part) && part >= 0)) {
        fail(pp, 'not a key or index', part);
      }
    });
    const path = w['path'] as unknown[];
    if (w['list'] !== 'feed' && path[0] !== w['list']) fail(`${p}.path`, 'does not start with the list', path);
    opt(w, 'record', p, slug);
    opt(w, 'field', p, (x, xp) => {
      if (typeof x !== 'string' || x === '') fail(xp, 'not a field name', x);
    });
    opt(w, 'detail', p, (d, dp) => {
      if (typeof d !== 'object' || d === null) fail(dp, 'not an object', d);
      for (const [k, x] of Object.entries(d)) {
        if (typeof x !== 'string' && typeof x !== 'number') fail(`${dp}.${k}`, 'not a string or number', x);
        if (typeof x === 'string' && x.length > 200) fail(`${dp}.${k}`, 'too long', x.length);
      }
    });
  });
}

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

const CONTROLS = ['\u0000', '\u0001', '\t', '\n', '\r', '\u000b', '\u001f', '\u007f', '\u0085', '\u00a0', ' '];

/** `name` in random case, with tabs and line feeds (which URL parsers remove) slipped in. */
function mangled(name: string): fc.Arbitrary<string> {
  return fc
    .tuple(...[...name].map(() => fc.tuple(fc.boolean(), fc.constantFrom('', '', '', '', '\t', '\n', '\r'))))
    .map((parts) => parts.map(([upper, extra], i) => (upper ? name[i]!.toUpperCase() : name[i]!) + extra).join(''));
}

const leading = fc.array(fc.constantFrom(...CONTROLS), { maxLength: 3 }).map((a) => a.join(''));

const hostileUrl: fc.Arbitrary<string> = fc
  .tuple(
    leading,
    fc.oneof(mangled('javascript'), mangled('vbscript'), mangled('data'), mangled('file')),
    fc.constantFrom(':alert(1)', '://x/%0Aalert(1)', ':text/html,<script>alert(1)</script>'),
  )
  .map(([a, b, c]) => a + b + c);

const markup = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '&lt;b&gt;',
  '\u202eevil',
);

const strArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('Projekt', 'Quartierstreff', 'Beratung', 'Frau Müller', '  Leerzeichen  '), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...CONTROLS, 'a', 'ß', '😀'), maxLength: 6 }), weight: 1 },
  { arbitrary: markup, weight: 1 },
  { arbitrary: hostileUrl, weight: 1 },
);

const langKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('de', 'en', 'ar', 'tr', 'de-x-plain', 'DE', 'en-GB', 'zh-Hant-TW'), weight: 6 },
  { arbitrary: fc.constantFrom('de-x', 'de-a', 'xx_YY', '', 'deutsch', 'de-DE-DE', 'iw', 'en-u-ca-gregory'), weight: 2 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);

const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, NaN, Infinity, '', [], {}),
  fc.anything({ maxDepth: 1, maxKeys: 2 }),
);

/** Usually `arb`, sometimes anything at all. */
function f<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: junkArb, weight: 1 });
}

/** Sets an own, enumerable key the way JSON.parse does, even for `__proto__`. */
function withOwnKey(o: Obj, key: string, value: unknown): Obj {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const hostileKey = fc.record({
  key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  value: fc.constantFrom<unknown>({ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, { id: 'evil', name: 'Evil', url: 'javascript:alert(1)' }, 'x'),
});

/** An object with any subset of the fields, sometimes with a hostile key. */
function rec(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Obj> {
  return fc
    .tuple(fc.record(model, { requiredKeys: [] }), fc.option(hostileKey, { freq: 6 }))
    .map(([o, hostile]) => (hostile ? withOwnKey({ ...o }, hostile.key, hostile.value) : { ...o }));
}

/** A record with id and name present most of the time. */
function entity(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Obj> {
  return fc.tuple(fc.option(idArb, { freq: 10 }), fc.option(textArb, { freq: 10 }), rec(model)).map(([id, name, rest]) => {
    const out: Obj = { ...rest };
    if (id !== null) out['id'] = id;
    if (name !== null) out['name'] = name;
    for (const k of Object.keys(rest)) if (UNSAFE.has(k)) withOwnKey(out, k, rest[k]);
    return out;
  });
}

const textObject: fc.Arbitrary<Obj> = fc
  .array(fc.tuple(langKey, fc.oneof({ arbitrary: strArb, weight: 5 }, { arbitrary: junkArb, weight: 1 })), {
    minLength: 0,
    maxLength: 3,
  })
  .map((entries) => {
    const out: Obj = {};
    for (const [k, v] of entries) withOwnKey(out, k, v);
    return out;
  });

const textArb: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: strArb, weight: 3 }, { arbitrary: textObject, weight: 2 });

/** A small pool, so that references hit and ids repeat. */
const idArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', 'lena', 'stadt', 'treff', 'p-1'), weight: 8 },
  { arbitrary: fc.constantFrom('Bad Id', 'A', 'a_b', '-a', '', '__proto__', 'constructor', 42), weight: 1 },
  { arbitrary: fc.string({ maxLength: 5 }), weight: 1 },
);

const urlArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.webUrl({ size: 'small' }), weight: 3 },
  { arbitrary: fc.constantFrom('https://example.org/a', 'HTTP://EXAMPLE.ORG', ' https://x.example/ '), weight: 2 },
  { arbitrary: hostileUrl, weight: 3 },
  {
    arbitrary: fc.constantFrom('//host.example/x', 'https://', '/relative', 'mailto:a@b.de', 'tel:123', 'https:///x', 'http://[::1]/'),
    weight: 2,
  },
  { arbitrary: fc.string({ maxLength: 10 }), weight: 1 },
);

const dateArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2012', '2021-01', '2021-12-31', '2024-02-29', '2021-02-29', '2021-13', '2021-00-10', '1799', 2012, 2012.5, '31.12.2021'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 10 }),
);

const dateTimeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2026-06-20', '2026-06-20T15:00', '2026-06-20T24:00', '2026-06-20T15:00:00Z', '2021-02-29T10:00', '2026-06-20 15:00'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
  fc.string({ maxLength: 10 }),
);

const clockArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('10:00', '12:00', '24:00', '24:01', '9:00', '23:60', '00:00'),
  fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);

const numArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -10, max: 100_000 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, '2000', '~2000'),
);

const latArb = fc.oneof(fc.double({ min: -100, max: 100 }), fc.integer({ min: -95, max: 95 }), fc.constantFrom(0, NaN, '52.1'));
const lngArb = fc.oneof(fc.double({ min: -200, max: 200 }), fc.integer({ min: -185, max: 185 }), fc.constantFrom(0, Infinity, '10.3'));
const geoArb = rec({ lat: f(latArb), lng: f(lngArb), approximate: f(fc.oneof(fc.boolean(), strArb)) });

const positionArb = fc.oneof(
  fc.tuple(lngArb, latArb),
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.double()),
  junkArb,
);
const polygon = rec({
  type: fc.constantFrom<unknown>('Polygon', 'polygon', 'MultiPolygon', 1),
  coordinates: f(fc.array(fc.array(positionArb, { maxLength: 6 }), { maxLength: 2 })),
});

function listArb<T>(arb: fc.Arbitrary<T>, maxLength = 3): fc.Arbitrary<unknown> {
  return f(fc.array(fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: junkArb, weight: 1 }), { maxLength }));
}

const codeArb = (codes: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: fc.constantFrom(...codes), weight: 4 }, { arbitrary: strArb, weight: 1 });

const addressArb = rec({
  street: f(strArb),
  postalCode: f(fc.oneof(fc.constantFrom('38723', 38723, '3872', 'ABC'), strArb)),
  locality: f(strArb),
  district: f(strArb),
});
const emailArb = fc.oneof(fc.emailAddress({ size: 'small' }), fc.constantFrom('info@example.org', 'kein-mail', 'a@b.c"><x>'), strArb);
const phoneArb = fc.oneof(fc.constantFrom('05381 12345', '(05381) 75-0', '+49 5341 839-0', 'tel:1', '12'), strArb);

const projectArb = entity({
  shortName: f(textArb),
  summary: f(textArb),
  description: f(textArb),
  municipality: f(
    rec({
      name: f(strArb),
      population: f(numArb),
      populationApproximate: f(fc.boolean()),
      populationQualifier: f(codeArb(QUALIFIERS)),
      district: f(strArb),
      state: f(strArb),
    }),
  ),
  quarter: f(
    rec({
      name: f(textArb),
      residents: f(numArb),
      residentsApproximate: f(fc.boolean()),
      residentsQualifier: f(codeArb(QUALIFIERS)),
      housingUnits: f(numArb),
      housingUnitsQualifier: f(codeArb(QUALIFIERS)),
      center: f(geoArb),
      radiusMeters: f(numArb),
      area: f(polygon),
      geoNote: f(textArb),
    }),
  ),
  facts: listArb(
    rec({
      label: f(textArb),
      value: f(fc.oneof(numArb, textArb)),
      unit: f(textArb),
      approximate: f(fc.boolean()),
      qualifier: f(codeArb(QUALIFIERS)),
      year: f(numArb),
    }),
  ),
  residents: f(textArb),
  goals: listArb(textArb),
  fieldsOfAction: listArb(codeArb(FIELDS_OF_ACTION), 5),
  partners: listArb(rec({ organization: f(idArb), role: f(codeArb(PARTNER_ROLES)), contribution: f(textArb) })),
  contacts: listArb(rec({ name: f(strArb), role: f(textArb), organization: f(idArb), email: f(emailArb), phone: f(phoneArb) })),
  funding: listArb(
    rec({
      funder: f(idArb),
      program: f(textArb),
      amount: f(rec({ value: f(numArb), currency: f(fc.constantFrom('EUR', 'eur', 'EURO', 'USD')), per: f(codeArb(AMOUNT_PERIODS)) })),
    }),
  ),
  period: f(rec({ start: f(dateArb), end: f(dateArb), note: f(textArb) })),
  quotes: listArb(rec({ text: f(textArb), name: f(strArb), role: f(textArb), organization: f(idArb) })),
  links: listArb(rec({ url: f(urlArb), label: f(textArb) })),
  images: listArb(rec({ url: f(urlArb), alt: f(textArb), credit: f(strArb) })),
  sources: listArb(rec({ title: f(strArb), url: f(urlArb), publisher: f(strArb), date: f(dateArb) })),
  reviewed: f(dateArb),
  machineTranslated: listArb(langKey),
  futureField: junkArb,
});

const organizationArb = entity({
  shortName: f(textArb),
  type: f(codeArb(ORGANIZATION_TYPES)),
  description: f(textArb),
  url: f(urlArb),
  logo: f(rec({ url: f(urlArb), alt: f(textArb) })),
  address: f(addressArb),
  email: f(emailArb),
  phone: f(phoneArb),
  machineTranslated: listArb(langKey),
});

const placeArb = entity({
  project: f(idArb),
  address: f(addressArb),
  geo: f(geoArb),
  geoNote: f(textArb),
  accessibility: f(rec({ wheelchair: f(codeArb(WHEELCHAIR_ACCESS)), note: f(textArb) })),
  description: f(textArb),
});

const ruleArb = rec({
  freq: f(fc.constantFrom('weekly', 'monthly', 'daily')),
  byDay: listArb(codeArb(WEEKDAYS), 4),
  bySetPos: f(fc.oneof(fc.integer({ min: -6, max: 6 }), fc.constantFrom(1.5, '1'))),
  opens: f(clockArb),
  closes: f(clockArb),
});

const offerArb = entity({
  description: f(textArb),
  project: f(idArb),
  place: f(idArb),
  provider: f(idArb),
  category: f(codeArb(OFFER_CATEGORIES)),
  audience: f(textArb),
  languages: listArb(langKey),
  schedule: f(rec({ text: f(textArb), rules: listArb(ruleArb), validFrom: f(dateArb), validThrough: f(dateArb) })),
  dates: listArb(rec({ start: f(dateTimeArb), end: f(dateTimeArb) })),
  registration: f(codeArb(REGISTRATION_KINDS)),
  status: f(codeArb(OFFER_STATUSES)),
  cost: f(fc.oneof(fc.constant('free'), fc.constant('Free'), textArb)),
  contact: f(rec({ name: f(strArb), email: f(emailArb), phone: f(phoneArb) })),
  url: f(urlArb),
});

const feedArb: fc.Arbitrary<Obj> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constantFrom<unknown>('1', 1, '1.3'), weight: 12 }, { arbitrary: junkArb, weight: 1 }),
    rec({
      language: f(langKey),
      publisher: f(rec({ name: f(strArb), url: f(urlArb), email: f(emailArb) })),
      updated: f(dateTimeArb),
      license: f(strArb),
      projects: listArb(projectArb),
      organizations: listArb(organizationArb, 4),
      places: listArb(placeArb),
      offers: listArb(offerArb, 4),
      $schema: fc.constant('https://example.org/schema.json'),
    }),
  )
  .map(([version, rest]) => {
    const out: Obj = { ...rest, version };
    for (const k of Object.keys(rest)) if (UNSAFE.has(k)) withOwnKey(out, k, rest[k]);
    return out;
  });

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/** Validates, letting only a FeedError through; returns undefined when it threw one. */
function validateOrFeedError(json: unknown): ReturnType<typeof validateFeed> | undefined {
  try {
    return validateFeed(json);
  } catch (error) {
    if (!isFeedError(error)) throw error;
    return undefined;
  }
}

/**
 * The feed in `body` read in place (take.ts: clean records taken as they are) gives the very feed and warnings
 * that reading it by copy gives, and satisfies the types.
 */
function assertSameInPlace(body: string): void {
  const copied = validateOrFeedError(JSON.parse(body));
  let inPlace: ReturnType<typeof validateFeed> | undefined;
  try {
    inPlace = validateFeed(JSON.parse(body), { inPlace: true });
  } catch (error) {
    if (!isFeedError(error)) throw error;
  }
  expect(inPlace === undefined, 'refused alike').to.equal(copied === undefined);
  if (!inPlace || !copied) return;
  assertValidFeed(inPlace.feed);
  expect(inPlace.feed, 'read in place').to.deep.equal(copied.feed);
  expect(inPlace.warnings, 'read in place').to.deep.equal(copied.warnings);
  // A feed given as an object (`.feed`): plain copies of its records taken, as the loader reads it.
  const document = JSON.parse(body) as unknown;
  const before = JSON.stringify(document);
  const given = validateFeed(document, { copyRecords: true });
  expect(given.feed, 'plain copies taken').to.deep.equal(copied.feed);
  expect(given.warnings, 'plain copies taken').to.deep.equal(copied.warnings);
  expect(JSON.stringify(document), 'the given object unchanged').to.equal(before);
}

function assertPrototypesClean(): void {
  expect(({} as Obj)['polluted']).to.equal(undefined);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(OBJECT_PROTO_KEYS);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
}

const OBJECT_PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('validateFeed (properties)', function () {
  // 400 runs take 1–3 s; leave room for a busy machine.
  this.timeout(30_000);
  afterEach(() => {
    delete (Object.prototype as Obj)['polluted'];
  });

  it('the guard itself rejects broken feeds', () => {
    // The type guard must be able to fail, or the properties below prove nothing.
    const good = validateFeed({
      version: '1',
      projects: [{ id: 'p', name: 'P', links: [{ url: 'https://x.example/' }] }],
      offers: [{ id: 'o', name: 'O', project: 'p' }],
    }).feed;
    expect(() => assertValidFeed(good)).not.to.throw();
    const broken: Array<[string, (f: Obj) => void]> = [
      ['bad id', (f) => ((f['projects'] as Obj[])[0]!['id'] = 'Bad Id')],
      ['string name', (f) => ((f['projects'] as Obj[])[0]!['name'] = 'P')],
      ['empty text', (f) => ((f['projects'] as Obj[])[0]!['name'] = {})],
      ['empty translation', (f) => ((f['projects'] as Obj[])[0]!['name'] = { de: '' })],
      ['javascript url', (f) => (((f['projects'] as Obj[])[0]!['links'] as Obj[])[0]!['url'] = 'javascript:alert(1)')],
      ['dangling reference', (f) => ((f['offers'] as Obj[])[0]!['project'] = 'ghost')],
      ['duplicate id', (f) => (f['offers'] as Obj[]).push({ ...(f['offers'] as Obj[])[0]! })],
      ['bad coordinates', (f) => ((f['projects'] as Obj[])[0]!['quarter'] = { center: { lat: 91, lng: 0 } })],
      ['undefined field', (f) => ((f['projects'] as Obj[])[0]!['summary'] = undefined)],
      ['unknown field', (f) => ((f['projects'] as Obj[])[0]!['colour'] = 'red')],
    ];
    for (const [name, breakIt] of broken) {
      const copy = structuredClone(good) as unknown as Obj;
      breakIt(copy);
      expect(() => assertValidFeed(copy), name).to.throw();
    }
  });

  it('throws nothing but a FeedError on anything', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => {
          const result = validateOrFeedError(value);
          if (result) assertValidFeed(result.feed);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('throws nothing but a FeedError on any JSON value, also as a feed’s lists', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.record(
          {
            version: fc.oneof(fc.constant('1'), fc.jsonValue({ maxDepth: 1 })),
            language: fc.jsonValue({ maxDepth: 1 }),
            projects: fc.jsonValue({ maxDepth: 3 }),
            organizations: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
            places: fc.jsonValue({ maxDepth: 3 }),
            offers: fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'place', 'schedule', 'dates', 'url'), fc.jsonValue({ maxDepth: 2 })), {
              maxLength: 4,
            }),
          },
          { requiredKeys: ['version'] },
        ),
        (json, feedish) => {
          validateOrFeedError(json);
          const result = validateOrFeedError(feedish);
          if (result) {
            assertValidFeed(result.feed);
            assertValidWarnings(result.warnings);
          }
          assertSameInPlace(JSON.stringify(feedish));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('returns a feed that satisfies the types, from feed-like input with hostile values', () => {
    // One generated feed, three checks (generating is the slow part):
    // the result satisfies the types; validating it again changes nothing;
    // the same feed as JSON text (own `__proto__` keys) fares no differently.
    let accepted = 0;
    fc.assert(
      fc.property(feedArb, (json) => {
        const result = validateOrFeedError(json);
        assertPrototypesClean();
        if (result) {
          accepted++;
          assertValidFeed(result.feed);
          assertValidWarnings(result.warnings);
          const again = validateFeed(structuredClone(result.feed));
          expect(again.feed, 'validated twice').to.deep.equal(result.feed);
          // A clean feed (what take.ts takes as it is) read once more, in place and by copy.
          assertSameInPlace(JSON.stringify(result.feed));
        }

        let body: string | undefined;
        try {
          body = JSON.stringify(json);
        } catch {
          body = undefined; // BigInt and the like: not JSON
        }
        if (body === undefined) return;
        const fromText = validateOrFeedError(JSON.parse(body));
        assertPrototypesClean();
        if (fromText) {
          assertValidFeed(fromText.feed);
          assertValidWarnings(fromText.warnings);
        }
        assertSameInPlace(body);
        assertPrototypesClean();
      }),
      { numRuns: RUNS },
    );
    // Most generated feeds must get through, or the guard was hardly exercised.
    expect(accepted).to.be.above(RUNS / 2);
  });
});

describe('checkUrl (properties)', function () {
  this.timeout(30_000);
  const schemes = ['http', 'https', 'javascript', 'data', 'vbscript', 'file', 'mailto', 'ftp', 'blob', 'about', 'ws'];

  const urlLike = fc
    .tuple(
      leading,
      fc.constantFrom(...schemes).chain((s) => mangled(s)),
      fc.constantFrom(':', '://', ':/', ':///', '://user@', ''),
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.string({ unit: fc.constantFrom(...CONTROLS, 'a', '.', '/', '@', ':', '%', '[', ']', 'é', '\u200b'), maxLength: 20 }),
        fc.domain(),
      ),
      leading,
    )
    .map((parts) => parts.join(''));

  function assertSafe(input: string, result: string | undefined): void {
    if (result === undefined) return;
    expect(result, JSON.stringify(input)).to.match(/^https?:\/\//);
    const parsed = new URL(result);
    expect(['http:', 'https:']).to.include(parsed.protocol);
    expect(parsed.hostname, JSON.stringify(input)).to.not.equal('');
    expect(parsed.href).to.equal(result);
    expect(checkUrl(result)).to.equal(result);
  }

  it('only ever returns http(s) URLs that parse, whatever the scheme, case and control characters', () => {
    let accepted = 0;
    fc.assert(
      fc.property(urlLike, (input) => {
        const result = checkUrl(input);
        assertSafe(input, result);
        if (result !== undefined) accepted++;
        if (/^\s*[a-z\t\n\r]*$/i.test(input.split(':')[0]!)) {
          // The URL parser drops leading C0 controls and spaces, and tabs and newlines anywhere.
          const scheme = input
            .split(':')[0]!
            // eslint-disable-next-line no-control-regex
            .replace(/[\s\u0000-\u001f]/g, '')
            .toLowerCase();
          if (scheme !== 'http' && scheme !== 'https') expect(result, JSON.stringify(input)).to.equal(undefined);
        }
      }),
      { numRuns: RUNS },
    );
    expect(accepted).to.be.above(0);
  });

  it('never throws and returns http(s) URLs only, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (input) => {
        assertSafe(input, checkUrl(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }), (input) => {
        const result = checkUrl(input);
        expect(result, input).to.be.a('string');
        assertSafe(input, result);
      }),
      { numRuns: RUNS },
    );
  });

  it('with mailto: allowed, still returns nothing but http, https and mailto', () => {
    fc.assert(
      fc.property(urlLike, (input) => {
        const result = checkUrl(input, ['http:', 'https:', 'mailto:']);
        if (result === undefined) return;
        expect(['http:', 'https:', 'mailto:']).to.include(new URL(result).protocol);
      }),
      { numRuns: RUNS },
    );
  });
});
