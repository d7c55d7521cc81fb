// The script-tag bundle as a webmaster gets it: dist/quartier-widgets.js, built
// by `npm run build` before the browser tests run. Catches build-only faults
// (untranspiled decorators, missing chunks) that source tests cannot see.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

const BUNDLE = '/dist/quartier-widgets.js';

describe('the built script-tag bundle', () => {
  const globalsBefore = new Set(Object.keys(window));
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;

  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      originalWarn.apply(console, args);
    };
    await import(/* @vite-ignore */ BUNDLE);
  });

  after(() => {
    console.warn = originalWarn;
  });

  it('registers every element', () => {
    expect(customElements.get('quartier-card')).to.be.a('function');
    expect(customElements.get('partner-list')).to.be.a('function');
    expect(customElements.get('offer-map')).to.be.a('function');
  });

  it('renders a card from a sample feed', async () => {
    const el = await fixture<HTMLElement>(html`<quartier-card src="/data/seesen-lena.json" project="lena-seesen"></quartier-card>`);
    await oneEvent(el, 'quartier-load');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Lebendige Nachbarschaft');
  });

  it('draws a map from its lazily loaded chunk (Leaflet), with markers as buttons', async () => {
    const el = await fixture<HTMLElement>(
      html`<offer-map src="/data/salzgitter-obere-berliner-strasse.json" consent="granted" tiles="/test-tiles/bundle/{z}/{x}/{y}.png"></offer-map>`,
    );
    await oneEvent(el, 'quartier-load');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.places button.marker').length === 3, 'three markers', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.leaflet-host.leaflet-container')).to.exist;
  });

  it('leaves window.L and the page globals alone', () => {
    expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
    const added = Object.keys(window).filter((k) => !globalsBefore.has(k) && !k.startsWith('__'));
    expect(added.filter((k) => !['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litIssuedWarnings'].includes(k))).to.deep.equal([]);
  });

  it('sets no cookie and uses no storage', () => {
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });

  it('loaded a second time, warns once (naming every element) and throws nothing', async () => {
    warnings.length = 0;
    await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    await Promise.resolve();
    const ours = warnings.filter((w) => String(w[0]).includes('[quartier-widgets]'));
    expect(ours).to.have.length(1);
    expect(String(ours[0]![0])).to.match(
      /^\[quartier-widgets\] <quartier-card> \(version ([\d.]+)\), <partner-list> \(version \1\), <offer-map> \(version \1\), <quartier-agenda> \(version \1\), <quartier-directory> \(version \1\) already registered; this copy \(version \1\) is not registered again\.$/,
    );
  });
});
