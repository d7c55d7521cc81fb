// Long lists in the card and the partner list are drawn a part at a time
// (elements/shared/more.ts): the first 50 entries and a button that shows 100
// more, the focus on the first entry it added; `debug` lists at most 100
// warnings and counts the rest. German and Arabic, keyboard and axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/partner-list/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import type { PartnerList } from '../../src/elements/partner-list/partner-list.js';
import { FIRST, STEP } from '../../src/elements/shared/more.js';
import { DEBUG_LIMIT } from '../../src/elements/shared/debug-view.js';

type Widget = QuartierCard | PartnerList;

const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const plain = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A feed with one project, `n` organisations (all its partners) and `n` places, each with one offer. */
function bigFeed(n: number): Record<string, unknown> {
  const organizations = many(n, (i) => ({ id: `o${i}`, name: `Organisation ${i + 1}` }));
  return {
    version: '1',
    projects: [{ id: 'p', name: 'Großes Projekt', partners: organizations.map((o) => ({ organization: o.id, role: 'partner' })) }],
    organizations,
    places: many(n, (i) => ({ id: `l${i}`, name: `Ort ${i + 1}`, project: 'p' })),
    offers: many(n, (i) => ({ id: `a${i}`, name: `Angebot ${i + 1}`, place: `l${i}` })),
  };
}

async function make<T extends Widget>(tag: string, feed: unknown, lang = 'de', attrs: Record<string, string> = {}): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = feed;
  wrapper.append(el);
  await el.loaded;
  await waitUntil(() => el.state !== 'loading', 'still loading');
  await el.updateComplete;
  return el;
}

const items = (el: Widget, key: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`ul[data-more="${key}"] > li`)];
const more = (el: Widget, key: string): HTMLButtonElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`ul[data-more="${key}"]`)?.nextElementSibling?.matches('button.more')
    ? (el.shadowRoot!.querySelector(`ul[data-more="${key}"]`)!.nextElementSibling as HTMLButtonElement)
    : null;

describe('long lists', function () {
  this.timeout(30_000);

  it('the card shows its first 50 partners and places, and a button that shows 100 more, with the focus on the first new entry', async () => {
    const n = FIRST + STEP + 20;
    const card = await make<QuartierCard>('quartier-card', bigFeed(n));
    expect(items(card, 'partners')).to.have.length(FIRST);
    expect(items(card, 'places')).to.have.length(FIRST);
    const button = more(card, 'partners')!;
    expect(plain(button.textContent)).to.equal(`Weitere anzeigen (50 von ${n})`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(card, 'partners').length === FIRST + STEP, 'no more partners shown');
    await waitUntil(() => card.shadowRoot!.activeElement === items(card, 'partners')[FIRST], 'the focus is not on the first new partner');
    expect(plain(more(card, 'partners')!.textContent)).to.equal(`Weitere anzeigen (150 von ${n})`);
    more(card, 'partners')!.click();
    await waitUntil(() => items(card, 'partners').length === n, 'not every partner shown');
    expect(more(card, 'partners')).to.equal(null);
    // The places' list is paged on its own.
    expect(items(card, 'places')).to.have.length(FIRST);
    await expect(card).to.be.accessible();
  });

  it('the compact card pages its partners too; a short list has no button', async () => {
    const card = await make<QuartierCard>('quartier-card', bigFeed(FIRST + 1), 'de', { variant: 'compact' });
    expect(items(card, 'partners')).to.have.length(FIRST);
    expect(more(card, 'partners')).to.not.equal(null);
    const small = await make<QuartierCard>('quartier-card', bigFeed(3));
    expect(items(small, 'partners')).to.have.length(3);
    expect(small.shadowRoot!.querySelector('button.more')).to.equal(null);
  });

  it('the partner list (every organisation, and a project’s) shows 50 at first, in Arabic too', async () => {
    const n = FIRST + 30;
    for (const attrs of [{}, { project: 'p' }] as Array<Record<string, string>>) {
      const list = await make<PartnerList>('partner-list', bigFeed(n), 'ar', attrs);
      const key = 'project' in attrs ? 'group:partner' : 'group:all';
      expect(items(list, key), JSON.stringify(attrs)).to.have.length(FIRST);
      const button = more(list, key)!;
      const ar = new Intl.NumberFormat('ar');
      expect(plain(button.textContent)).to.equal(`عرض المزيد (${ar.format(FIRST)} من ${ar.format(n)})`);
      button.click();
      await waitUntil(() => items(list, key).length === n, 'not every organisation shown');
      await expect(list).to.be.accessible();
    }
  });

  it('debug lists at most 100 warnings and counts the rest', async () => {
    const feed = { version: '1', projects: [{ id: 'p', name: 'P' }], organizations: many(DEBUG_LIMIT + 250, () => ({ id: 'X', name: 'x' })) };
    const card = await make<QuartierCard>('quartier-card', feed, 'de', { debug: '' });
    await waitUntil(() => card.shadowRoot!.querySelector('[part="debug"] li'), 'no debug list');
    const lines = [...card.shadowRoot!.querySelectorAll('[part="debug"] li')].map((li) => plain(li.textContent));
    expect(lines).to.have.length(DEBUG_LIMIT + 1);
    expect(lines.at(-1)).to.equal('… und 250 weitere Hinweise');
    expect(plain(card.shadowRoot!.querySelector('[part="debug"] summary')!.textContent)).to.contain('350 Fehler');
    await expect(card).to.be.accessible();
  });
});
