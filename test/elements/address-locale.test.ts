// Addresses in every UI language: a German address is one isolate in German
// with German punctuation ("Teststraße 1, 12345 Seesen, Nord"), never the
// UI's commas (Arabic "،", Chinese "，", Ethiopic "፣"), in the same order in
// the card, the map's list and the partner list.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/offer-map/define.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/quartier-card/define.js';
import { settled, type Settling } from '../support/elements.js';
import { feedWith, project } from '../support/feeds.js';

const ADDRESS = { street: 'Teststraße 1', postalCode: '12345', locality: 'Seesen', district: 'Nord' };
const LINE = 'Teststraße 1, 12345 Seesen, Nord';

const feed = feedWith({
  projects: [project({ partners: [{ organization: 'o', role: 'lead' }] })],
  organizations: [{ id: 'o', name: 'Stadt Seesen', type: 'municipality', address: ADDRESS }],
  places: [{ id: 'treff', name: 'Treffpunkt', project: 'p', address: ADDRESS }],
  offers: [{ id: 'cafe', name: 'Café', place: 'treff', schedule: { rules: [{ freq: 'weekly', byDay: ['TU'], opens: '09:30', closes: '11:00' }] } }],
});

/** A word of each language's table that shows once its table has arrived (the offers' heading or the role). */
const ARRIVED: Readonly<Record<string, RegExp>> = { ar: /[\u0600-\u06ff]/, zh: /[\u4e00-\u9fff]/, am: /[\u1200-\u137f]/ };

async function show(name: string, lang: string): Promise<Settling & HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(name) as Settling & HTMLElement & { feed: unknown };
  el.setAttribute('project', 'p');
  el.feed = feed;
  wrapper.append(el);
  await settled(el);
  await waitUntil(() => ARRIVED[lang]!.test(el.shadowRoot!.textContent ?? ''), `<${name}> does not speak ${lang}`, { timeout: 5000 });
  return el;
}

for (const lang of ['ar', 'zh', 'am']) {
  describe(`addresses in a ${lang} page`, () => {
    for (const name of ['quartier-card', 'offer-map', 'partner-list']) {
      it(`<${name}>: one German isolate with German punctuation`, async () => {
        const el = await show(name, lang);
        const lines = [...el.shadowRoot!.querySelectorAll('.address-line')];
        expect(lines.length, 'an address').to.be.greaterThan(0);
        for (const line of lines) {
          expect(line.localName).to.equal('bdi');
          expect(line.getAttribute('lang')).to.equal('de');
          expect(line.textContent).to.equal(LINE);
        }
        // The UI's own punctuation is not in the address, only around it.
        expect(lines[0]!.textContent).not.to.match(/[،，、፣]/);
        await expect(el).to.be.accessible();
      });
    }
  });
}
