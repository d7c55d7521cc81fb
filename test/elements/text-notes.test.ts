// Notes on a record's texts in the partner list and the card: "only in
// German", "machine-translated", and for readers of Leichte Sprache "not yet
// in Leichter Sprache" when they get standard German.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/quartier-card/define.js';
import { pickText } from '../../src/feed/text.js';
import ar from '../../src/i18n/tables/ar.js';
import { settled, type Settling } from '../support/elements.js';
import { feedWith, project } from '../support/feeds.js';
import { plain } from '../support/text.js';

const NO_PLAIN = 'Diesen Text gibt es noch nicht in Leichter Sprache.';

type Shown = Settling & HTMLElement & { feed: unknown };

async function show(name: string, lang: string, feed: unknown, ready: (text: string) => boolean): Promise<Shown> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(name) as Shown;
  el.setAttribute('project', 'p');
  el.feed = feed;
  wrapper.append(el);
  await settled(el);
  await waitUntil(() => ready(plain(el.shadowRoot!.textContent)), `<${name}> does not show what is expected in ${lang}`, { timeout: 5000 });
  return el;
}

const notes = (el: Shown): string[] => [...el.shadowRoot!.querySelectorAll('[part="text-note"]')].map((n) => plain(n.textContent));

/** A feed whose one partner has `org`'s texts. */
const partnerFeed = (org: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  feedWith({
    projects: [project({ partners: [{ organization: 'o', role: 'lead', contribution: org['contribution'] ?? 'Leitet das Projekt' }], ...extra })],
    organizations: [{ id: 'o', type: 'municipality', ...org, contribution: undefined }],
  });

describe('text notes', () => {
  describe('<partner-list>', () => {
    it("says in Arabic that an organisation's texts are only in German", async () => {
      const el = await show(
        'partner-list',
        'ar',
        partnerFeed({ name: 'Stadt Seesen', description: 'Die Stadtverwaltung.' }),
        (t) => t.includes('Stadt Seesen') && /[\u0600-\u06ff]/.test(t),
      );
      const [note] = notes(el);
      expect(note, 'a note').to.be.a('string');
      expect(note).to.contain((ar['text.fallback'] as string).split('{language}')[0]!.trim());
      await expect(el).to.be.accessible();
    });

    it("names German in the reader's language also where the browser has no language names in it (Albanian, Somali)", async () => {
      const sq = await show('partner-list', 'sq', partnerFeed({ name: 'Stadt Seesen' }), (t) => t.includes('vetëm'));
      expect(notes(sq)).to.deep.equal(['Ky tekst është i disponueshëm vetëm në gjermanisht.']);
      const so = await show('partner-list', 'so', partnerFeed({ name: 'Stadt Seesen' }), (t) => t.includes('luqadda'));
      expect(notes(so)).to.deep.equal(['Qoraalkan waxaa lagu heli karaa oo keliya luqadda: Jarmal.']);
    });

    it('marks Arabic texts the feed calls machine-translated, and says nothing of German texts on a German page', async () => {
      const org = {
        name: { de: 'Stadt Seesen', ar: 'مدينة زيزن' },
        description: { de: 'Die Stadtverwaltung.', ar: 'إدارة المدينة.' },
        machineTranslated: ['ar'],
      };
      const el = await show('partner-list', 'ar', partnerFeed({ ...org, contribution: { de: 'Leitet', ar: 'يقود' } }), (t) => t.includes('مدينة زيزن'));
      expect(notes(el)).to.deep.equal([ar['text.machine-translated']]);
      const de = await show('partner-list', 'de', partnerFeed(org), (t) => t.includes('Stadt Seesen'));
      expect(notes(de)).to.deep.equal([]);
    });
  });

  describe('Leichte Sprache', () => {
    for (const tag of ['de-x-plain', 'de-x-ls']) {
      it(`tells a reader of ${tag} that a text is not yet in Leichter Sprache (card and partner list)`, async () => {
        const card = await show(
          'quartier-card',
          tag,
          feedWith({ projects: [project({ summary: 'Ein Treffpunkt.' })] }),
          (t) => t.includes('Ein Treffpunkt.') && t.includes(NO_PLAIN),
        );
        expect(notes(card)).to.deep.equal([NO_PLAIN]);
        await expect(card).to.be.accessible();
        const list = await show('partner-list', tag, partnerFeed({ name: 'Stadt Seesen' }), (t) => t.includes(NO_PLAIN));
        expect(notes(list)).to.deep.equal([NO_PLAIN]);
      });
    }

    it('shows the Leichte-Sprache text where the feed has one, without a note; standard German readers get standard German', async () => {
      const texts = {
        name: { de: 'Treffpunkt', 'de-x-plain': 'Treff-Punkt' },
        summary: { 'de-x-plain': 'Hier treffen sich Menschen.', de: 'Ein Treffpunkt.' },
      };
      const card = await show('quartier-card', 'de-x-ls', feedWith({ projects: [project(texts)] }), (t) => t.includes('Hier treffen sich Menschen.'));
      expect(notes(card)).to.deep.equal([]);
      const standard = await show('quartier-card', 'de-AT', feedWith({ projects: [project(texts)] }), (t) => t.includes('Ein Treffpunkt.'));
      expect(notes(standard)).to.deep.equal([]);
    });

    it('machine-translated Leichte Sprache is marked for its readers only', async () => {
      const texts = { name: { de: 'Treffpunkt', 'de-x-plain': 'Treff-Punkt' }, machineTranslated: ['de-x-plain'] };
      const plainCard = await show(
        'quartier-card',
        'de-x-plain',
        feedWith({ projects: [project(texts)] }),
        (t) => t.includes('Treff-Punkt') && t.includes('Computer'),
      );
      expect(notes(plainCard)).to.deep.equal(['Ein Computer hat das übersetzt']);
      const standard = await show('quartier-card', 'de', feedWith({ projects: [project(texts)] }), (t) => t.includes('Treffpunkt'));
      expect(notes(standard)).to.deep.equal([]);
    });
  });

  it('pickText: Leichte Sprache under each of its tags, standard German before it for other German readers', () => {
    const text = { 'de-x-plain': 'leicht', de: 'standard' };
    expect(pickText(text, 'de-x-ls')).to.deep.equal({ text: 'leicht', lang: 'de-x-plain', fallback: false });
    expect(pickText(text, 'de-plain')?.text).to.equal('leicht');
    expect(pickText(text, 'de-AT')).to.deep.equal({ text: 'standard', lang: 'de', fallback: false });
    expect(pickText({ 'de-x-plain': 'leicht' }, 'de-CH')).to.deep.equal({ text: 'leicht', lang: 'de-x-plain', fallback: false });
  });
});
