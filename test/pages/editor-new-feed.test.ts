// The feed editor (pages/editor.html) as a partner uses it, keyboard only:
// a new feed for a made-up Quartier from nothing — the organisation that
// publishes it, the project, a place set with a click on the map (tiles from
// the local test route), an offer with a monthly rule and a Turkish name —
// then saved (the download caught), checked with the checker's own core (no
// problem), and shown by all three widgets in the preview; axe on each screen.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { checkFeed } from '../../src/checker/check.js';
import type { QuartierElement } from '../../src/elements/base/quartier-element.js';
import type { EditorMapPick } from '../../pages/editor/map-pick.js';
import { choose, mount, nextDownload, plain, press, typeInto, unmountAll, until, type Mounted } from './editor-helpers.js';

type Widget = QuartierElement<unknown>;

afterEach(unmountAll);

const input = (m: Mounted, id: string): HTMLInputElement => m.byId<HTMLInputElement>(id);

/** Step 1–4 of the guided start, filled in as a partner would. */
async function guidedStart(m: Mounted): Promise<void> {
  await press(m.byId('start-new'), 'Enter');
  expect(plain(m.byId('guide-heading').textContent)).to.equal('Wer gibt den Feed heraus?');
  expect(document.activeElement).to.equal(m.byId('guide-heading'));
  await expect(m.root).to.be.accessible();

  // 1. Who publishes it.
  await typeInto(input(m, 'f-organizations.0.name'), 'Nachbarschaftsverein Lindenhof e. V.');
  await choose(m.byId<HTMLSelectElement>('f-organizations.0.type'), 'Verein');
  await typeInto(input(m, 'f-organizations.0.url'), 'https://lindenhof.example.org/');
  await typeInto(input(m, 'f-organizations.0.email'), 'kontakt@lindenhof.example.org');
  await press(m.byId('guide-next'), 'Enter');

  // 2. The project.
  expect(plain(m.byId('guide-heading').textContent)).to.equal('Das Projekt');
  await typeInto(input(m, 'f-projects.0.name'), 'Quartiersprojekt Lindenhof');
  await typeInto(input(m, 'f-projects.0.municipality.name'), 'Musterstadt');
  await press(m.byId('f-projects.0.fieldsOfAction~social'), 'Space');
  await press(m.byId('guide-next'), 'Enter');

  // 3. A place, set on the map.
  expect(plain(m.byId('guide-heading').textContent)).to.equal('Die Orte');
  await typeInto(input(m, 'f-places.0.name'), 'Nachbarschaftstreff Lindenhof');
  await typeInto(input(m, 'f-places.0.address.street'), 'Lindenweg 1');
  await typeInto(input(m, 'f-places.0.address.postalCode'), '99999');
  await typeInto(input(m, 'f-places.0.address.locality'), 'Musterstadt');
  await typeInto(input(m, 'f-places.0.geo.lat'), '52,1');
  await typeInto(input(m, 'f-places.0.geo.lng'), '10,2');
  const picker = m.$<EditorMapPick>('editor-map-pick');
  await expect(m.root).to.be.accessible();
  await press(picker.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!, 'Enter');
  await until(() => picker.state === 'ready', 'the map did not load');
  const host = picker.shadowRoot!.querySelector<HTMLElement>('.leaflet-host')!;
  host.scrollIntoView({ block: 'center' });
  const box = host.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2 + 40), Math.round(box.top + box.height / 2)] });
  await until(() => m.editor.doc.text.includes('"lat"') && JSON.parse(m.editor.doc.text).places[0].geo.lng > 10.2, 'the click did not set the place');
  // Without a mouse: the pin moves with the arrow keys, and "set to the map's centre" puts it under the cross.
  const lng = (): number => JSON.parse(m.editor.doc.text).places[0].geo.lng;
  const clicked = lng();
  await press(picker.shadowRoot!.querySelector<HTMLElement>('.pin')!, 'ArrowRight');
  await until(() => lng() > clicked, 'the arrow key did not move the pin');
  const centre = [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')][0]!;
  await press(centre, 'Enter');
  const map = picker.map!.center();
  expect(JSON.parse(m.editor.doc.text).places[0].geo).to.deep.equal({ lat: Math.round(map.lat * 1e6) / 1e6, lng: Math.round(map.lng * 1e6) / 1e6 });
  expect(plain(m.$('.status').textContent)).to.match(/^Lage gesetzt: Breitengrad 52,\d+, Längengrad 10,\d+\.$/);
  // "Lage ungefähr" is said of the point itself, and a position set later keeps it.
  await press(m.byId('f-places.0.geo.approximate'), 'Space');
  await until(() => JSON.parse(m.editor.doc.text).places[0].geo.approximate === true, '"Lage ungefähr" is not written into the point');
  const ticked = lng();
  await press(picker.shadowRoot!.querySelector<HTMLElement>('.pin')!, 'ArrowLeft');
  await until(() => lng() < ticked, 'the arrow key did not move the pin');
  expect(JSON.parse(m.editor.doc.text).places[0].geo.approximate).to.equal(true);
  expect(JSON.parse(m.editor.doc.text).places[0].geoNote).to.equal(undefined);
  await press(m.byId('guide-next'), 'Enter');

  // 4. An offer with a monthly rule and a Turkish name.
  expect(plain(m.byId('guide-heading').textContent)).to.equal('Die Angebote');
  await typeInto(input(m, 'f-offers.0.name'), 'Frauenfrühstück');
  await press(m.$<HTMLElement>('details.add-language summary'), 'Enter');
  await until(() => document.getElementById('f-offers.0.name~add-pick'), 'the language picker did not open');
  await choose(m.byId<HTMLSelectElement>('f-offers.0.name~add-pick'), /^Türkisch/);
  await press(m.$('.language-picker button'), 'Enter');
  expect(document.activeElement).to.equal(m.byId('f-offers.0.name~tr'));
  await typeInto(input(m, 'f-offers.0.name~tr'), 'Kadınlar kahvaltısı');
  await press(m.byId('f-offers.0.name~tr-machine'), 'Space');
  await choose(m.byId<HTMLSelectElement>('f-offers.0.category'), 'Treffpunkt');
  await choose(m.byId<HTMLSelectElement>('f-offers.0.place'), /^Nachbarschaftstreff Lindenhof/);
  // The feed's one organisation is the offer's provider from the start.
  expect(plain(m.byId<HTMLSelectElement>('f-offers.0.provider').selectedOptions[0]?.textContent)).to.match(/^Nachbarschaftsverein Lindenhof/);
  await press(m.byId('f-offers.0.schedule.rules~add'), 'Enter');
  await choose(m.byId<HTMLSelectElement>('f-offers.0.schedule.rules.0.freq'), 'jeden Monat');
  await press(m.byId('f-offers.0.schedule.rules.0.byDay~TU'), 'Space');
  await choose(m.byId<HTMLSelectElement>('f-offers.0.schedule.rules.0.bySetPos'), 'der zweite im Monat');
  await typeInto(input(m, 'f-offers.0.schedule.rules.0.opens'), '10');
  await typeInto(input(m, 'f-offers.0.schedule.rules.0.closes'), '12');
  await press(m.byId('f-offers.0.cost~free'), 'Space');
  const preview = m.$('.schedule-preview');
  expect(plain(preview.querySelector('.words')!.textContent)).to.equal('jeden zweiten Dienstag im Monat, 10–12 Uhr');
  const dates = [...preview.querySelectorAll('.dates li')].map((li) => plain(li.textContent));
  expect(dates).to.have.length(3);
  for (const date of dates) expect(date).to.match(/^Dienstag, \d+\. \S+ \d{4}, 10:00–12:00/);
  await expect(m.root).to.be.accessible();
  await press(m.byId('guide-next'), 'Enter');
}

describe('feed editor: a new feed from nothing', () => {
  it('is made with the keyboard, saved, checks clean and shows in all three widgets', async function () {
    this.timeout(90_000);
    const m = await mount();
    await guidedStart(m);

    // The editor, on the offers.
    expect(plain(m.byId('section-heading').textContent)).to.match(/^Angebote/);
    const feed = JSON.parse(m.editor.doc.text);
    expect(feed.publisher).to.deep.equal({
      name: 'Nachbarschaftsverein Lindenhof e. V.',
      url: 'https://lindenhof.example.org/',
      email: 'kontakt@lindenhof.example.org',
    });
    expect(feed.projects[0].id).to.equal('quartiersprojekt-lindenhof');
    expect(feed.projects[0].partners).to.deep.equal([{ organization: 'nachbarschaftsverein-lindenhof-e-v', role: 'lead' }]);
    expect(feed.offers[0]).to.deep.include({
      id: 'frauenfruehstueck',
      name: { de: 'Frauenfrühstück', tr: 'Kadınlar kahvaltısı' },
      place: 'nachbarschaftstreff-lindenhof',
      provider: 'nachbarschaftsverein-lindenhof-e-v',
      cost: 'free',
      machineTranslated: ['tr'],
    });
    expect(feed.offers[0].schedule).to.deep.equal({ rules: [{ freq: 'monthly', byDay: ['TU'], bySetPos: 2, opens: '10:00', closes: '12:00' }] });
    expect(plain(m.$('.problems .summary').textContent)).to.equal('Keine Probleme.');

    // Saved: the download is the feed's text, with `updated` set, and checks clean.
    const download = nextDownload();
    await press(m.byId('save-download'), 'Enter');
    const saved = await download;
    expect(saved.name).to.equal('feed.json');
    expect(saved.text).to.equal(m.editor.doc.text);
    expect(saved.text.endsWith('}\n')).to.equal(true);
    expect(JSON.parse(saved.text).updated).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const check = checkFeed(saved.text, 'feed.json');
    expect(check.failure).to.equal(undefined);
    expect(check.warnings).to.deep.equal([]);
    expect(m.editor.doc.dirty).to.equal(false);
    expect(plain(m.$('.file-name').textContent)).to.equal('feed.json – gespeichert');

    // Saved again unchanged: the same bytes (`updated` is not touched).
    const again = nextDownload();
    await press(m.byId('save-download'), 'Enter');
    expect((await again).text).to.equal(saved.text);

    // The preview: every widget shows the feed.
    for (const [radio, tag, text] of [
      ['preview-card', 'quartier-card', 'Quartiersprojekt Lindenhof'],
      ['preview-partners', 'partner-list', 'Nachbarschaftsverein Lindenhof e. V.'],
      ['preview-map', 'offer-map', 'Nachbarschaftstreff Lindenhof'],
    ] as const) {
      await press(m.byId(radio), 'Space');
      const widget = m.$<Widget>(`.preview-frame ${tag}`);
      await widget.loaded;
      await until(() => widget.state === 'loaded', `${tag} did not load`);
      await until(() => plain(widget.shadowRoot!.textContent).includes(text), `${tag} does not show ${text}`);
    }
    // The map was allowed for the place: the preview's map uses the same server without asking again.
    expect(m.$('.preview-frame offer-map').getAttribute('consent')).to.equal('granted');
    await expect(m.root).to.be.accessible();

    // Copied to the clipboard.
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      await press(m.byId('save-copy'), 'Enter');
      await until(() => copied.length === 1, 'nothing was copied');
      expect(copied[0]).to.equal(saved.text);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.exist;
    }
    await sendKeys({ press: 'Tab' });
  });
});
