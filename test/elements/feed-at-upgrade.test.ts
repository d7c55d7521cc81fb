// The feed request leaves when an element upgrades, before its view and the
// feed code have arrived, and through the page-wide cache: two elements on
// one `src` make one request, and the feed code takes that request rather
// than asking again. This file must run first in its page (each test file
// has its own): once the feed code is there, elements ask through it directly.
import { expect } from '@open-wc/testing';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/partner-list/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import type { PartnerList } from '../../src/elements/partner-list/partner-list.js';
import { settled } from '../support/elements.js';
import { feedWith, uniqueUrl } from '../support/feeds.js';
import { json } from '../support/fake-fetch.js';
import { deferred } from '../support/async.js';

interface Asked {
  readonly url: string;
  readonly init: RequestInit;
  /** Module files the page had fetched when the request left. */
  readonly modulesThen: string[];
}

const realFetch = window.fetch;
const mounted: Element[] = [];

/** Module files of the page so far (the dev server serves one file per module). */
const modules = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\.(ts|js)$/.test(path));

function add<T extends Element>(tag: string, attributes: Record<string, string>): T {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  mounted.push(el);
  return el as unknown as T;
}

describe('the feed request at upgrade', () => {
  const asked: Asked[] = [];
  const answer = deferred<Response>();
  const url = uniqueUrl('upgrade');
  const feed = feedWith({
    organizations: [{ id: 'o', name: 'Nachbarschaftshilfe' }],
    projects: [{ id: 'p', name: 'Testprojekt', partners: [{ organization: 'o', role: 'lead' }] }],
  });

  before(() => {
    window.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
      const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (href !== url) return realFetch(input, init);
      asked.push({ url: href, init, modulesThen: modules() });
      return answer.promise;
    }) as typeof fetch;
  });
  after(() => {
    window.fetch = realFetch;
    mounted.splice(0).forEach((el) => el.remove());
  });

  it('leaves before the view and the feed code have loaded, once for elements that share a src', async () => {
    expect(modules().some((path) => /\.view\.ts$|[\\/]feed[\\/]pipeline\.ts$/.test(path))).to.equal(
      false,
      'a view or the feed code was loaded before the test',
    );
    const first = add<QuartierCard>('quartier-card', { src: url, project: 'p' });
    const second = add<QuartierCard>('quartier-card', { src: url, project: 'p' });
    const list = add<PartnerList>('partner-list', { src: url, project: 'p' });
    // At upgrade, in the same task: no view, no feed code yet.
    expect(asked.length).to.equal(1);
    expect(asked[0]!.modulesThen.filter((path) => /\.view\.ts$|pipeline\.ts$|load-feeds\.ts$/.test(path))).to.deep.equal([]);
    expect(asked[0]!.init.credentials).to.equal('omit');
    expect(asked[0]!.init.method).to.equal('GET');

    answer.resolve(json(feed));
    await Promise.all([settled(first), settled(second), settled(list)]);
    // The feed code took the request that had left: none more.
    expect(asked.length).to.equal(1);
    for (const card of [first, second]) {
      expect(card.state).to.equal('loaded');
      expect(card.shadowRoot!.textContent).to.contain('Testprojekt');
    }
    expect(list.state).to.equal('loaded');
    expect(list.shadowRoot!.textContent).to.contain('Nachbarschaftshilfe');
    await expect(first).to.be.accessible();
    await expect(list).to.be.accessible();
  });

  it('a later element on the same src reads the cached feed: no request', async () => {
    const late = add<QuartierCard>('quartier-card', { src: url, project: 'p' });
    await settled(late);
    expect(late.state).to.equal('loaded');
    expect(asked.length).to.equal(1);
  });
});
