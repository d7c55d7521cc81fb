// The iframe form as a webmaster gets it: dist/embed.html and
// dist/quartier-embed-host.js from the pages build (vite.pages.config.ts).
// Catches what only the build can break: hashed assets, the CSP and Trusted
// Types with the built chunks, the host script's stable name and its being
// usable as a classic script. This page runs only the built host script.
// Until `npm run build` runs the pages build these tests are skipped, and
// from then on a missing dist/embed.html fails them.
import { expect } from '@open-wc/testing';
import { intersectionReported } from '../support/absence.js';
import { until } from '../support/async.js';
import { tileServer } from '../support/tiles.js';
import { SALZGITTER, SEESEN, checkOffscreenHeight, doc, embed, message, refused, removeFrames, shadowText, widget } from './embed-helpers.js';

const PAGE = '/dist/embed.html';
const HOST_SCRIPT = '/dist/quartier-embed-host.js';

/** Loads the built host script as a classic script (as the webmaster's line does). */
function addHostScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = HOST_SCRIPT;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${HOST_SCRIPT} did not load`));
    document.head.append(script);
  });
}

describe('dist/embed.html and dist/quartier-embed-host.js (built)', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(event.message);
  const globalsBefore = new Set(Object.keys(window));

  before(async function () {
    const built = (await fetch(PAGE, { cache: 'no-store' })).ok;
    if (!built) {
      const pkg = (await (await fetch('/package.json')).json()) as { scripts?: Record<string, string> };
      if (/build:pages/.test(pkg.scripts?.['build'] ?? '')) throw new Error(`${PAGE} is missing although npm run build makes the pages`);
      this.skip();
    }
    window.addEventListener('error', onError);
    // Twice, as a careless page might: two copies must neither throw nor collide.
    await addHostScript();
    await addHostScript();
  });

  after(() => window.removeEventListener('error', onError));
  afterEach(removeFrames);

  it('the host script is a classic script that sets no global and can be loaded twice', () => {
    expect(errors).to.deep.equal([]);
    expect(Object.keys(window).filter((k) => !globalsBefore.has(k) && !k.startsWith('__'))).to.deep.equal([]);
  });

  it('has no inline script or style, and the strict policy', async () => {
    const page = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
    expect([...page.scripts].every((s) => s.src && !s.textContent!.trim())).to.equal(true);
    expect(page.querySelectorAll('style, [style]').length).to.equal(0);
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("script-src 'self'").and.to.contain("style-src 'self'").and.to.contain("img-src 'self' https: http:;");
    expect(page.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).to.match(/^\.\/pages-assets\/embed-[\w-]+\.css$/);
  });

  it('renders a card, and the built host script makes the iframe as tall as it', async () => {
    const frame = await embed({ widget: 'card', src: SEESEN, project: 'lena-seesen', id: 'k' }, { page: PAGE });
    const el = await widget(frame, 'quartier-card');
    expect(shadowText(el)).to.contain('Lebendige Nachbarschaft');
    const root = doc(frame).documentElement;
    await until(() => frame.style.height === `${Math.ceil(root.getBoundingClientRect().height)}px`, 'the iframe does not fit its content');
    expect(parseFloat(frame.style.height)).to.be.greaterThan(300);
  });

  it('the built host script keeps an iframe of another origin outside the viewport as tall as its content, also when it narrows', async () => {
    await checkOffscreenHeight(PAGE);
  });

  it('renders a partner list in Arabic, right to left', async () => {
    const frame = await embed({ widget: 'partner-list', src: SEESEN, lang: 'ar' }, { page: PAGE });
    const el = await widget(frame, 'partner-list');
    expect(shadowText(el)).to.contain('Stadt Seesen');
    expect(doc(frame).documentElement.dir).to.equal('rtl');
  });

  it('refuses a javascript: feed with the visible message', async () => {
    const { text } = await refused({ widget: 'card', src: 'javascript:alert(1)' }, PAGE);
    expect(text).to.contain('Der Parameter „src“ enthält „javascript:alert(1)“');
  });

  it('the map asks first, then draws from its built Leaflet chunk under the CSP and Trusted Types', async () => {
    const tiles = tileServer();
    const frame = await embed({ widget: 'offer-map', src: SALZGITTER, tiles: tiles.template }, { page: PAGE, width: 900 });
    const el = await widget(frame, 'offer-map');
    const button = (): HTMLButtonElement | null => el.shadowRoot!.querySelector('[part="consent"] button');
    await until(button, 'no consent placeholder');
    // Near the viewport now: the map would start loading here if it did not wait for the click.
    await intersectionReported(el);
    expect(el.shadowRoot!.querySelector('.leaflet-host'), 'a map container before consent').to.equal(null);
    expect(await tiles.requests(), 'tiles before consent').to.equal(0);
    button()!.click();
    await until(() => el.shadowRoot!.querySelectorAll('.places button.marker').length === 3, 'no markers', 10000);
    // The markers may be drawn before the first tile request reaches the server.
    await until(async () => (await tiles.requests()) > 0, 'no tile requested after the click', 10000);
    expect(message(frame)).to.equal(null);
  });
});
