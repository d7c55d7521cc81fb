// The feed editor with feeds that exist: each sample feed opened and saved
// unchanged gives the same bytes; an id renamed takes every reference with
// it; delete, undo, move and duplicate from the keyboard; a problem takes the
// partner to its field, which names it; the draft survives a reload; a text
// that is not JSON is repaired, never put over the feed; a field added to
// the format's description shows up in the form; axe in German and English
// at 390 and 1280 px.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { RECORD_SPECS, type FieldSpec } from '../../src/authoring/feed-fields.js';
import { referencesTo } from '../../src/authoring/references.js';
import { chooseFile, MemoryStorage, mount, nextDownload, plain, press, typeInto, unmountAll, until, type Mounted } from './editor-helpers.js';

const SAMPLES = ['seesen-lena.json', 'salzgitter-obere-berliner-strasse.json'];
const sample = async (name: string): Promise<string> => (await fetch(`/data/${name}`)).text();

afterEach(unmountAll);

/** Opens `text` as the file `name` through the file input, as a partner choosing it would. */
const openAsFile = (m: Mounted, text: string, name: string): Promise<void> => chooseFile(m, new File([text], name, { type: 'application/json' }));

async function section(m: Mounted, name: RegExp): Promise<void> {
  const button = [...m.root.querySelectorAll<HTMLButtonElement>('.sections button')].find((b) => name.test(plain(b.textContent)));
  await press(button!, 'Enter');
}

describe('feed editor: feeds that exist', () => {
  for (const name of SAMPLES) {
    it(`opens ${name} and saves it unchanged, byte for byte`, async () => {
      const m = await mount();
      const text = await sample(name);
      await openAsFile(m, text, name);
      expect(plain(m.$('.status').textContent)).to.equal(`„${name}“ ist geöffnet.`);
      expect(m.editor.doc.dirty).to.equal(false);
      // Every part of the feed drawn once, so a form that rewrites what it shows would show up here.
      for (const label of [/^Allgemein/, /^Projekte/, /^Organisationen/, /^Orte/, /^Angebote/]) await section(m, label);
      expect(m.editor.doc.text).to.equal(text);
      const download = nextDownload();
      await press(m.byId('save-download'), 'Enter');
      const saved = await download;
      expect(saved.name).to.equal(name);
      expect(saved.text).to.equal(text);
      expect(plain(m.$('.problems .summary').textContent)).to.equal('Keine Probleme.');
    });
  }

  it('renames an organisation’s id, and every reference follows', async () => {
    const m = await mount();
    const text = await sample('salzgitter-obere-berliner-strasse.json');
    await openAsFile(m, text, 'feed.json');
    const feed = JSON.parse(text);
    const index = feed.organizations.findIndex((o: { id: string }) => referencesTo(feed, 'organizations', o.id).length >= 2);
    const old = feed.organizations[index].id as string;
    const count = referencesTo(feed, 'organizations', old).length;
    await section(m, /^Organisationen/);
    await press(m.byId(`rec-organizations-${index}`), 'Enter');
    m.$<HTMLElement>('.rename summary').click();
    await typeInto(m.byId<HTMLInputElement>(`f-organizations.${index}.id`), 'traeger-neu', { replace: true, leave: false });
    await sendKeys({ press: 'Enter' });
    const after = JSON.parse(m.editor.doc.text);
    expect(after.organizations[index].id).to.equal('traeger-neu');
    expect(referencesTo(after, 'organizations', old)).to.deep.equal([]);
    expect(referencesTo(after, 'organizations', 'traeger-neu')).to.have.length(count);
    expect(plain(m.$('.problems .summary').textContent)).to.equal('Keine Probleme.');
    // An id that is taken or not an id is refused, and said so.
    await typeInto(m.byId<HTMLInputElement>(`f-organizations.${index}.id`), feed.organizations[(index + 1) % feed.organizations.length].id, {
      replace: true,
      leave: false,
    });
    await sendKeys({ press: 'Enter' });
    expect(JSON.parse(m.editor.doc.text).organizations[index].id).to.equal('traeger-neu');
    expect(m.byId(`f-organizations.${index}.id`).getAttribute('aria-invalid')).to.equal('true');
    expect(plain(m.$('.status').textContent)).to.match(/geht nicht als Kennung/);
  });

  it('deletes with undo, moves and duplicates records from the keyboard', async () => {
    const m = await mount();
    const text = await sample('salzgitter-obere-berliner-strasse.json');
    await openAsFile(m, text, 'feed.json');
    await section(m, /^Orte/);
    const ids = (): string[] => JSON.parse(m.editor.doc.text).places.map((p: { id: string }) => p.id);
    const before = ids();
    await press(m.byId('rec-places-0'), 'Enter');
    await press(m.byId('record-down'), 'Enter');
    expect(ids()).to.deep.equal([before[1], before[0], ...before.slice(2)]);
    expect(document.activeElement).to.equal(m.byId('record-down'));
    await press(m.byId('record-up'), 'Enter');
    expect(m.editor.doc.text).to.equal(text);
    const remove = [...m.root.querySelectorAll<HTMLButtonElement>('.record-tools button')].find((b) => plain(b.textContent) === 'Löschen')!;
    await press(remove, 'Enter');
    expect(ids()).to.deep.equal(before.slice(1));
    expect(plain(m.$('.status').textContent)).to.match(/wurde gelöscht\. Rückgängig$/);
    await press(m.byId('status-undo'), 'Enter');
    expect(m.editor.doc.text).to.equal(text);
    const duplicate = [...m.root.querySelectorAll<HTMLButtonElement>('.record-tools button')].find((b) => plain(b.textContent) === 'Duplizieren')!;
    await press(duplicate, 'Enter');
    expect(ids()).to.deep.equal([before[0], `${before[0]}-2`, ...before.slice(1)]);
    await expect(m.root).to.be.accessible();
  });

  it('takes the partner from a problem to its field, which names the problem', async () => {
    const m = await mount();
    const feed = JSON.parse(await sample('seesen-lena.json'));
    feed.organizations[1].email = 'kontakt-ohne-at.example.org';
    await openAsFile(m, JSON.stringify(feed, null, 2), 'feed.json');
    const problem = m.$<HTMLButtonElement>('.problems .findings button');
    expect(plain(problem.textContent)).to.equal(`Organisation „${feed.organizations[1].name}“ › E-Mail`);
    await press(problem, 'Enter');
    const field = m.byId<HTMLInputElement>('f-organizations.1.email');
    expect(document.activeElement).to.equal(field);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const described = field
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => plain(document.getElementById(id)!.textContent));
    expect(described.join(' ')).to.include('kontakt-ohne-at.example.org');
    await typeInto(field, 'kontakt@example.org', { replace: true });
    expect(plain(m.$('.problems .summary').textContent)).to.equal('Keine Probleme.');
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('names fields the format does not know as hints, at their record, not as problems', async () => {
    const m = await mount();
    const text = await (await fetch('/test/fixtures/german-fields-feed.json')).text();
    await openAsFile(m, text, 'feed.json');
    expect(plain(m.$('.problems .summary').textContent)).to.equal('Keine Probleme, 7 Hinweise auf unbekannte Felder.');
    const items = [...m.root.querySelectorAll<HTMLLIElement>('.problems .findings > li.hint')];
    expect(items).to.have.length(7);
    const adresse = items.find((li) => plain(li.textContent).includes('„adresse“'))!;
    expect(plain(adresse.querySelector('p')!.textContent)).to.equal(
      'Hinweis Ort „treffpunkt“: Ein Feld „adresse“ kennt das Format nicht, deshalb übergehen es die Widgets. Gemeint ist wohl „address“ (Adresse).',
    );
    const link = adresse.querySelector<HTMLButtonElement>('button')!;
    expect(plain(link.textContent)).to.equal('Ort „Treffpunkt am See“ › adresse');
    await press(link, 'Enter');
    expect(document.activeElement).to.equal(m.byId('record-heading'));
    // The record names it; no field is marked invalid and the list counts no problem.
    expect([...m.root.querySelectorAll('.record-problems li.hint')].map((li) => plain(li.textContent))).to.have.length(2);
    expect(m.root.querySelector('[aria-invalid="true"]')).to.equal(null);
    expect(m.byId('rec-places-0').querySelector('.badge')).to.equal(null);
    await expect(m.root).to.be.accessible();
  });

  it('keeps the draft in this browser: a reload restores it, unsaved changes and all', async () => {
    const storage = new MemoryStorage();
    const first = await mount({ storage });
    const text = await sample('seesen-lena.json');
    await openAsFile(first, text, 'seesen.json');
    await section(first, /^Allgemein/);
    await typeInto(first.byId<HTMLInputElement>('f-license'), 'CC-BY-4.0');
    const edited = first.editor.doc.text;
    unmountAll();
    const second = await mount({ storage });
    expect(second.editor.doc.text).to.equal(edited);
    expect(second.editor.doc.dirty).to.equal(true);
    expect(second.editor.doc.name).to.equal('seesen.json');
    expect(plain(second.$('.draft-note').textContent)).to.match(/^Ihr Entwurf vom .* wurde aus diesem Browser wiederhergestellt/);
    // Leaving with unsaved changes asks first.
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(true);
    // Discarded with one click, and back with "Rückgängig".
    const discard = [...second.root.querySelectorAll<HTMLButtonElement>('.draft-note button')][0]!;
    await press(discard, 'Enter');
    expect(storage.getItem('quartier-editor.draft')).to.equal(null);
    expect(document.activeElement).to.equal(second.byId('start-heading'));
    await press(second.byId('status-undo'), 'Enter');
    expect(second.editor.doc.text).to.equal(edited);
  });

  it('does not put a text that is not JSON over the feed: it is repaired first', async () => {
    const m = await mount();
    const text = await sample('seesen-lena.json');
    await openAsFile(m, text, 'feed.json');
    await section(m, /^Allgemein/);
    await typeInto(m.byId<HTMLInputElement>('f-license'), 'CC-BY-4.0');
    const edited = m.editor.doc.text;
    const broken = '{\n  "version": "1",\n  "projects": [\n    {"id": "a", "name": "A"}\n  ]\n  "offers": []\n}\n';
    await press(m.$('.file-tools button'), 'Enter');
    await openAsFile(m, broken, 'kaputt.json');
    expect(m.editor.doc.text).to.equal(edited);
    expect(plain(m.byId('repair-heading').textContent)).to.equal('„kaputt.json“ ist kein lesbarer Feed');
    expect(plain(m.$('.repair .failure').textContent)).to.include('Zeile 6, Spalte 3.');
    await expect(m.root).to.be.accessible();
    const area = m.byId<HTMLTextAreaElement>('repair-text');
    await press(m.$<HTMLButtonElement>('.repair .failure button'), 'Enter');
    expect(document.activeElement).to.equal(area);
    expect(area.selectionStart).to.equal(broken.indexOf('"offers"'));
    area.setSelectionRange(broken.indexOf('  ]') + 3, broken.indexOf('  ]') + 3);
    await sendKeys({ type: ',' });
    await until(
      () => !m.byId<HTMLButtonElement>('repair-text').closest('.repair')!.querySelector<HTMLButtonElement>('.actions .primary')!.disabled,
      'the repaired text cannot be opened',
    );
    await press(m.$<HTMLButtonElement>('.repair .actions .primary'), 'Enter');
    expect(JSON.parse(m.editor.doc.text).projects[0].id).to.equal('a');
    // The edited feed it replaced can be brought back.
    expect(plain(m.$('.status').textContent)).to.include('ungespeicherten Änderungen an „feed.json“');
    await press(m.byId('status-undo'), 'Enter');
    expect(m.editor.doc.text).to.equal(edited);
  });

  it('does not replace a list that is not a list: it says where to repair it', async () => {
    const m = await mount();
    const text = '{\n  "version": "1",\n  "projects": [{ "id": "p", "name": "P" }],\n  "places": { "id": "ort" }\n}\n';
    await openAsFile(m, text, 'feed.json');
    await section(m, /^Orte/);
    expect(plain(m.$('.record-nav .empty').textContent)).to.match(/^Unter „Orte“ steht im Text des Feeds keine Liste/);
    await press(m.byId('add-places'), 'Enter');
    expect(m.editor.doc.text).to.equal(text);
    expect(plain(m.$('.status').textContent)).to.match(/^Unter „Orte“ steht im Text des Feeds keine Liste/);
  });

  it('looks an address up only at a search service the partner configured', async () => {
    const text = await sample('seesen-lena.json');
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return new Response(JSON.stringify([{ lat: '51.8901', lon: '10.1802', display_name: 'Hochstraße, Seesen' }]), {
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    try {
      const off = await mount();
      await openAsFile(off, text, 'feed.json');
      await section(off, /^Orte/);
      expect(off.root.querySelector('.geocode')).to.equal(null);
      unmountAll();
      const storage = new MemoryStorage();
      storage.setItem('quartier-editor.settings', JSON.stringify({ geocoder: 'https://geo.example.org/nominatim' }));
      const on = await mount({ storage });
      await openAsFile(on, text, 'feed.json');
      await section(on, /^Orte/);
      await press(on.$('.geocode button'), 'Enter');
      await until(() => JSON.parse(on.editor.doc.text).places[0].geo.lat === 51.8901, 'the position was not set');
      // A new position keeps what the partner said of it: the sample's place is marked as estimated.
      expect(JSON.parse(on.editor.doc.text).places[0].geo).to.deep.equal({ lat: 51.8901, lng: 10.1802, approximate: true });
      expect(requests).to.have.length(1);
      const asked = new URL(requests[0]!);
      expect(asked.origin + asked.pathname).to.equal('https://geo.example.org/nominatim/search');
      // The sample's place gives only its town.
      expect(asked.searchParams.get('q')).to.equal('Seesen');
      expect(plain(on.$('.status').textContent)).to.match(/^Gefunden: Hochstraße, Seesen\./);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a field added to the format’s description, without a change to the editor', async () => {
    const places = RECORD_SPECS.find((r) => r.list === 'places')!.fields as FieldSpec[];
    places.push({ key: 'entrance', kind: 'string', label: { de: 'Eingang', en: 'Entrance' }, help: { de: 'Wo man hineinkommt.', en: 'Where to go in.' } });
    try {
      const m = await mount();
      await openAsFile(m, await sample('seesen-lena.json'), 'feed.json');
      await section(m, /^Orte/);
      const input = m.byId<HTMLInputElement>('f-places.0.entrance');
      expect(plain(m.$('label[for="f-places.0.entrance"]').textContent)).to.equal('Eingang');
      await typeInto(input, 'über den Hof');
      expect(JSON.parse(m.editor.doc.text).places[0].entrance).to.equal('über den Hof');
    } finally {
      places.pop();
    }
  });

  for (const lang of ['de', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`is accessible in ${lang === 'de' ? 'German' : 'English'} at ${width} px`, async function () {
        this.timeout(30_000);
        await setViewport({ width, height: 900 });
        try {
          const m = await mount({ lang });
          await expect(m.root).to.be.accessible();
          await openAsFile(m, await sample('salzgitter-obere-berliner-strasse.json'), 'feed.json');
          for (const label of lang === 'de' ? [/^Allgemein/, /^Projekte/, /^Angebote/] : [/^General/, /^Projects/, /^Offers/]) {
            await section(m, label);
            await expect(m.root).to.be.accessible();
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  }
});
