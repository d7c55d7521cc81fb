// Fuzzing the elements (issue 7, item 5): arbitrary feeds — valid and invalid
// records mixed, hostile strings in every text and URL field — given as `.feed`
// to <quartier-card>, <partner-list> and <offer-map> (with consent, so that its
// Leaflet map draws the feed's places as marker buttons, tiles from the test
// server's local route), in German and Arabic. Whatever comes in, the element
// settles in `loaded`, `empty` or `error`, nothing throws, and nothing unsafe
// reaches its shadow DOM (no script, no event handler attribute, no
// non-http(s) image, no link other than http(s)/mailto/tel, no frames).
// The generator is a compact cousin of test/feed/validate.property.test.ts's
// (that file exports nothing, and importing it would run its tests).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/offer-map/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import type { PartnerList } from '../../src/elements/partner-list/partner-list.js';
import type { OfferMap } from '../../src/elements/offer-map/offer-map.js';
import { mapController } from '../../src/elements/offer-map/map-controller.js';
import { FIELDS_OF_ACTION, OFFER_CATEGORIES, OFFER_STATUSES, ORGANIZATION_TYPES, PARTNER_ROLES, WEEKDAYS } from '../../src/feed/types.js';

const RUNS = 100;
/** <offer-map> runs (each also redraws a Leaflet map). */
const MAP_RUNS = 100;
/** The test server's local tile route (scripts/wtr-test-tiles.js): no tile server is contacted. */
const MAP_TILES = '/test-tiles/fuzz/{z}/{x}/{y}.png';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

const PWN = 'window.__pwned=1';
const CONTROLS = ['\u0000', '\u0001', '\t', '\n', '\r', '\u000b', '\u001f', '\u007f', '\u0085', '\u00a0', ' '];

/** `name` in random case, with tabs and line feeds (which URL parsers remove) slipped in. */
const mangled = (name: string): fc.Arbitrary<string> =>
  fc
    .tuple(...[...name].map(() => fc.tuple(fc.boolean(), fc.constantFrom('', '', '', '\t', '\n', '\r'))))
    .map((parts) => parts.map(([upper, extra], i) => (upper ? name[i]!.toUpperCase() : name[i]!) + extra).join(''));

const leading = fc.array(fc.constantFrom(...CONTROLS), { maxLength: 3 }).map((a) => a.join(''));

const hostileUrl: fc.Arbitrary<string> = fc
  .tuple(
    leading,
    fc.oneof(mangled('javascript'), mangled('vbscript'), mangled('data')),
    fc.constantFrom(`:${PWN}`, `://x/%0A${PWN}`, `:text/html,<script>${PWN}</script>`, `:image/svg+xml,<svg onload=${PWN}>`),
  )
  .map(([a, b, c]) => a + b + c);

const markup = fc.constantFrom(
  `<img src=x onerror=${PWN}>`,
  `<script>${PWN}</script>`,
  `"><svg onload=${PWN}>`,
  `<a href="javascript:${PWN}">x</a>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `' onmouseover='${PWN}`,
  `{{constructor.constructor("${PWN}")()}}`,
  '${' + PWN + '}',
  '&lt;b&gt;&#60;script&#62;',
);

const bidi = fc
  .tuple(
    fc.constantFrom('\u202e', '\u202d', '\u202b', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c', '\u202c'),
    fc.constantFrom('evil.exe', 'gpj.exe', 'مرحبا', 'Treff'),
  )
  .map(([c, s]) => `${c}${s}${c}`);

const longStr = fc
  .tuple(fc.integer({ min: 2_000, max: 12_000 }), fc.constantFrom('W', 'ﷺ', 'a ', '<b>', '\u202e'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

const strArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('Projekt', 'Quartierstreff', 'Beratung', 'Frau Müller', 'مشروع الحي', '  Leerzeichen  '), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...CONTROLS, 'a', 'ß', '😀', '<', '>', '"'), maxLength: 8 }), weight: 1 },
  { arbitrary: markup, weight: 3 },
  { arbitrary: hostileUrl, weight: 2 },
  { arbitrary: bidi, weight: 1 },
  { arbitrary: longStr, weight: 1 },
);

const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, '', [], {}, { __proto__: null }),
  fc.anything({ maxDepth: 1, maxKeys: 2 }),
);

/** Usually `arb`, sometimes anything at all. */
const f = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: junkArb, weight: 1 });

/** Sets an own, enumerable key the way JSON.parse does, even for `__proto__`. */
function withOwnKey(o: Obj, key: string, value: unknown): Obj {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const hostileKey = fc.record({
  key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  value: fc.constantFrom<unknown>({ polluted: 'yes' }, { id: 'evil', name: 'Evil', url: `javascript:${PWN}` }, 'x'),
});

/** An object with any subset of the fields, sometimes with a hostile own key. */
const rec = (model: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[] = []): fc.Arbitrary<Obj> =>
  fc
    .tuple(fc.record(model, { requiredKeys: requiredKeys as never[] }), fc.option(hostileKey, { freq: 5 }))
    .map(([o, hostile]) => (hostile ? withOwnKey({ ...o }, hostile.key, hostile.value) : { ...o }));

const langKey = fc.oneof(
  { arbitrary: fc.constantFrom('de', 'ar', 'en', 'de-x-plain', 'tr'), weight: 6 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'xx_YY', ''), weight: 1 },
);

const textObject: fc.Arbitrary<Obj> = fc
  .array(fc.tuple(langKey, strArb), { minLength: 1, maxLength: 3 })
  .map((entries) => entries.reduce<Obj>((out, [k, v]) => withOwnKey(out, k, v), {}));

const textArb: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: strArb, weight: 3 }, { arbitrary: textObject, weight: 2 });

/** A small pool, so that references hit and ids repeat. */
const idArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'p', 'stadt', 'treff'), weight: 8 },
  { arbitrary: fc.constantFrom<unknown>('Bad Id', '__proto__', 'constructor', 42, `<img src=x onerror=${PWN}>`), weight: 1 },
);

const urlArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.webUrl({ size: 'small' }), weight: 3 },
  { arbitrary: hostileUrl, weight: 4 },
  {
    arbitrary: fc.constantFrom(
      'HTTPS://EXAMPLE.ORG/Logo.svg',
      ' https://x.example/ ',
      `https://x.example/"><img src=x onerror=${PWN}>`,
      '//host.example/x',
      '/relative',
      'mailto:a@b.de',
      'tel:123',
      'blob:https://x.example/1',
      'file:///etc/passwd',
    ),
    weight: 2,
  },
  { arbitrary: strArb, weight: 1 },
);

const emailArb = fc.oneof(
  fc.emailAddress({ size: 'small' }),
  fc.constantFrom(`a@b.de"><img src=x onerror=${PWN}>`, `javascript:${PWN}//@x.de`, 'x@y.de?subject=<script>', 'MAILTO:a@b.de'),
  strArb,
);
const phoneArb = fc.oneof(
  fc.constantFrom('05381 12345', '+49 (0) 5341 839-0', `javascript:${PWN}`, `123<img src=x onerror=${PWN}>`, 'tel:+49 1', '1\u202e23'),
  strArb,
);
const codeArb = (codes: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: fc.constantFrom(...codes), weight: 5 }, { arbitrary: strArb, weight: 1 });
const listArb = (arb: fc.Arbitrary<unknown>, maxLength = 3): fc.Arbitrary<unknown> =>
  f(fc.array(fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: junkArb, weight: 1 }), { maxLength }));
const addressArb = rec({ street: f(strArb), postalCode: f(fc.oneof(fc.constant('38723'), strArb)), locality: f(strArb) });
const geoArb = rec({ lat: f(fc.double({ min: -100, max: 100 })), lng: f(fc.double({ min: -200, max: 200 })) });

const projectArb = rec(
  {
    id: fc.oneof({ arbitrary: fc.constantFrom('a', 'p'), weight: 4 }, { arbitrary: idArb, weight: 1 }),
    name: textArb,
    shortName: f(textArb),
    summary: f(textArb),
    description: f(textArb),
    municipality: f(rec({ name: f(strArb), population: f(fc.integer({ min: -5, max: 100_000 })), district: f(strArb) })),
    quarter: f(rec({ name: f(textArb), residents: f(fc.integer({ min: 0, max: 9_999 })), center: f(geoArb), geoNote: f(textArb) })),
    facts: listArb(rec({ label: f(textArb), value: f(fc.oneof(fc.integer(), textArb)), unit: f(textArb) })),
    residents: f(textArb),
    goals: listArb(textArb),
    fieldsOfAction: listArb(codeArb(FIELDS_OF_ACTION), 4),
    partners: listArb(rec({ organization: f(idArb), role: f(codeArb(PARTNER_ROLES)), contribution: f(textArb) }), 4),
    contacts: listArb(rec({ name: f(strArb), role: f(textArb), organization: f(idArb), email: f(emailArb), phone: f(phoneArb) })),
    funding: listArb(rec({ funder: f(idArb), program: f(textArb), amount: f(rec({ value: f(fc.nat()), currency: f(fc.constantFrom('EUR', 'eur')) })) })),
    period: f(rec({ start: f(fc.constantFrom('2012', '2021-02', 'x')), note: f(textArb) })),
    quotes: listArb(rec({ text: f(textArb), name: f(strArb), organization: f(idArb) })),
    links: listArb(rec({ url: f(urlArb), label: f(textArb) })),
    images: listArb(rec({ url: f(urlArb), alt: f(textArb), credit: f(strArb) })),
    sources: listArb(rec({ title: f(strArb), url: f(urlArb), publisher: f(strArb) })),
  },
  ['id', 'name'],
);

const organizationArb = rec(
  {
    id: idArb,
    name: textArb,
    shortName: f(textArb),
    type: f(codeArb(ORGANIZATION_TYPES)),
    description: f(textArb),
    url: f(urlArb),
    logo: f(rec({ url: f(urlArb), alt: f(textArb) })),
    address: f(addressArb),
    email: f(emailArb),
    phone: f(phoneArb),
  },
  ['id', 'name'],
);

const placeArb = rec({ id: idArb, name: textArb, project: f(idArb), address: f(addressArb), geo: f(geoArb), description: f(textArb) }, ['id', 'name']);

const offerArb = rec(
  {
    id: idArb,
    name: textArb,
    description: f(textArb),
    project: f(idArb),
    place: f(idArb),
    provider: f(idArb),
    category: f(codeArb(OFFER_CATEGORIES)),
    audience: f(textArb),
    languages: f(fc.array(langKey, { maxLength: 2 })),
    schedule: f(
      rec({
        text: f(textArb),
        rules: listArb(
          rec({
            freq: f(fc.constantFrom('weekly', 'monthly')),
            byDay: f(fc.subarray([...WEEKDAYS], { minLength: 1 })),
            opens: f(fc.constantFrom('10:00', '25:00')),
            closes: f(fc.constantFrom('12:00', '09:00')),
          }),
        ),
      }),
    ),
    dates: listArb(rec({ start: f(fc.constantFrom('2026-06-20', '2026-06-20T15:00', 'morgen')) })),
    status: f(codeArb(OFFER_STATUSES)),
    cost: f(fc.oneof(fc.constant('free'), textArb)),
    contact: f(rec({ name: f(strArb), email: f(emailArb), phone: f(phoneArb) })),
    url: f(urlArb),
  },
  ['id', 'name'],
);

const feedArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 20,
    arbitrary: rec(
      {
        version: fc.constantFrom<unknown>('1', '1', '1', '1', '1', '1', '1', '1.3', '1.3', 2),
        language: f(fc.constantFrom('de', 'ar', 'en')),
        publisher: f(rec({ name: f(strArb), url: f(urlArb), email: f(emailArb) })),
        license: f(strArb),
        projects: fc.oneof({ arbitrary: fc.array(projectArb, { minLength: 1, maxLength: 1 }), weight: 6 }, { arbitrary: listArb(projectArb, 2), weight: 2 }),
        organizations: listArb(organizationArb, 4),
        places: listArb(placeArb, 2),
        offers: listArb(offerArb, 3),
      },
      ['version', 'projects', 'organizations'],
    ),
  },
  { weight: 1, arbitrary: junkArb },
);

/** The project attribute: none, one that may exist, or one that does not. */
const projectAttr = fc.constantFrom<string | null>(null, null, null, null, null, null, 'a', 'a', 'p', 'unknown', '__proto__');

/**
 * Feeds for <offer-map>: feedArb's, with places the map can draw added
 * (coordinates in range, hostile names and ids, in a project or not), so that
 * most loaded feeds put markers on the map, and fewer, more or clustered ones.
 */
const locatedPlaceArb = rec(
  {
    id: idArb,
    name: textArb,
    project: f(fc.constantFrom('a', 'p')),
    geo: fc.oneof(
      fc.record({ lat: fc.double({ min: -85, max: 85, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) }),
      // Close together: clusters.
      fc.record({ lat: fc.double({ min: 51.9, max: 51.91, noNaN: true }), lng: fc.double({ min: 10.1, max: 10.11, noNaN: true }) }),
    ),
  },
  ['id', 'name', 'geo'],
);
const mapFeedArb: fc.Arbitrary<unknown> = fc.tuple(feedArb, fc.array(locatedPlaceArb, { maxLength: 6 })).map(([feed, located]) => {
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) return feed;
  const places = (feed as Obj)['places'];
  if (places !== undefined && !Array.isArray(places)) return feed;
  // A copy with the same own keys (a hostile `__proto__` key included), then the places.
  const out: Obj = Object.getPrototypeOf(feed) === null ? Object.create(null) : {};
  for (const key of Object.keys(feed)) withOwnKey(out, key, (feed as Obj)[key]);
  return withOwnKey(out, 'places', [...((places as unknown[] | undefined) ?? []), ...located]);
});

/** The map's category filter: none, known categories, or unknown words. */
const categoryAttr = fc.constantFrom<string | null>(null, null, null, 'counselling', 'meeting culture other', 'bogus', '__proto__ constructor');

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const problems: string[] = [];
const onError = (e: ErrorEvent): void => void problems.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent): void => void problems.push(`unhandledrejection: ${String(e.reason)}`);

/** Every element in `root`, including those in nested shadow roots. */
function* elements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

function protocolOf(raw: string): string | undefined {
  try {
    return new URL(raw).protocol; // no base: a relative URL is not a feed URL we accept
  } catch {
    return undefined;
  }
}

/** What is unsafe in `el`'s shadow DOM (empty when nothing is). */
function unsafeIn(el: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of elements(el.shadowRoot!)) {
    const name = node.localName;
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'form'].includes(name)) found.push(`<${name}>`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) found.push(`<${name} ${attr.name}=${JSON.stringify(attr.value)}>`);
      if (['src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'poster', 'data'].includes(attr.name)) {
        const raw = attr.value;
        const protocol = protocolOf(raw);
        const isLink = (name === 'a' || name === 'area') && attr.name === 'href';
        const allowed = isLink ? ['http:', 'https:', 'mailto:', 'tel:'] : ['http:', 'https:'];
        const inPage = isLink && raw.startsWith('#');
        if (!inPage && (!protocol || !allowed.includes(protocol) || !/^[a-z]+:/i.test(raw))) {
          found.push(`<${name} ${attr.name}=${JSON.stringify(raw.slice(0, 120))}>`);
        }
      }
    }
  }
  return found;
}

/** Resolves with `value`, or with 'timeout' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([promise, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

/** Waits until the element has taken up its current feed and left `loading`; says where it got stuck. */
async function settle(el: HTMLElement & { loaded: Promise<void>; state: string; updateComplete: Promise<boolean> }): Promise<void> {
  // updateComplete first: it starts the feed task for the new `.feed`.
  if ((await within(el.updateComplete, 3_000)) === 'timeout') problems.push('stuck: updateComplete (1)');
  else if ((await within(el.loaded, 3_000)) === 'timeout') problems.push('stuck: loaded');
  const deadline = performance.now() + 3_000;
  while (el.state === 'loading' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  if ((await within(el.updateComplete, 3_000)) === 'timeout') problems.push('stuck: updateComplete (2)');
}

/** Sets or removes an attribute. */
const attr = (el: Element, name: string, value: string | null): void => (value === null ? el.removeAttribute(name) : el.setAttribute(name, value));

/**
 * <offer-map> beyond the shared checks: once loaded, its map (the chunk with
 * Leaflet) loads and draws without failing, in the element's current map
 * container, and every marker is a named button of ours. Returns what is off.
 */
async function mapProblems(el: OfferMap): Promise<string[]> {
  if (el.state !== 'loaded') return [];
  const map = mapController(el).map;
  const deadline = performance.now() + 5_000;
  while ((map.status === 'idle' || map.status === 'loading') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  await el.updateComplete;
  // The markers are placed after the map's move events: one frame.
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const root = el.shadowRoot!;
  const found: string[] = [];
  if (map.status !== 'ready') found.push(`map state ${map.status}`);
  const container = root.querySelector('.leaflet-host');
  if (map.status === 'ready' && !container?.classList.contains('leaflet-container')) found.push('the map is not in the current container');
  if (map.status === 'ready' && el.mapHandle?.leaflet.getContainer() !== container) found.push("Leaflet's container is not the one shown");
  for (const node of root.querySelectorAll('.places > *')) {
    if (node.localName !== 'button' || (node as HTMLButtonElement).type !== 'button') found.push(`marker <${node.localName}>`);
    else if (!node.getAttribute('aria-label')?.trim()) found.push(`marker without a name: ${node.outerHTML.slice(0, 120)}`);
  }
  return found;
}

/** How often each state was reached, so that a test can tell that the feeds were not all rejected. */
const states: Record<string, number> = {};
async function check(
  el: HTMLElement & { loaded: Promise<void>; state: string; updateComplete: Promise<boolean>; error?: { code?: string; message: string } },
  extra?: () => Promise<string[]>,
): Promise<void> {
  await settle(el);
  states[el.state] = (states[el.state] ?? 0) + 1;
  const more = extra ? await extra() : [];
  // A view or template that throws is caught by the element and shown as an 'internal' error.
  const internal = el.error?.code === 'internal' ? [`internal error: ${el.error.message}`] : [];
  const report = {
    state: el.state,
    unsafe: unsafeIn(el),
    pwned: window.__pwned,
    polluted: (Object.prototype as Obj)['polluted'],
    problems: [...problems.splice(0), ...internal, ...more],
  };
  expect(report, JSON.stringify(report).slice(0, 1_000)).to.deep.equal({
    state: report.state,
    unsafe: [],
    pwned: undefined,
    polluted: undefined,
    problems: [],
  });
  expect(['loaded', 'empty', 'error']).to.include(report.state);
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/** `value` with strings over 200 characters shortened, for a readable counterexample. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 40)}…(${value.length} chars)` : value;
  if (Array.isArray(value)) return value.map(shorten);
  if (typeof value !== 'object' || value === null) return value;
  const out: Obj = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const key of Object.keys(value)) withOwnKey(out, key, shorten((value as Obj)[key]));
  return out;
}

/** fast-check's settings: the failure first (the test runner cuts long messages), then seed, path and counterexample. */
const settings: fc.Parameters<unknown[]> = {
  numRuns: RUNS,
  asyncReporter: async (details) => {
    if (!details.failed) return;
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${error.slice(0, 2_000)}\n  seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks} time(s)` +
        `\n  counterexample (long strings shortened): ${fc.stringify(shorten(details.counterexample)).slice(0, 6_000)}`,
    );
  },
};

describe('fuzzing the elements with hostile feeds', function () {
  this.timeout(60_000);
  const wrappers: Record<string, HTMLElement> = {};
  const { error: consoleError, warn: consoleWarn } = console;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // The elements log the feed's warnings and caught faults; keep the output short.
    console.warn = () => {};
    console.error = (...args: unknown[]) => {
      if (String(args[0]).startsWith('[quartier-widgets]') && args[1] instanceof Error && !('code' in args[1])) {
        problems.push(`console.error: ${args[1].stack ?? args[1].message}`);
      }
    };
    // Our own wrappers: open-wc's fixtures are removed after each test.
    for (const lang of ['de', 'ar']) {
      const wrapper = document.body.appendChild(document.createElement('div'));
      wrapper.lang = lang;
      wrappers[lang] = wrapper;
    }
  });

  /** The current property's number of runs. */
  let runs = RUNS;

  beforeEach(() => {
    for (const key of Object.keys(states)) delete states[key];
    runs = RUNS;
  });

  /** Most feeds must render something, or the checks were hardly exercised. */
  afterEach(function () {
    if (this.currentTest?.state === 'passed' && this.currentTest.title.startsWith('<'))
      expect(states['loaded'] ?? 0, JSON.stringify(states)).to.be.above(runs / 10);
  });

  after(() => {
    Object.values(wrappers).forEach((wrapper) => wrapper.remove());
    console.error = consoleError;
    console.warn = consoleWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    delete window.__pwned;
  });

  it('the check itself flags what it should (and lets through what it should)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const add = (tag: string, attrs: Record<string, string>): void => {
      const node = root.appendChild(document.createElement(tag));
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    };
    add('a', { href: 'https://example.org/' });
    add('a', { href: 'mailto:a@b.de' });
    add('a', { href: 'tel:+495381' });
    add('img', { src: 'https://example.org/logo.svg' });
    expect(unsafeIn(host)).to.deep.equal([]);
    add('a', { href: '\tJaVa\nScript:x' });
    add('img', { src: 'data:image/svg+xml,<svg/>' });
    add('img', { src: '/relative.png' });
    add('span', { onclick: 'x' });
    add('object', {});
    expect(unsafeIn(host)).to.have.length(5);
  });

  it('<quartier-card> (full and compact, with and without project, de and ar) stays inert and settles', async () => {
    const cards = Object.fromEntries(
      Object.entries(wrappers).map(([lang, wrapper]) => [lang, wrapper.appendChild(document.createElement('quartier-card'))]),
    ) as Record<string, QuartierCard>;
    try {
      await fc.assert(
        fc.asyncProperty(feedArb, fc.constantFrom('de', 'ar'), fc.constantFrom('full', 'compact'), projectAttr, async (feed, lang, variant, project) => {
          const el = cards[lang]!;
          attr(el, 'variant', variant);
          attr(el, 'project', project);
          el.feed = feed;
          await check(el);
        }),
        settings,
      );
    } finally {
      Object.values(cards).forEach((el) => el.remove());
    }
  });

  it('<partner-list> (list, grid and logos, with and without project, de and ar) stays inert and settles', async () => {
    const lists = Object.fromEntries(
      Object.entries(wrappers).map(([lang, wrapper]) => [lang, wrapper.appendChild(document.createElement('partner-list'))]),
    ) as Record<string, PartnerList>;
    try {
      await fc.assert(
        fc.asyncProperty(feedArb, fc.constantFrom('de', 'ar'), fc.constantFrom('list', 'grid', 'logos'), projectAttr, async (feed, lang, layout, project) => {
          const el = lists[lang]!;
          attr(el, 'layout', layout);
          attr(el, 'project', project);
          el.feed = feed;
          await check(el);
        }),
        settings,
      );
    } finally {
      Object.values(lists).forEach((el) => el.remove());
    }
  });

  it('<offer-map> (consent given, tiles from a local route, with and without project and categories, de and ar) stays inert, settles and draws its map', async () => {
    runs = MAP_RUNS;
    const located: Record<string, number> = {};
    const maps = Object.fromEntries(
      Object.entries(wrappers).map(([lang, wrapper]) => {
        const el = document.createElement('offer-map');
        el.setAttribute('consent', 'granted');
        el.setAttribute('tiles', MAP_TILES);
        // Both maps near the viewport (a map loads only there).
        el.style.blockSize = '16em';
        return [lang, wrapper.appendChild(el)];
      }),
    ) as Record<string, OfferMap>;
    try {
      await fc.assert(
        fc.asyncProperty(mapFeedArb, fc.constantFrom('de', 'ar'), projectAttr, categoryAttr, async (feed, lang, project, category) => {
          const el = maps[lang]!;
          attr(el, 'project', project);
          attr(el, 'category', category);
          el.feed = feed;
          await check(el, () => mapProblems(el));
          const markers = el.shadowRoot!.querySelectorAll('.places > button').length;
          if (markers) located[lang] = (located[lang] ?? 0) + 1;
        }),
        { ...settings, numRuns: MAP_RUNS },
      );
      // Some feeds must have put places on the map, or the map's half was hardly exercised.
      expect(
        Object.values(located).reduce((a, b) => a + b, 0),
        `runs with markers: ${JSON.stringify(located)}`,
      ).to.be.above(MAP_RUNS / 10);
    } finally {
      Object.values(maps).forEach((el) => el.remove());
    }
  });
});
