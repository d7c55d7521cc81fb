// No quadratic join from feed to view: the card's places and offers, a
// project's partners, the partner list's groups and the structured data look
// records up by id (an index per feed), not with a search per entry. Counted,
// not timed: the entries that array searches (filter, find, some, includes …)
// visit while the view is made, for a feed of n and of 2n records each; a
// linear join visits about twice as many for 2n, a quadratic one four times.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { projectOffers, projectPartners, projectPlaces } from '../../src/feed/query.js';
import { schemaOrgGraph } from '../../src/feed/schema-org.js';
import type { Feed } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';
import { partnerGroups } from '../../src/elements/partner-list/partner-groups.js';
import '../../src/elements/quartier-card/define.js';
import { renderOffers } from '../../src/elements/quartier-card/card-offers.js';
import { germanSource } from '../../src/i18n/german-source.js';
import { translator } from '../../src/i18n/translate.js';

const SEARCHES = ['filter', 'find', 'findIndex', 'some', 'every', 'includes', 'indexOf'] as const;

/** Entries visited by array searches while `run` runs. */
function visited(run: () => void): number {
  let count = 0;
  const originals = SEARCHES.map((name) => [name, Array.prototype[name]] as const);
  for (const [name, original] of originals) {
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown[], ...args: unknown[]) {
        count += this.length;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  try {
    run();
  } finally {
    for (const [name, original] of originals) Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
  }
  return count;
}

function feedOf(n: number): Feed {
  const organizations = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `Organisation ${i}` }));
  return validateFeed({
    version: '1',
    projects: [{ id: 'p', name: 'P', partners: organizations.map((o) => ({ organization: o.id, role: 'partner' })) }],
    organizations,
    places: Array.from({ length: n }, (_, i) => ({ id: `l${i}`, name: `Ort ${i}`, project: 'p' })),
    offers: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Angebot ${i}`, place: `l${(i * 7) % n}`, provider: `o${i}` })),
  }).feed;
}

const t = translator(germanSource, 'de');
/** The card's helpers, drawing every entry (as the card did before it paged long lists). */
const card = {
  // A host that is not on the page: no timer for "heute".
  host: document.createElement('quartier-card') as never,
  txt: () => '',
  str: () => '',
  pick: () => html``,
  fill: () => html``,
  tc: { lang: 'de', feedLang: 'de' },
  list: <T>(items: readonly T[], item: (value: T) => unknown) => html`${items.map(item)}`,
};

const JOINS: Array<[string, (feed: Feed) => void]> = [
  ['the card’s places and offers', (feed) => void renderOffers(card, feed.projects[0]!, feed, t)],
  ['a project’s partners', (feed) => void projectPartners(feed, feed.projects[0]!)],
  ['a project’s places and offers', (feed) => void [projectPlaces(feed, feed.projects[0]!), projectOffers(feed, feed.projects[0]!)]],
  ['the partner list, by role and all', (feed) => void [partnerGroups(feed, feed.projects[0]!, [], []), partnerGroups(feed, undefined, ['partner'], [])]],
  ['structured data', (feed) => void [schemaOrgGraph(feed, feed.projects[0]!, 'de'), schemaOrgGraph(feed, undefined, 'de')]],
];

describe('joins from feed to view are linear', () => {
  for (const [what, join] of JOINS) {
    it(what, () => {
      const [a, b] = [feedOf(400), feedOf(800)];
      const small = visited(() => join(a));
      const large = visited(() => join(b));
      expect(large / Math.max(small, 1), `${small} entries visited for 400 records, ${large} for 800`).to.be.below(2.6);
    });
  }
});
