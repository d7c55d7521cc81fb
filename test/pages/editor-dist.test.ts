// The feed editor as built (dist/editor.html, from `npm run build`): no inline
// script or style, and under its strict CSP with Trusted Types the page
// starts a feed, loads the map chunk and draws the map (tiles from the local
// test route), shows the preview, and switches language — with no policy
// violation. Skipped until the pages build has run; from then on a missing
// dist/editor.html fails.
import { expect } from '@open-wc/testing';
import { TEST_TILES, until } from './editor-helpers.js';

const PAGE = '/dist/editor.html';

describe('dist/editor.html (built)', () => {
  before(async function () {
    if (!(await fetch(PAGE, { cache: 'no-store' })).ok) {
      const pkg = (await (await fetch('/package.json')).json()) as { scripts?: Record<string, string> };
      if (/build:pages/.test(pkg.scripts?.['build'] ?? '')) throw new Error(`${PAGE} is missing although npm run build makes the pages`);
      this.skip();
    }
  });

  it('has no inline script or style, and the strict policy', async () => {
    const page = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
    expect([...page.scripts].every((s) => s.src && !s.textContent!.trim())).to.equal(true);
    expect(page.querySelectorAll('style, [style]').length).to.equal(0);
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("script-src 'self'").and.to.contain("style-src 'self'").and.to.contain("require-trusted-types-for 'script'");
    expect(page.querySelector('link[rel="icon"]')!.getAttribute('href')).to.match(/^\.\/pages-assets\/favicon-[\w-]+\.svg$/);
  });

  it('runs under its CSP: a new feed, the map drawn, the preview, English', async function () {
    this.timeout(30_000);
    // The page reads its settings from this origin's storage: the test tiles, and no draft.
    localStorage.removeItem('quartier-editor.draft');
    localStorage.setItem('quartier-editor.settings', JSON.stringify({ tiles: TEST_TILES }));
    const frame = document.createElement('iframe');
    frame.title = 'Feed-Editor';
    frame.width = '1200';
    frame.height = '900';
    frame.src = PAGE;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      await until(() => doc.getElementById('start-new'), 'the page did not render');
      expect(doc.documentElement.lang).to.equal('de');
      expect(doc.title).to.equal('Feed-Editor – Quartier Widgets');
      doc.getElementById('start-new')!.click();
      const fill = (id: string, value: string): void => {
        const input = doc.getElementById(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      };
      fill('f-organizations.0.name', 'Nachbarschaftsverein Lindenhof e. V.');
      doc.getElementById('guide-next')!.click();
      fill('f-projects.0.name', 'Quartiersprojekt Lindenhof');
      doc.getElementById('guide-next')!.click();
      fill('f-places.0.name', 'Nachbarschaftstreff Lindenhof');
      fill('f-places.0.geo.lat', '52,1');
      fill('f-places.0.geo.lng', '10,2');
      const picker = doc.querySelector('editor-map-pick') as HTMLElement & { state: string };
      await until(() => picker.shadowRoot?.querySelector('button.primary'), 'the map picker is not there');
      picker.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(() => picker.state === 'ready', 'the map did not load');
      await until(() => picker.shadowRoot!.querySelector('.leaflet-tile-loaded'), 'no tile was drawn');
      expect(picker.shadowRoot!.querySelector('.pin')).to.exist;
      const card = doc.querySelector('.preview-frame quartier-card') as HTMLElement & { state: string };
      await until(() => card?.state === 'loaded', 'the preview card did not load');
      doc.querySelector<HTMLAnchorElement>('.langs a[lang="en"]')!.click();
      expect(frame.contentWindow!.location.search).to.equal('?lang=en');
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.getElementById('guide-heading')!.textContent!.trim()).to.equal('The places');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
      localStorage.removeItem('quartier-editor.draft');
      localStorage.removeItem('quartier-editor.settings');
    }
  });
});
