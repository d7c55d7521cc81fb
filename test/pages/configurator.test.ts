// The configurator (pages/configurator.html + configurator-app.ts), on its own
// markup: the project list comes from the feed; each of the three snippets,
// pasted into a fresh document that loads the *built* bundle
// (/dist/quartier-widgets.js; the iframe form loads embed.html), renders what
// the preview shows — same state, same text, same attributes, same resolved
// --quartier-* values; snippets escape attribute values; copying is
// announced; axe finds nothing in German and Arabic.
import { expect, waitUntil } from '@open-wc/testing';
import { startConfigurator, type Configurator, type SnippetKind } from '../../pages/configurator-app.js';
import {
  defaultOptions,
  divSnippet,
  elementSnippet,
  escapeAttribute,
  iframeSnippet,
  scriptLine,
  TOKENS,
} from '../../pages/configurator-snippets.js';

const SEESEN = '/data/seesen-lena.json';
const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';
const DIST = '/dist/';

type Widget = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

/** Text as a reader gets it: whitespace collapsed, bidi isolates removed. */
const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\u2067\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The text of the widget's main part (`part="base"` in its shadow root). */
const mainText = (el: Widget): string => plain(el.shadowRoot?.querySelector('[part="base"]')?.textContent);

const attributesOf = (el: Element): Record<string, string> =>
  Object.fromEntries([...el.attributes].filter((a) => a.name !== 'aria-busy').map((a) => [a.name, a.value]));

const tokenValues = (el: Element): Record<string, string> => {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return Object.fromEntries(TOKENS.map((t) => [t.property, style.getPropertyValue(t.property).trim()]));
};

/** Waits until a widget has drawn its final state. */
async function settled(el: Widget, what: string): Promise<void> {
  await waitUntil(() => el.state !== undefined && el.state !== 'loading', `${what} stays loading`, { timeout: 8000 });
  await el.updateComplete;
  // A language table or a view chunk may still arrive: wait until the text stops changing.
  let last = '';
  await waitUntil(
    () => {
      const now = `${el.state}|${mainText(el)}`;
      const same = now === last;
      last = now;
      return same;
    },
    `${what} keeps changing`,
    { interval: 150, timeout: 8000 },
  );
}

/** The configurator's page markup, in this document, with its stylesheet. */
async function mountMarkup(): Promise<HTMLElement> {
  const source = await (await fetch('/pages/configurator.html')).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  const root = document.importNode(parsed.querySelector<HTMLElement>('[data-configurator]')!, true);
  if (!document.querySelector('link[data-configurator-css]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/pages/configurator.css';
    link.dataset.configuratorCss = '';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
  }
  document.body.append(root);
  return root;
}

// ---- driving the form as a person would ----

function setField(root: HTMLElement, selector: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  expect(field, selector).to.exist;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function click(root: HTMLElement, selector: string): void {
  const el = root.querySelector<HTMLElement>(selector);
  expect(el, selector).to.exist;
  el!.click();
}

async function loadFeed(cfg: Configurator, src: string): Promise<void> {
  setField(cfg.root, 'input[name="src"]', src);
  await cfg.feedLoaded;
}

const code = (cfg: Configurator, kind: SnippetKind): string => cfg.root.querySelector(`[data-code="${kind}"]`)!.textContent ?? '';

async function preview(cfg: Configurator): Promise<Widget> {
  const el = cfg.preview as Widget;
  expect(el, 'preview element').to.exist;
  await settled(el, 'the preview');
  return el;
}

// ---- a fresh document for the pasted code ----

const frames: HTMLIFrameElement[] = [];

/** A blank page with `body` as its markup, on screen (lazy iframes inside must load). */
async function freshPage(body: string, lang: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'pasted snippet';
  Object.assign(frame.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', width: '1000px', height: '900px', zIndex: '10', background: '#fff' });
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pasted</title></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

async function widgetIn(doc: Document, tag: string, what: string): Promise<Widget> {
  await waitUntil(() => doc.querySelector(tag), `${what}: no <${tag}> appeared`, { timeout: 8000 });
  const el = doc.querySelector<Widget>(tag)!;
  await settled(el, what);
  return el;
}

/** Compares a pasted widget with the preview: state, main text, attributes, resolved tokens. */
function expectSame(pasted: Widget, shown: Widget, { attributes = true } = {}): void {
  expect(pasted.localName).to.equal(shown.localName);
  expect(pasted.state, 'state').to.equal(shown.state);
  expect(mainText(pasted), 'text of the main part').to.equal(mainText(shown));
  expect(mainText(pasted).length).to.be.greaterThan(20);
  if (attributes) expect(attributesOf(pasted), 'attributes').to.deep.equal(attributesOf(shown));
  expect(tokenValues(pasted), '--quartier-* values').to.deep.equal(tokenValues(shown));
}

/** Where an embed page can be loaded: the built one, else the source page (the test server compiles it). */
async function embedBase(): Promise<string | undefined> {
  for (const base of [DIST, '/pages/']) {
    const response = await fetch(`${base}embed.html`, { cache: 'no-store' });
    if (response.ok && (await response.text()).includes('<html')) return base;
  }
  return undefined;
}

describe('configurator page', () => {
  let root: HTMLElement;
  let cfg: Configurator;
  const copied: string[] = [];
  const htmlLang = document.documentElement.lang;
  const htmlDir = document.documentElement.dir;

  before(async () => {
    root = await mountMarkup();
    cfg = startConfigurator({
      root,
      defaults: { src: SEESEN, base: DIST },
      copy: async (value) => {
        copied.push(value);
      },
    });
    await cfg.feedLoaded;
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  after(() => {
    cfg.destroy();
    root.remove();
    document.documentElement.lang = htmlLang;
    document.documentElement.dir = htmlDir;
  });

  describe('the project list', () => {
    it('lists the projects of the loaded feed (validated by the kit)', async () => {
      await loadFeed(cfg, SEESEN);
      const select = root.querySelector<HTMLSelectElement>('select[name="project"]')!;
      expect(select.disabled).to.equal(false);
      expect([...select.options].map((o) => o.value)).to.deep.equal(['lena-seesen']);
      expect(select.options[0]!.textContent).to.contain('Lebendige Nachbarschaft');
      expect(root.querySelector('[data-feed-status]')!.textContent).to.match(/Feed geladen\. Projekte: 1/);
    });

    it('follows the feed: another feed, two feeds merged', async () => {
      const raw = (await (await fetch(SALZGITTER)).json()) as { projects: Array<{ id: string }> };
      await loadFeed(cfg, SALZGITTER);
      const select = root.querySelector<HTMLSelectElement>('select[name="project"]')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(raw.projects.map((p) => p.id));
      await loadFeed(cfg, `${SEESEN} ${SALZGITTER}`);
      expect([...select.options].map((o) => o.value)).to.deep.equal(['lena-seesen', ...raw.projects.map((p) => p.id)]);
      // The project chosen before is kept while the new feed still has it.
      expect(cfg.options.project).to.equal(raw.projects[0]!.id);
    });

    it('offers "every project" for the partner list and the map, not for the card', async () => {
      await loadFeed(cfg, SEESEN);
      const select = root.querySelector<HTMLSelectElement>('select[name="project"]')!;
      click(root, 'input[name="widget"][value="partner-list"]');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'lena-seesen']);
      expect(select.value).to.equal('lena-seesen');
      click(root, 'input[name="widget"][value="offer-map"]');
      expect(select.options[0]!.textContent).to.equal('Alle Orte und Angebote des Feeds');
      click(root, 'input[name="widget"][value="card"]');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['lena-seesen']);
    });

    it('a feed that cannot be read: the kit’s message, and a field for the project id', async () => {
      await loadFeed(cfg, '/data/gibt-es-nicht.json');
      expect(root.querySelector('[data-feed-status]')!.textContent).to.contain('wurde nicht gefunden (HTTP 404)');
      expect(root.querySelector<HTMLElement>('[data-project-manual]')!.hidden).to.equal(false);
      setField(root, 'input[name="project-manual"]', 'mein-projekt');
      expect(code(cfg, 'element')).to.contain('project="mein-projekt"');
      const el = await preview(cfg);
      expect(el.state).to.equal('error');
      await loadFeed(cfg, SEESEN);
      expect(root.querySelector<HTMLElement>('[data-project-manual]')!.hidden).to.equal(true);
    });
  });

  describe('snippets', () => {
    it('escape &, " and < in attribute values, and every attribute becomes data-* in the div form', () => {
      const o = defaultOptions({
        widget: 'offer-map',
        src: 'https://example.org/feed.json?a=1&b=2',
        project: 'p"1',
        attribution: 'Tiles & "Co" <x>',
        debug: true,
        base: 'https://cdn.example/qw/',
      });
      const page = 'https://example.org/config/';
      const element = elementSnippet(o, page);
      expect(element).to.contain('src="https://example.org/feed.json?a=1&amp;b=2"');
      expect(element).to.contain('project="p&quot;1"');
      expect(element).to.contain('attribution="Tiles &amp; &quot;Co&quot; &lt;x&gt;"');
      expect(element).to.match(/ debug><\/offer-map>$/);
      expect(scriptLine(o, page)).to.equal('<script type="module" src="https://cdn.example/qw/quartier-widgets.js"></script>');
      const div = divSnippet(o, page);
      expect(div).to.match(/^<div data-quartier="offer-map" data-src="https:\/\/example\.org\/feed\.json\?a=1&amp;b=2" data-project="p&quot;1"/);
      expect(div).to.contain('data-attribution="Tiles &amp; &quot;Co&quot; &lt;x&gt;" data-debug=""');
      const iframe = iframeSnippet(o, page);
      expect(iframe).to.contain('src="https://cdn.example/qw/embed.html?widget=offer-map&amp;src=https%3A%2F%2Fexample.org%2Ffeed.json%3Fa%3D1%26b%3D2&amp;');
      expect(iframe).to.contain('<script src="https://cdn.example/qw/quartier-embed-host.js" async></script>');
      expect(escapeAttribute('a&b"c<d')).to.equal('a&amp;b&quot;c&lt;d');
      // Parsed back, the values are exactly the ones entered.
      const parsed = new DOMParser().parseFromString(element + div, 'text/html');
      expect(parsed.querySelector('offer-map')!.getAttribute('attribution')).to.equal('Tiles & "Co" <x>');
      expect(parsed.querySelector('div')!.getAttribute('data-project')).to.equal('p"1');
    });

    it('colours: only valid values, the same CSS for the preview, the stylesheet and the <style> block', async () => {
      await loadFeed(cfg, SEESEN);
      setField(root, 'input[name="token-accent"]', '#a01c1c');
      setField(root, 'input[name="token-border"]', 'red; } body { display: none');
      const border = root.querySelector<HTMLInputElement>('input[name="token-border"]')!;
      expect(border.getAttribute('aria-invalid')).to.equal('true');
      expect(root.querySelector<HTMLElement>('#cfg-token-border-invalid')!.hidden).to.equal(false);
      expect(code(cfg, 'css')).to.equal('quartier-card {\n  --quartier-color-accent: #a01c1c;\n}');
      expect(root.querySelector<HTMLInputElement>('[data-pick="accent"]')!.value).to.equal('#a01c1c');
      expect(code(cfg, 'element')).not.to.contain('<style>');
      click(root, 'input[name="inline-style"]');
      expect(code(cfg, 'element')).to.contain(`<style>\n${code(cfg, 'css')}\n</style>`);
      const el = await preview(cfg);
      expect(getComputedStyle(el).getPropertyValue('--quartier-color-accent').trim()).to.equal('#a01c1c');
      click(root, '[data-theme-reset]');
      click(root, 'input[name="inline-style"]');
      expect(code(cfg, 'css')).to.equal('');
      expect(root.querySelector<HTMLElement>('[data-css-none]')!.hidden).to.equal(false);
    });

    it('the copy button copies the code shown and says so in its live region', async () => {
      copied.length = 0;
      click(root, '[data-copy="div"]');
      const status = root.querySelector<HTMLElement>('[data-copy-status="div"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      await waitUntil(() => status.textContent !== '', 'no announcement');
      expect(copied).to.deep.equal([code(cfg, 'div')]);
      expect(status.textContent).to.equal('Kopiert: Für Texteditoren (data-*)');
    });
  });

  describe('pasted into a fresh page, each form renders what the preview shows', () => {
    it('(a) script + element, with the colours as a <style> block: a card in English', async () => {
      await loadFeed(cfg, SEESEN);
      click(root, 'input[name="widget"][value="card"]');
      setField(root, 'select[name="lang"]', 'en');
      click(root, 'input[name="variant"][value="compact"]');
      setField(root, 'select[name="heading-level"]', '3');
      setField(root, 'input[name="token-accent"]', '#a01c1c');
      setField(root, 'input[name="token-font"]', 'Georgia, serif');
      setField(root, 'input[name="token-radius"]', '0');
      click(root, 'input[name="inline-style"]');
      const shown = await preview(cfg);
      const snippet = code(cfg, 'element');
      expect(snippet).to.contain('<script type="module" src="');
      expect(snippet).to.contain(`${location.origin}${DIST}quartier-widgets.js`);
      expect(snippet).to.contain('<style>');

      const doc = await freshPage(snippet, 'de');
      const pasted = await widgetIn(doc, 'quartier-card', 'the pasted card');
      expectSame(pasted, shown);
      expect(tokenValues(pasted)['--quartier-color-accent']).to.equal('#a01c1c');
      expect(mainText(pasted)).to.contain('Lebendige Nachbarschaft');
      click(root, 'input[name="inline-style"]');
      click(root, '[data-theme-reset]');
    });

    it('(b) the data-* div, with the stylesheet rule: a partner list in a grid, filtered by role', async () => {
      await loadFeed(cfg, SEESEN);
      click(root, 'input[name="widget"][value="partner-list"]');
      setField(root, 'select[name="lang"]', 'de');
      setField(root, 'select[name="layout"]', 'grid');
      click(root, 'input[name="roles"][value="lead"]');
      click(root, 'input[name="roles"][value="partner"]');
      click(root, 'input[name="debug"]');
      setField(root, 'input[name="token-accent"]', 'rebeccapurple');
      setField(root, 'input[name="token-surface"]', 'rgb(250 240 230)');
      const shown = await preview(cfg);
      const div = code(cfg, 'div');
      expect(div).to.match(/^<div data-quartier="partner-list" /);
      expect(div).to.contain('data-roles="lead partner"');
      expect(div).to.contain('data-debug=""');

      // The site: the script once, the rule in its stylesheet, the editor's div in the text.
      const doc = await freshPage(`${scriptLine(cfg.options, location.href)}<style>${code(cfg, 'css')}</style><div class="ce-text">${div}</div>`, 'de');
      const pasted = await widgetIn(doc, 'partner-list', 'the pasted div');
      expect(pasted.parentElement!.dataset.quartier).to.equal('partner-list');
      expectSame(pasted, shown);
      expect(tokenValues(pasted)['--quartier-color-accent']).to.equal('rebeccapurple');

      click(root, 'input[name="roles"][value="lead"]');
      click(root, 'input[name="roles"][value="partner"]');
      click(root, 'input[name="debug"]');
      click(root, '[data-theme-reset]');
    });

    it('(a) in Arabic, "as the page": an offer map with a category filter and escaped values', async () => {
      await loadFeed(cfg, SALZGITTER);
      click(root, 'input[name="ui-lang"][value="ar"]');
      expect(document.documentElement.dir).to.equal('rtl');
      click(root, 'input[name="widget"][value="offer-map"]');
      setField(root, 'select[name="lang"]', '');
      setField(root, 'select[name="project"]', '');
      click(root, 'input[name="categories"][value="meeting"]');
      setField(root, 'input[name="attribution"]', 'Karten & "Kacheln" <lokal>');
      const shown = await preview(cfg);
      const snippet = code(cfg, 'element');
      expect(snippet).to.contain('attribution="Karten &amp; &quot;Kacheln&quot; &lt;lokal&gt;"');

      const doc = await freshPage(snippet, 'ar');
      const pasted = await widgetIn(doc, 'offer-map', 'the pasted map');
      expectSame(pasted, shown);
      expect(pasted.getAttribute('attribution')).to.equal('Karten & "Kacheln" <lokal>');

      click(root, 'input[name="categories"][value="meeting"]');
      setField(root, 'input[name="attribution"]', '');
      click(root, 'input[name="ui-lang"][value="de"]');
    });

    it('(c) the iframe: embed.html shows the same widget, colours included', async function () {
      const base = await embedBase();
      if (!base) {
        console.warn('[configurator test] skipped: neither /dist/embed.html nor /pages/embed.html exists (item 2 of issue 5).');
        this.skip();
      }
      await loadFeed(cfg, SEESEN);
      setField(root, 'input[name="base"]', base!);
      click(root, 'input[name="widget"][value="card"]');
      setField(root, 'select[name="lang"]', 'de');
      setField(root, 'input[name="token-accent"]', '#a01c1c');
      setField(root, 'input[name="token-background"]', '#fffdf5');
      const shown = await preview(cfg);
      const snippet = code(cfg, 'iframe');
      expect(snippet).to.match(/^<iframe src="[^"]*embed\.html\?widget=card&amp;src=/);
      expect(snippet).to.contain('title="Projektkarte: LeNa"');

      const doc = await freshPage(snippet, 'de');
      const frame = doc.querySelector('iframe')!;
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('quartier-card'), 'embed page shows no card', {
        timeout: 10000,
      });
      const pasted = await widgetIn(frame.contentDocument!, 'quartier-card', 'the card in the iframe');
      // The embed page sets the attributes it was given (src normalised); compare what the widget shows.
      expectSame(pasted, shown, { attributes: false });
      expect(pasted.getAttribute('project')).to.equal(shown.getAttribute('project'));
      expect(pasted.getAttribute('src')).to.equal(shown.getAttribute('src'));
      expect(tokenValues(pasted)['--quartier-color-background']).to.equal('#fffdf5');

      setField(root, 'input[name="base"]', DIST);
      click(root, '[data-theme-reset]');
    });
  });

  describe('accessibility', () => {
    it('axe finds nothing in German', async () => {
      click(root, 'input[name="ui-lang"][value="de"]');
      await loadFeed(cfg, SEESEN);
      setField(root, 'select[name="lang"]', '');
      await preview(cfg);
      await expect(root).to.be.accessible();
    });

    it('axe finds nothing in Arabic (right to left), the map with its filters shown', async () => {
      click(root, 'input[name="ui-lang"][value="ar"]');
      click(root, 'input[name="widget"][value="offer-map"]');
      expect(document.documentElement.lang).to.equal('ar');
      expect(root.querySelector('h1')!.textContent).to.equal('أداة إعداد الأدوات');
      await preview(cfg);
      await expect(root).to.be.accessible();
      click(root, 'input[name="ui-lang"][value="de"]');
    });

    it('every field has a label, and every control is reachable by keyboard', () => {
      for (const field of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        if (field.closest('[hidden]')) continue;
        const named = field.labels?.length || field.getAttribute('aria-label');
        expect(named, field.outerHTML).to.be.ok;
        expect(field.tabIndex, field.outerHTML).to.equal(0);
      }
    });
  });
});
