// The feed checker page (pages/check.html): the faults of the broken fixture
// with their lines, the records dropped, missing translations and a preview
// with the real widgets; a sample feed without problems; files, drops and
// addresses (404, HTML, CORS, nothing there); nothing from a feed as HTML;
// languages; axe in German and Arabic; and the real page under its CSP.
import { expect, waitUntil } from '@open-wc/testing';
import { mountChecker, type Checker } from '../../pages/check-app.js';
import { LISTED } from '../../pages/check-transfer.js';
import { invalidOrganizationsFeed } from '../../scripts/bench/worst-feeds.js';
import type { PageLang } from '../../pages/check-texts.js';
import type { QuartierElement } from '../../src/elements/base/quartier-element.js';
import { readWorkbook, writeWorkbook } from '../../src/authoring/spreadsheet/feed-spreadsheet.js';
import { settled } from '../support/elements.js';
import { plain } from '../support/text.js';

type Widget = QuartierElement<unknown>;

const BROKEN = '/test/fixtures/broken-feed.json';
const SEESEN = '/data/seesen-lena.json';
const brokenText = await (await fetch(BROKEN)).text();

/** Line of the `nth` occurrence of `marker`, or of the `{` that opens the object around it. */
function lineOf(marker: string, { nth = 1, object = false } = {}): number {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = brokenText.indexOf(marker, index + 1);
    if (index === -1) throw new Error(`marker ${marker} not in the fixture`);
  }
  const at = object ? brokenText.lastIndexOf('{', index) : index;
  return brokenText.slice(0, at).split('\n').length;
}

/** The faults planted in the fixture (as in test/node/check-feed.test.js), each found by a marker. */
const FAULTS = [
  { code: 'invalid-url', marker: '"url": "javascript:alert(1)"' },
  { code: 'invalid-url', marker: '"url": "../mehr-infos.html"' },
  { code: 'invalid-id', marker: '"id": "Treffpunkt-Nord"' },
  { code: 'duplicate-id', marker: '"id": "diakonie-nordstadt"', nth: 2 },
  { code: 'unknown-reference', marker: '"place": "gemeinschaftshaus"' },
  { code: 'invalid-coordinates', marker: '"lat": 200' },
  { code: 'invalid-date', marker: '"end": "31.12.2021"' },
  { code: 'unknown-code', marker: '"sports"' },
  { code: 'unknown-code', marker: '"category": "party"' },
  { code: 'missing-required', marker: '"id": "ohne-namen"', object: true },
  { code: 'unsafe-key', marker: '"__proto__"' },
  { code: 'invalid-type', marker: '"Bürgerhaus am Markt"' },
  { code: 'invalid-value', marker: '"bySetPos": 0' },
  { code: 'invalid-value', marker: '"closes": "16:00"' },
  { code: 'invalid-value', marker: '"english":' },
].map((f) => ({ ...f, line: lineOf(f.marker, f) }));

interface Mounted {
  readonly root: HTMLElement;
  readonly checker: Checker;
  readonly $: <E extends Element = HTMLElement>(selector: string) => E | null;
  readonly $$: <E extends Element = HTMLElement>(selector: string) => E[];
  readonly text: (selector: string) => string;
}

const mounted: Mounted[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) {
    m.checker.dispose();
    m.root.remove();
  }
});

function mount(
  lang: PageLang = 'de',
  options: { fetch?: typeof fetch; onLang?: (lang: PageLang) => void; save?: (name: string, blob: Blob) => void } = {},
): Mounted {
  const root = document.createElement('div');
  root.className = 'checker';
  document.body.append(root);
  const checker = mountChecker(root, { lang, ...options });
  const m: Mounted = {
    root,
    checker,
    $: (selector) => root.querySelector(selector),
    $$: <E extends Element>(selector: string) => [...root.querySelectorAll<E>(selector)],
    text: (selector) => plain(root.querySelector(selector)?.textContent),
  };
  mounted.push(m);
  return m;
}

/** Pastes `text` into the text field and presses its button, as a partner would. */
async function paste(m: Mounted, text: string): Promise<void> {
  m.$<HTMLTextAreaElement>('#qc-text')!.value = text;
  m.$<HTMLButtonElement>('.by-text button')!.click();
  await m.checker.settled();
}

/** Chooses `file` in the file field, as a partner would. */
async function choose(m: Mounted, file: File): Promise<void> {
  const input = m.$<HTMLInputElement>('#qc-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await m.checker.settled();
}

/** Types `url` into the address field and presses its button. */
async function enterUrl(m: Mounted, url: string): Promise<void> {
  m.$<HTMLInputElement>('#qc-url')!.value = url;
  m.$<HTMLButtonElement>('.by-url button')!.click();
  await m.checker.settled();
}

/** Waits until every widget of the preview has loaded its feed and drawn. */
async function previewLoaded(m: Mounted): Promise<Widget[]> {
  return Promise.all(m.$$<Widget>('.preview .widget').map((w) => settled(w)));
}

describe('feed checker page', () => {
  describe('the broken fixture', () => {
    it('lists all 15 planted faults, each with its line and column, in file order', async () => {
      const m = mount();
      await paste(m, brokenText);
      const items = m.$$('.problems .findings > li');
      expect(items).to.have.length(15);
      for (const fault of FAULTS) {
        const item = items.find((li) => li.dataset['line'] === String(fault.line) && li.dataset['code'] === fault.code);
        expect(item, `${fault.code} at line ${fault.line}`).to.exist;
        expect(plain(item!.querySelector('.where')!.textContent)).to.match(new RegExp(`^Zeile ${fault.line}, Spalte \\d+$`));
        // The line itself is shown beside the message, as text.
        const shown = plain(item!.querySelector('.snippet')!.textContent);
        expect(shown).to.include(fault.object ? '{' : fault.marker.split(':')[0]!);
      }
      const lines = items.map((li) => Number(li.dataset['line']));
      expect(lines).to.deep.equal([...lines].sort((a, b) => a - b));
      const js = items.find((li) => li.dataset['line'] === String(lineOf('"url": "javascript:alert(1)"')))!;
      expect(plain(js.querySelector('.where')!.textContent)).to.equal(`Zeile ${lineOf('"url": "javascript:alert(1)"')}, Spalte 7`);
      expect(plain(js.querySelector('.message')!.textContent)).to.equal(
        'Angebot „frauentreff“, Feld „url“: "javascript:alert(1)" ist keine erlaubte Adresse (nur http und https). Diese Angabe wird nicht angezeigt.',
      );
    });

    it('sums it up in the live region, as the command line does', async () => {
      const m = mount();
      const status = m.$('[role="status"]')!;
      expect(plain(status.textContent)).to.equal('Noch kein Feed geprüft.');
      await paste(m, brokenText);
      // The same element, so a screen reader announces the change.
      expect(m.$('[role="status"]')).to.equal(status);
      expect(plain(status.textContent)).to.equal(
        '15 Probleme, 4 Einträge verworfen, 1 fehlende Übersetzung. Übernommen: 1 Projekt, 1 Organisation, 1 Ort und 2 Angebote.',
      );
      expect(m.text('.source')).to.equal('Geprüft: (eingefügter Text)');
    });

    it('names the records that are dropped, with their lines and reasons', async () => {
      const m = mount();
      await paste(m, brokenText);
      const items = m.$$('.dropped .findings > li');
      expect(items.map((li) => plain(li.querySelector('.record')!.textContent))).to.deep.equal([
        `Organisation „diakonie-nordstadt“ – Zeile ${lineOf('"id": "diakonie-nordstadt"', { nth: 2, object: true })}, Spalte 5`,
        `Organisation „ohne-namen“ – Zeile ${lineOf('"id": "ohne-namen"', { object: true })}, Spalte 5`,
        `Ort Nr. 1 (ID Treffpunkt-Nord) – Zeile ${lineOf('"id": "Treffpunkt-Nord"', { object: true })}, Spalte 5`,
        `Ort Nr. 3 – Zeile ${lineOf('"Bürgerhaus am Markt"')}, Spalte 5`,
      ]);
      expect(plain(items[0]!.querySelector('.reasons')!.textContent)).to.include('kommt mehrfach vor');
      const counts = m.$$('.counts tbody tr').map((tr) => [...tr.children].map((c) => plain(c.textContent)));
      expect(counts).to.deep.equal([
        ['Projekte', '1', '0'],
        ['Organisationen', '1', '2'],
        ['Orte', '1', '2'],
        ['Angebote', '2', '0'],
      ]);
    });

    it('lists missing translations per record and language: the texts that lack a language other texts of the record have', async () => {
      const m = mount();
      await paste(m, brokenText);
      const items = m.$$('.missing .findings > li');
      expect(items.map((li) => Number(li.dataset['line']))).to.deep.equal([lineOf('"summary": {')]);
      expect(plain(items[0]!.querySelector('.message')!.textContent)).to.equal(
        'Projekt „nordstadt-miteinander“: Die Übersetzung (en) fehlt in summary, description.',
      );
    });

    it('previews the result with the real widgets: a card per project, the partners, the map asking for consent', async () => {
      const m = mount();
      await paste(m, brokenText);
      const [card, partners, map] = await previewLoaded(m);
      expect(card!.localName).to.equal('quartier-card');
      expect(card!.getAttribute('project')).to.equal('nordstadt-miteinander');
      expect(card!.feed).to.be.an('object');
      expect(card!.state).to.equal('loaded');
      expect(plain(card!.shadowRoot!.textContent)).to.include('Nordstadt miteinander');
      expect(partners!.localName).to.equal('partner-list');
      expect(plain(partners!.shadowRoot!.textContent)).to.include('Diakonie Nordstadt');
      // The duplicate and the nameless organisation are not shown.
      expect(plain(partners!.shadowRoot!.textContent)).not.to.include('doppelt eingetragen');
      expect(map!.localName).to.equal('offer-map');
      await waitUntil(() => map!.shadowRoot!.querySelector('[part="consent"] button'), 'no consent placeholder');
      expect(plain(map!.shadowRoot!.textContent)).to.include('Stadtteilbüro Nordstadt');
      // The preview's headings fit under the page's h3.
      expect(card!.getAttribute('heading-level')).to.equal('4');
    });
  });

  describe('a valid feed', () => {
    it('data/seesen-lena.json, fetched by its address: zero problems, nothing dropped, a preview', async () => {
      const m = mount();
      await enterUrl(m, SEESEN);
      expect(m.text('[role="status"]')).to.match(/^Keine Probleme\. Übernommen: 1 Projekt, \d+ Organisationen, \d+ Orte? und \d+ Angebote\.$/);
      expect(m.text('.source')).to.equal(`Geprüft: ${new URL(SEESEN, location.href).href}`);
      expect(m.$$('.problems .findings > li')).to.have.length(0);
      expect(m.text('.problems p')).to.equal('Keine Probleme: Die Widgets zeigen alles, was im Feed steht.');
      expect(m.$$('.dropped .findings > li')).to.have.length(0);
      expect(m.$('.failure')).to.equal(null);
      const [card] = await previewLoaded(m);
      expect(card!.getAttribute('project')).to.equal('lena-seesen');
      expect(card!.state).to.equal('loaded');
    });

    it('a chosen file and a dropped file are checked the same way', async () => {
      const m = mount();
      await choose(m, new File([brokenText], 'nordstadt.json', { type: 'application/json' }));
      expect(m.text('.source')).to.equal('Geprüft: nordstadt.json');
      expect(m.$$('.problems .findings > li')).to.have.length(15);

      const seesen = new File([await (await fetch(SEESEN)).text()], 'seesen.json', { type: 'application/json' });
      const drop = new DataTransfer();
      drop.items.add(seesen);
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: drop, bubbles: true, cancelable: true }));
      expect(m.$('.drop-overlay')!.hidden).to.equal(false);
      const event = new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      expect(event.defaultPrevented, 'the browser does not open the file').to.equal(true);
      await m.checker.settled();
      expect(m.$('.drop-overlay')!.hidden).to.equal(true);
      expect(m.text('.source')).to.equal('Geprüft: seesen.json');
      expect(m.$$('.problems .findings > li')).to.have.length(0);
    });
  });

  describe('unknown fields', () => {
    it('names each German or misspelt field with the field meant, at its line and column, and says it is no problem', async () => {
      const text = await (await fetch('/test/fixtures/german-fields-feed.json')).text();
      const line = (key: string): number => text.slice(0, text.indexOf(`"${key}":`)).split('\n').length;
      const m = mount();
      await paste(m, text);
      expect(m.text('[role="status"]')).to.equal(
        'Keine Probleme, 7 Hinweise auf unbekannte Felder. Übernommen: 1 Projekt, 1 Organisation, 1 Ort und 1 Angebot.',
      );
      const items = m.$$('.hints .findings > li');
      expect(items.map((li) => [li.dataset['code'], Number(li.dataset['line'])])).to.deep.equal([
        ['alias', line('träger')],
        ['alias', line('telefon')],
        ['alias', line('adresse')],
        ['wrong-level', line('lat')],
        ['typo', line('descripton')],
        ['alias', line('zeiten')],
        ['alias', line('kontakt')],
      ]);
      expect(plain(items[0]!.querySelector('.message')!.textContent)).to.equal(
        'Projekt „quartier-am-see“: Ein Feld „träger“ kennt das Format nicht, deshalb übergehen es die Widgets. Gemeint ist wohl „partners“ (Beteiligte Organisationen). Dort mit Rolle „Träger“ (lead).',
      );
      expect(plain(items[4]!.querySelector('.where')!.textContent)).to.match(new RegExp(`^Zeile ${line('descripton')}, Spalte \\d+$`));
      expect(plain(items[4]!.querySelector('.snippet')!.textContent)).to.include('"descripton"');
      expect(m.$$('.problems .findings > li')).to.have.length(0);
      await expect(m.root).to.be.accessible();
    });

    it('a feed without unknown fields says so', async () => {
      const m = mount('en');
      await enterUrl(m, SEESEN);
      expect(m.$$('.hints .findings > li')).to.have.length(0);
      expect(m.text('.hints p')).to.equal('Every field is known.');
    });
  });

  describe('spreadsheets', () => {
    it('a chosen XLSX: problems and unknown fields at their sheet, row and column, and a preview', async () => {
      const feed = await (await fetch('/test/fixtures/german-fields-feed.json')).json();
      feed.offers[0].url = 'javascript:alert(1)';
      const m = mount();
      await choose(m, new File([writeWorkbook(feed, 'xlsx') as Uint8Array<ArrayBuffer>], 'quartier.xlsx'));
      expect(m.text('.source')).to.equal('Geprüft: quartier.xlsx');
      expect(m.text('[role="status"]')).to.equal('1 Problem, 7 Hinweise auf unbekannte Felder. Übernommen: 1 Projekt, 1 Organisation, 1 Ort und 1 Angebot.');
      const [problem] = m.$$('.problems .findings > li');
      expect(plain(problem!.querySelector('.where')!.textContent)).to.equal('Tabelle Angebote, Zeile 3, Spalte Webseite');
      expect(m.text('.problems > p')).to.match(/^Jedes Problem mit seiner Stelle in der Tabellendatei/);
      expect(problem!.querySelector('.snippet')).to.equal(null);
      const hints = m.$$('.hints .findings > li');
      expect(hints).to.have.length(7);
      expect(plain(hints[0]!.querySelector('.where')!.textContent)).to.equal('Tabelle Projekte, Zeile 3, Spalte träger');
      const [card] = await previewLoaded(m);
      expect(card!.getAttribute('project')).to.equal('quartier-am-see');
      await expect(m.root).to.be.accessible();
    });

    it('the LibreOffice ODS, dropped on the page: read with its dates, merged cells and numbers as text', async () => {
      const bytes = await (await fetch('/test/fixtures/spreadsheets/partner-feed.ods')).arrayBuffer();
      const m = mount('ar');
      const drop = new DataTransfer();
      drop.items.add(new File([bytes], 'partner-feed.ods'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
      await m.checker.settled();
      expect(m.$$('.problems .findings > li').map((li) => plain(li.querySelector('.where')!.textContent))).to.deep.equal([
        'الورقة Angebote، الصف 7، العمود Webseite',
        'الورقة Zeiten، الصف 4، العمود Wochentage',
      ]);
      expect(m.$$('.hints .findings > li')).to.have.length(1);
      expect(m.$$('.counts tbody tr').map((tr) => plain(tr.children[1]!.textContent))).to.deep.equal(['1', '1', '2', '3']);
      await previewLoaded(m);
      await expect(m.root).to.be.accessible();
    });

    it('a file named like a spreadsheet that is none is named as such', async () => {
      const m = mount();
      await choose(m, new File(['{"version": "1"}'], 'feed.xlsx'));
      expect(m.text('[role="status"]')).to.equal(
        'Die Datei feed.xlsx lässt sich nicht als Tabelle lesen (erwartet: XLSX, ODS oder ein Ordner mit CSV-Dateien).',
      );
    });

    it('offers the empty template as XLSX and ODS, made in the browser', async () => {
      const saved: Array<{ name: string; blob: Blob }> = [];
      const m = mount('de', { save: (name, blob) => saved.push({ name, blob }) });
      const buttons = m.$$<HTMLButtonElement>('.template button');
      expect(buttons.map((b) => plain(b.textContent))).to.deep.equal(['Vorlage als XLSX (Excel)', 'Vorlage als ODS (LibreOffice)']);
      await m.checker.downloadTemplate('xlsx');
      buttons[1]!.click();
      await waitUntil(() => saved.length === 2, 'the ODS template was not saved');
      expect(saved.map((s) => [s.name, s.blob.type])).to.deep.equal([
        ['quartier-feed-vorlage.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        ['quartier-feed-vorlage.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      ]);
      for (const { name, blob } of saved) {
        const read = readWorkbook(new Uint8Array(await blob.arrayBuffer()), name);
        expect(read.json).to.deep.equal({ version: '1', language: 'de' });
      }
    });
  });

  describe('long lists (finding 5 of the second hardening review)', function () {
    // 30,000 records checked in the worker and drawn: seconds when the machine is busy.
    this.timeout(30_000);
    it('30,000 invalid organisations: 200 problems drawn, "… und 19.801 weitere Einträge.", and the full list as a download', async () => {
      const saved: Array<{ name: string; blob: Blob }> = [];
      const m = mount('de', { save: (name, blob) => saved.push({ name, blob }) });
      // The text's button submits no form (the browser reads every field before a submit event: long for 5 MiB).
      let submitted = 0;
      m.root.addEventListener('submit', () => submitted++);
      await paste(m, invalidOrganizationsFeed(30_000));
      expect(submitted).to.equal(0);
      // 20,000 organisations are read (the feed's limit), each one a problem, plus the one cut: 20,001.
      expect(m.text('.problems h3 .count')).to.equal('(20001)');
      expect(m.$$('.problems .findings > li').length).to.equal(LISTED);
      expect(m.$$('.dropped .findings > li').length).to.equal(LISTED);
      expect(m.text('.problems .overflow')).to.contain('… und 19.801 weitere Einträge.');
      m.$<HTMLButtonElement>('.problems .overflow button')!.click();
      // The lines are made in slices: the file comes a few tasks later.
      await waitUntil(() => saved.length > 0, 'no file saved', { timeout: 20_000 });
      expect(saved.map((s) => s.name)).to.deep.equal(['feed-probleme.txt']);
      const lines = (await saved[0]!.blob.text()).trimEnd().split('\n');
      expect(lines.length).to.equal(20_001);
      expect(lines[1]).to.match(/^Zeile 1, Spalte \d+: Organisation Nr\. 1/);
      m.$<HTMLButtonElement>('.dropped .overflow button')!.click();
      await waitUntil(() => saved.length > 1, 'no second file saved', { timeout: 20_000 });
      const dropped = (await saved[1]!.blob.text()).trimEnd().split('\n');
      expect(dropped.length).to.equal(20_000);
      expect(dropped[19_999]).to.match(/^Zeile 1, Spalte [\d.]+: Organisation Nr\. 20000 \(ID X\) – /);
      await expect(m.root.querySelector('.problems')).to.be.accessible();
    });

    it('answers while a large feed is checked: the check runs off the main thread, a language link works meanwhile', async () => {
      const m = mount();
      m.$<HTMLTextAreaElement>('#qc-text')!.value = invalidOrganizationsFeed(5_000);
      m.$<HTMLButtonElement>('.by-text button')!.click();
      // The page's next task: with the check on the main thread it would run only after the result was drawn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(m.text('.result [role="status"]')).to.equal('Der Feed wird geprüft …');
      m.$<HTMLAnchorElement>('.langs a[lang="en"]')!.click();
      expect(m.root.lang).to.equal('en');
      expect(m.text('.result [role="status"]')).to.equal('Checking the feed …');
      await m.checker.settled();
      expect(m.text('.problems h3 .count')).to.equal('(5000)');
      expect(m.text('.result .source')).to.contain('pasted text');
      await expect(m.root.querySelector('.result')).to.be.accessible();
    });

    it('2,000 texts each in another language: 200 missing translations drawn, the rest counted, none per pair', async () => {
      const m = mount();
      await paste(m, await (await fetch('/test/fixtures/hostile/translations-per-pair.json')).text());
      expect(m.$$('.missing .findings > li').length).to.equal(LISTED);
      expect(m.text('.missing .overflow')).to.match(/… und 1\.7\d\d weitere Einträge\./);
    });
  });

  describe('feeds that cannot be used', () => {
    it('JSON with a syntax error: the place, the line and a hint', async () => {
      const m = mount();
      await paste(m, '{\n  "version": "1",\n  "projects": [\n    { "id": "a", "name": "A" },\n  ]\n}\n');
      expect(m.text('[role="status"]')).to.equal('Der Feed kann nicht verwendet werden. Der Feed (eingefügter Text) ist kein gültiges JSON.');
      expect(m.text('.failure .where')).to.equal('Zeile 5, Spalte 3');
      expect(m.text('.failure .snippet')).to.equal('5 ]');
      expect(m.text('.failure')).to.include('ein Komma zu viel');
      expect(m.text('.preview p')).to.equal('Keine Vorschau, weil der Feed nicht verwendet werden kann.');
      expect(m.$$('quartier-card, partner-list, offer-map')).to.have.length(0);
    });

    it('no valid record: still every reason at its line', async () => {
      const m = mount();
      await paste(m, '{\n  "version": "1",\n  "offers": [\n    { "id": "Sprachkurs", "name": "Sprachkurs" },\n    { "name": "Ohne ID" }\n  ]\n}');
      expect(m.text('.failure')).to.include('enthält keinen gültigen Eintrag');
      expect(m.$$('.problems .findings > li').map((li) => li.dataset['line'])).to.deep.equal(['4', '5']);
      expect(m.$$('.dropped .findings > li')).to.have.length(2);
    });

    it('an unknown version points at "version"', async () => {
      const m = mount();
      await enterUrl(m, '/test/fixtures/unknown-version.json');
      expect(m.text('.failure')).to.include('"2.0"');
      expect(m.text('.failure .where')).to.match(/^Zeile \d+, Spalte 3$/);
    });

    it('a 404 and an HTML page instead of JSON are explained', async () => {
      const m = mount();
      await enterUrl(m, '/test/fixtures/does-not-exist.json');
      expect(m.text('.failure')).to.include('wurde nicht gefunden (HTTP 404). Ist die Adresse richtig?');
      await enterUrl(m, '/test/fixtures/not-json.txt');
      expect(m.text('.failure')).to.include('HTML-Seite statt eines Feeds');
      expect(m.text('.failure')).to.include('Öffnen Sie die Adresse im Browser');
    });

    it('CORS: the server answers but forbids reading — said in plain words, with what to do', async () => {
      const calls: RequestInit[] = [];
      const fakeFetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
        calls.push(init ?? {});
        if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      const m = mount('de', { fetch: fakeFetch });
      await enterUrl(m, 'feeds.example.org/quartier.json');
      expect(m.text('.source')).to.equal('Geprüft: https://feeds.example.org/quartier.json');
      // The widgets' request, their probe for a redirect the browser would not follow, then one that reads nothing.
      expect(calls.map((c) => [c.mode, c.credentials, c.redirect])).to.deep.equal([
        ['cors', 'omit', 'follow'],
        ['cors', 'omit', 'manual'],
        ['no-cors', 'omit', undefined],
      ]);
      expect(m.text('.failure')).to.include('„Access-Control-Allow-Origin“ fehlt (CORS)');
      expect(m.text('.failure')).to.include('als Datei prüfen');
    });

    it('nothing answers: a wrong address or no connection', async () => {
      const fakeFetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      const m = mount('en', { fetch: fakeFetch });
      await enterUrl(m, 'https://nowhere.invalid/feed.json');
      expect(m.text('.failure')).to.include('No server answers at this address.');
    });

    it('refuses addresses that are not http(s), and asks for one when the field is empty', async () => {
      const m = mount();
      await enterUrl(m, '   ');
      expect(m.text('[role="status"]')).to.equal('Bitte zuerst eine Adresse eingeben.');
      expect(m.$('#qc-url')!.getAttribute('aria-invalid')).to.equal('true');
      await enterUrl(m, 'javascript:alert(1)');
      expect(m.text('.failure')).to.include('„javascript:alert(1)“ ist keine http(s)-Adresse');
      await paste(m, '  ');
      expect(m.text('[role="status"]')).to.equal('Bitte zuerst den Inhalt des Feeds einfügen.');
    });
  });

  it('never inserts anything from the feed as HTML', async () => {
    const m = mount();
    const hostile = JSON.stringify(
      {
        version: '1',
        projects: [
          { id: 'x', name: '<img src=x id=injected-img>', summary: '<b id="injected-b">fett</b>', links: [{ url: '<script>alert(1)</script>', label: 'l' }] },
          { id: '<b id=injected-id>', name: 'y' },
        ],
      },
      null,
      2,
    );
    await paste(m, hostile);
    expect(m.text('.problems')).to.include('<b id=injected-id>');
    expect(m.$$('.problems .snippet').map((c) => plain(c.textContent))).to.include('10 "url": "<script>alert(1)</script>",');
    const widgets = await previewLoaded(m);
    const roots: ParentNode[] = [m.root, ...widgets.map((w) => w.shadowRoot!)];
    for (const root of roots) {
      expect(root.querySelector('#injected-img, #injected-b, #injected-id, script, img[src="x"]')).to.equal(null);
    }
    expect(plain(widgets[0]!.shadowRoot!.textContent)).to.include('<img src=x id=injected-img>');
  });

  describe('languages', () => {
    it('English: the page, the problems and the summary', async () => {
      const m = mount('en');
      await paste(m, brokenText);
      expect(m.text('h1')).to.equal('Check a feed');
      expect(m.text('[role="status"]')).to.equal(
        '15 problems, 4 records dropped, 1 missing translation. Read: 1 project, 1 organisation, 1 place, and 2 offers.',
      );
      const messages = m.$$('.problems .message').map((p) => plain(p.textContent));
      expect(messages.some((text) => text.startsWith('Offer “frauentreff”, field “url”: "javascript:alert(1)" is not an allowed address'))).to.be.true;
      expect(m.$$('.problems .where').map((p) => plain(p.textContent))[0]).to.match(/^line \d+, column \d+$/);
    });

    it('the switch changes the language in place, keeps the result and tells the page', async () => {
      const seen: PageLang[] = [];
      const m = mount('de', { onLang: (lang) => seen.push(lang) });
      await paste(m, brokenText);
      const arabic = m.$$<HTMLAnchorElement>('.langs a').find((a) => a.lang === 'ar')!;
      expect(arabic.getAttribute('href')).to.equal('?lang=ar');
      arabic.click();
      expect(seen).to.deep.equal(['ar']);
      expect(m.root.lang).to.equal('ar');
      expect(m.root.dir).to.equal('rtl');
      expect(m.text('h1')).to.equal('فحص ملف البيانات');
      expect(m.$$('.problems .findings > li')).to.have.length(15);
      expect(m.text('.source')).to.include('النص الملصق');
      expect(arabic.getAttribute('aria-current')).to.equal('true');
      const widgets = await previewLoaded(m);
      expect(widgets.every((w) => w.getAttribute('lang') === 'ar')).to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['de', 'ar'] as const) {
      it(`is accessible in ${lang}: empty, with the broken feed and its preview, with a failure`, async () => {
        const m = mount(lang);
        await expect(m.root).to.be.accessible();
        await paste(m, brokenText);
        await previewLoaded(m);
        await expect(m.root).to.be.accessible();
        await paste(m, '{ "version": "1", ');
        await expect(m.root).to.be.accessible();
        const headings = m.$$('h1, h2, h3').map((h) => h.localName);
        expect(headings[0]).to.equal('h1');
        expect(headings.filter((h) => h === 'h1')).to.have.length(1);
      });
    }

    it('every field has a label', async () => {
      const m = mount();
      for (const field of m.$$('input, textarea')) {
        expect(m.$(`label[for="${field.id}"]`), field.id).to.exist;
      }
    });
  });

  describe('the real page', () => {
    it('has no inline script or style for its CSP to refuse', async () => {
      const page = await (await fetch('/pages/check.html')).text();
      // (The test server adds its own web-socket script, external as well.)
      const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('/__web-dev-server'));
      expect(scripts).to.deep.equal(['<script type="module" src="./check.ts">']);
      expect(page).not.to.match(/<style\b|\sstyle=|\son[a-z]+=/i);
    });

    it('/pages/check.html runs under its strict CSP, follows ?lang= and checks a feed', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'checker';
      frame.src = '/pages/check.html?lang=ar';
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const doc = frame.contentDocument!;
        const violations: string[] = [];
        doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        await waitUntil(() => doc.querySelector('#checker h1'), 'the page did not render', { timeout: 10000 });
        expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.include("script-src 'self'");
        expect(doc.documentElement.lang).to.equal('ar');
        expect(doc.documentElement.dir).to.equal('rtl');
        expect(doc.title).to.equal('فحص ملف البيانات – Quartier Widgets');
        const input = doc.querySelector<HTMLInputElement>('#qc-url')!;
        input.value = BROKEN;
        doc.querySelector<HTMLButtonElement>('.by-url button')!.click();
        await waitUntil(() => doc.querySelectorAll('.problems .findings > li').length === 15, 'no problems listed', { timeout: 10000 });
        const card = doc.querySelector<Widget>('quartier-card')!;
        await card.loaded;
        await waitUntil(() => card.state === 'loaded', 'the preview card did not load');
        // Switching the language keeps the address in step.
        doc.querySelector<HTMLAnchorElement>('.langs a[lang="en"]')!.click();
        expect(frame.contentWindow!.location.search).to.equal('?lang=en');
        expect(doc.documentElement.dir).to.equal('ltr');
        expect(violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
