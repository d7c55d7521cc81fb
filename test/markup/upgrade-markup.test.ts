// <div data-quartier> markup as rich-text editors leave it: upgraded by the
// script-tag entry when present at load and when added later, with values
// cleaned of what editors add, and a visible note for values that cannot work.
import { expect, waitUntil } from '@open-wc/testing';
import { cleanValue } from '../../src/markup/upgrade-markup.js';
import { settled } from '../support/elements.js';

type Widget = HTMLElement & { state: string; shadowRoot: ShadowRoot };

function div(attributes: Record<string, string>, parent: HTMLElement = document.body): HTMLDivElement {
  const el = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

async function widgetIn(el: HTMLElement, tag: string): Promise<Widget> {
  await waitUntil(() => el.querySelector(tag), `<${tag}> inside the div`, { timeout: 5000 });
  return settled(el.querySelector(tag) as Widget, { timeout: 8000 });
}

// Present before the entry loads, as on a page a CMS rendered.
const atLoad = div({ 'data-quartier': 'card', 'data-src': '/data/seesen-lena.json', 'data-project': 'lena-seesen' });

describe('data-quartier markup', () => {
  before(async () => {
    await import('../../src/quartier-widgets.js');
  });

  after(() => {
    for (const el of document.querySelectorAll('body > div')) el.remove();
  });

  it('upgrades a div present when the script loads, inside the div', async () => {
    const card = await widgetIn(atLoad, 'quartier-card');
    expect(card.state).to.equal('loaded');
    expect(card.getAttribute('project')).to.equal('lena-seesen');
    expect(atLoad.children.length).to.equal(1);
  });

  it('upgrades a div added later, also deep inside added content (an accordion filled by script)', async () => {
    const wrapper = document.createElement('section');
    wrapper.append(document.createElement('p'));
    const inner = document.createElement('div');
    inner.setAttribute('data-quartier', 'partner-list');
    inner.setAttribute('data-src', '/data/salzgitter-obere-berliner-strasse.json');
    inner.setAttribute('data-layout', 'grid');
    wrapper.append(inner);
    document.body.append(wrapper);
    const list = await widgetIn(inner, 'partner-list');
    expect(list.state).to.equal('loaded');
    expect(list.getAttribute('layout')).to.equal('grid');
    wrapper.remove();
  });

  it('cleans values pasted through editors: typographic quotes, spaces, no-break spaces, &amp;, case', async () => {
    expect(cleanValue('„lena-seesen“')).to.equal('lena-seesen');
    expect(cleanValue(' \u00a0lena-seesen\u200b ')).to.equal('lena-seesen');
    expect(cleanValue('/feed.json?a=1&amp;b=2')).to.equal('/feed.json?a=1&b=2');
    expect(cleanValue('«a.json   b.json»')).to.equal('a.json b.json');
    const el = div({
      'data-quartier': ' “Card” ',
      'data-src': '“/data/seesen-lena.json?x=1&amp;y=2”',
      'data-project': '\u00a0lena-seesen ',
      'data-variant': 'Compact',
      'data-heading-level': '„3“',
    });
    const card = await widgetIn(el, 'quartier-card');
    expect(card.state).to.equal('loaded');
    expect(card.getAttribute('src')).to.equal('/data/seesen-lena.json?x=1&y=2');
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(card.getAttribute('heading-level')).to.equal('3');
    expect(el.querySelector('[data-quartier-message]')).to.equal(null);
    el.remove();
  });

  it('names a value the widget cannot use, in a visible note, and still shows the widget', async () => {
    const el = div({ 'data-quartier': 'partner-list', 'data-src': '/data/seesen-lena.json', 'data-layout': 'kacheln' });
    const list = await widgetIn(el, 'partner-list');
    const note = el.querySelector('[data-quartier-message]')!;
    expect(note.getAttribute('role')).to.equal('alert');
    expect(note.textContent).to.contain('data-layout').and.contain('kacheln').and.contain('list, grid, logos');
    expect(list.hasAttribute('layout')).to.equal(false);
    el.remove();
  });

  it('says so when data-quartier names no widget, instead of leaving an empty box', async () => {
    const el = div({ 'data-quartier': 'karte', 'data-src': '/data/seesen-lena.json' });
    await waitUntil(() => el.querySelector('[data-quartier-message]'), 'a note');
    expect(el.querySelector('[data-quartier-message]')!.textContent).to.contain('„karte“').and.contain('card, partner-list, offer-map, agenda, directory');
    expect(el.querySelector('quartier-card, partner-list, offer-map, quartier-agenda, quartier-directory')).to.equal(null);
    el.remove();
  });

  it('writes the note in the language of the page part', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    document.body.append(section);
    const el = div({ 'data-quartier': 'nothing' }, section);
    await waitUntil(() => el.querySelector('[data-quartier-message]')?.textContent?.includes('is not a widget'), 'an English note', { timeout: 5000 });
    section.remove();
  });

  it('follows later changes of the div’s data-* attributes (a page builder)', async () => {
    const el = div({ 'data-quartier': 'card', 'data-src': '/data/seesen-lena.json', 'data-project': 'lena-seesen' });
    const card = await widgetIn(el, 'quartier-card');
    el.setAttribute('data-variant', 'compact');
    await waitUntil(() => card.getAttribute('variant') === 'compact', 'variant follows');
    el.setAttribute('data-layout', 'x'); // not an attribute of the card: ignored
    el.removeAttribute('data-variant');
    await waitUntil(() => !card.hasAttribute('variant'), 'variant removed');
    el.remove();
  });

  it('upgrades an <offer-map> div, which asks before loading the map', async () => {
    const el = div({ 'data-quartier': 'offer-map', 'data-src': '/data/seesen-lena.json', 'data-project': 'lena-seesen' });
    const map = await widgetIn(el, 'offer-map');
    expect(map.state).to.equal('loaded');
    expect(map.shadowRoot.querySelector('.consent button')).to.exist;
    el.remove();
  });

  it('leaves the page accessible: the upgraded widget and a note', async () => {
    const el = div({ 'data-quartier': 'card', 'data-src': '/data/seesen-lena.json', 'data-project': 'lena-seesen', 'data-variant': 'klein' });
    await widgetIn(el, 'quartier-card');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
