// Bounded work for any feed: every list is read up to its limit (limits.ts)
// and what lies beyond is left out with one warning that says how many
// entries were left out; records per list of a feed, and places and offers
// per project once feeds are merged, alike. The largest shapes are those of
// the benchmark (scripts/bench/worst-feeds.js).
import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/feed/limits.js';
import { mergeFeeds } from '../../src/feed/merge.js';
import type { FeedWarning } from '../../src/feed/types.js';
import { readFeed, validateFeed } from '../../src/feed/validate.js';
import { describeWarning } from '../../src/i18n/feed-messages.js';
import { deEditor } from '../../src/i18n/de/editor.js';
import { enEditor } from '../../src/i18n/en/editor.js';
import { arEditor } from '../../src/i18n/ar/editor.js';
import { germanSource } from '../../src/i18n/german-source.js';
import en from '../../src/i18n/tables/en.js';
import { translator } from '../../src/i18n/translate.js';
import { goalsFeed } from '../../scripts/bench/worst-feeds.js';

const cuts = (warnings: readonly FeedWarning[]): FeedWarning[] => warnings.filter((w) => w.code.startsWith('too-many'));
const de = translator(germanSource, 'de', { editor: deEditor });
const plain = (s: string): string => s.replace(/[\u2066-\u2069]/g, '');

const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('limits on list lengths', () => {
  it('1,000,000 one-letter goals: the first 100 are read, one warning names the 999,900 left out', () => {
    const { feed, warnings } = validateFeed(JSON.parse(goalsFeed(1_000_000) as string));
    expect(feed.projects[0]!.goals).to.have.length(LIMITS.list);
    expect(cuts(warnings).map((w) => [w.code, w.path, w.list, w.record, w.field, w.dropped, w.detail?.count, w.detail?.limit])).to.deep.equal([
      ['too-many', ['projects', 0, 'goals'], 'projects', 'testprojekt', 'goals', 'none', 999_900, '100'],
    ]);
    expect(plain(describeWarning(cuts(warnings)[0]!, de))).to.equal(
      'Projekt „testprojekt“, Feld „goals“: Nur die ersten 100 Einträge werden gelesen; 999.900 weitere werden nicht angezeigt.',
    );
    const english = translator(en, 'en', { editor: enEditor });
    expect(plain(describeWarning(cuts(warnings)[0]!, english))).to.equal(
      'Project “testprojekt”, field “goals”: only the first 100 entries are read; 999,900 more are not shown.',
    );
    const arabic = describeWarning(cuts(warnings)[0]!, translator(germanSource, 'ar', { editor: arEditor }));
    expect(arabic).to.contain('999').and.to.contain('100');
  });

  it('each list of a project (goals, facts, links, images, contacts, quotes, sources) and its partners stop at their limits', () => {
    const over = LIMITS.list + 7;
    const organizations = many(LIMITS.partners + 3, (i) => ({ id: `o${i}`, name: `Organisation ${i}` }));
    const project = {
      id: 'p',
      name: 'P',
      goals: many(over, (i) => `Ziel ${i}`),
      facts: many(over, (i) => ({ label: `Zahl ${i}`, value: i })),
      links: many(over, (i) => ({ url: `https://example.org/${i}` })),
      images: many(over, (i) => ({ url: `https://example.org/${i}.jpg` })),
      contacts: many(over, (i) => ({ name: `Kontakt ${i}` })),
      quotes: many(over, (i) => ({ text: `Zitat ${i}` })),
      sources: many(over, (i) => ({ title: `Quelle ${i}` })),
      partners: organizations.map((o) => ({ organization: o.id, role: 'partner' })),
    };
    const { feed, warnings } = validateFeed({ version: '1', projects: [project], organizations });
    const p = feed.projects[0]!;
    for (const list of ['goals', 'facts', 'links', 'images', 'contacts', 'quotes', 'sources'] as const) expect(p[list], list).to.have.length(LIMITS.list);
    expect(p.partners).to.have.length(LIMITS.partners);
    // In the order the record is read.
    expect(cuts(warnings).map((w) => `${w.field}: ${w.detail?.count}`)).to.deep.equal([
      'facts: 7',
      'goals: 7',
      'partners: 3',
      'contacts: 7',
      'quotes: 7',
      'links: 7',
      'images: 7',
      'sources: 7',
    ]);
  });

  it('records per list of a feed: the first 20,000 organisations are read, one warning for the rest', () => {
    const organizations = many(LIMITS.records.organizations + 5, (i) => ({ id: `o${i}`, name: 'x' }));
    const { feed, warnings } = validateFeed({ version: '1', organizations });
    expect(feed.organizations).to.have.length(LIMITS.records.organizations);
    expect(cuts(warnings).map((w) => [w.code, w.list, w.field, w.path, w.detail?.count])).to.deep.equal([
      ['too-many', 'feed', 'organizations', ['organizations'], 5],
    ]);
    expect(plain(describeWarning(cuts(warnings)[0]!, de))).to.equal(
      'Feed, Feld „organizations“: Nur die ersten 20.000 Einträge werden gelesen; 5 weitere werden nicht angezeigt.',
    );
  });

  it('places and offers per project, across merged feeds: one warning each, naming the project', () => {
    const half = (n: number, prefix: string) => ({
      version: '1',
      projects: prefix === 'a' ? [{ id: 'p', name: 'P' }] : [],
      places: many(n, (i) => ({ id: `${prefix}-l${i}`, name: 'Ort', project: 'p' })),
      offers: many(n, (i) => ({ id: `${prefix}-a${i}`, name: 'Angebot', project: 'p' })),
    });
    const size = LIMITS.project.places / 2 + 10;
    const offers = LIMITS.project.offers / 2 + 10;
    const a = { ...half(size, 'a'), offers: half(offers, 'a').offers };
    const b = { ...half(size, 'b'), offers: half(offers, 'b').offers };
    const { feed, warnings } = mergeFeeds([
      { ...readFeed(a, { source: 'https://a.example/' }), source: 'https://a.example/' },
      { ...readFeed(b, { source: 'https://b.example/' }), source: 'https://b.example/' },
    ]);
    expect(feed.places).to.have.length(LIMITS.project.places);
    expect(feed.offers).to.have.length(LIMITS.project.offers);
    expect(cuts(warnings).map((w) => [w.code, w.list, w.record, w.detail?.count])).to.deep.equal([
      ['too-many-places', 'projects', 'p', 20],
      ['too-many-offers', 'projects', 'p', 20],
    ]);
    expect(plain(describeWarning(cuts(warnings)[0]!, de))).to.equal(
      'Projekt „p“: Nur die ersten 20.000 Orte des Projekts werden gelesen; 20 weitere werden nicht angezeigt.',
    );
  });

  it('a quarter’s radius up to 50 km; beyond (1e306 m broke the map), the field is dropped with a warning', () => {
    const radius = (value: number) => {
      const { feed, warnings } = validateFeed({ version: '1', projects: [{ id: 'p', name: 'P', quarter: { name: 'Q', radiusMeters: value } }] });
      return [feed.projects[0]!.quarter?.radiusMeters, warnings.map((w) => `${w.code} ${w.field} ${w.detail?.expected}`)];
    };
    expect(radius(50_000)).to.deep.equal([50_000, []]);
    expect(radius(0)).to.deep.equal([0, []]);
    for (const bad of [50_001, 1e306, 1.7e308]) expect(radius(bad), String(bad)).to.deep.equal([undefined, ['invalid-value quarter.radiusMeters radius']]);
  });

  it('a list within its limit raises no warning', () => {
    const { warnings } = validateFeed({ version: '1', projects: [{ id: 'p', name: 'P', goals: many(LIMITS.list, String) }] });
    expect(cuts(warnings)).to.deep.equal([]);
  });
});
