// The shared behaviour of every element (states, events, language, debug),
// through a minimal subclass so the tests do not depend on one element's view.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { QuartierElement, type ElementView } from '../../src/elements/base/quartier-element.js';
import { UsageError } from '../../src/elements/base/widget-error.js';
import { resolveProject } from '../../src/feed/query.js';
import { clearFeedCache, type LoadResult } from '../../src/feed/load-feeds.js';
import type { Project } from '../../src/feed/types.js';
import { define } from '../../src/elements/base/define.js';
import { unisolated } from '../support/text.js';

const testView: ElementView<TestWidget, Project> = {
  toView(host: TestWidget, result: LoadResult) {
    const p = resolveProject(result.feed, host.project || undefined);
    return p ? { view: p } : { error: new UsageError('unknown-project', host.project) };
  },
  render(_host: TestWidget, view: Project): TemplateResult {
    return litHtml`<p class="name">${view.name['de']}</p>`;
  },
};

class TestWidget extends QuartierElement<Project> {
  static override styles = [];
  project = '';
  protected loadView(): Promise<ElementView<this, Project>> {
    return Promise.resolve(testView);
  }
}
define('test-widget', TestWidget);

/** Its view module fails to load once (a throw the element does not expect), then loads. */
class FlakyWidget extends TestWidget {
  failures = 1;
  protected override loadView(): Promise<ElementView<this, Project>> {
    if (this.failures-- > 0) return Promise.reject(new TypeError('view chunk: unexpected'));
    return super.loadView();
  }
}
define('flaky-widget', FlakyWidget);

const minimal = { version: '1', projects: [{ id: 'p', name: 'Projekt <b>fett</b>' }] };

describe('QuartierElement (shared behaviour)', () => {
  beforeEach(() => clearFeedCache());

  it('renders a feed given as a property and fires quartier-load', async () => {
    const el = document.createElement('test-widget') as TestWidget;
    el.feed = minimal;
    const loaded = oneEvent(el, 'quartier-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.feed.projects).to.have.length(1);
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector('.name')!;
    expect(name.textContent).to.equal('Projekt <b>fett</b>');
    expect(name.querySelector('b')).to.equal(null);
    expect(el.getAttribute('aria-busy')).to.equal('false');
    el.remove();
  });

  it('shows a visible alert naming the URL on HTTP 404, and fires quartier-error', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/data/does-not-exist.json"></test-widget>`);
    const { detail } = await oneEvent(el, 'quartier-error');
    expect(detail.src).to.equal('/data/does-not-exist.json');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('HTTP 404');
    expect(alert.textContent).to.contain(new URL('/data/does-not-exist.json', location.href).href);
    await expect(el).to.be.accessible();
  });

  it('is busy while loading', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/data/seesen-lena.json"></test-widget>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    await el.loaded;
    expect(el.getAttribute('aria-busy')).to.equal('false');
  });

  it('says when no src is given', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await waitUntil(() => el.state === 'error');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('src');
  });

  it('follows the nearest ancestor lang, also when it changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-widget src="/data/nope-1.json"></test-widget></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await waitUntil(() => el.state === 'error' && el.shadowRoot!.querySelector('[part="error"]')!.textContent!.includes('was not found'));
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.includes('nicht gefunden'));
  });

  it('lists the feed warnings in debug mode', async () => {
    const el = document.createElement('test-widget') as TestWidget;
    el.debug = true;
    el.feed = { ...minimal, offers: [{ id: 'o', name: 'Angebot', url: 'javascript:alert(1)' }] };
    document.body.append(el);
    await el.loaded;
    // The editor texts are a chunk of their own, fetched when debug is on.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="debug"]'));
    const debug = el.shadowRoot!.querySelector('[part="debug"]')!;
    expect(unisolated(debug.textContent)).to.contain('„o“');
    expect(debug.textContent).to.contain('url');
    expect(debug.querySelector('summary')!.textContent).to.match(/: 0 Hinweise, 1 Fehler$/);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('offline, fails at once; back online, loads again', async () => {
    const realFetch = window.fetch;
    let requests = 0;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.fetch = () => {
      requests++;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    try {
      const el = await fixture<TestWidget>(html`<test-widget src="/data/seesen-lena.json?offline"></test-widget>`);
      await waitUntil(() => el.state === 'error', 'the network error shows without retries', { timeout: 3000 });
      // One attempt, and one for a copy in the browser's cache (this fake has none).
      expect(requests).to.equal(2);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('keine Verbindung');
      delete (navigator as { onLine?: boolean }).onLine;
      window.fetch = realFetch;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.state === 'loaded', 'loads once the network is back', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('.name')!.textContent).to.contain('Lebendige Nachbarschaft');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      window.fetch = realFetch;
    }
  });

  it('offline, shows the copy the browser kept with its date, for residents; back online, fetches anew', async () => {
    const realFetch = window.fetch;
    const modes: string[] = [];
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      modes.push(init?.cache ?? 'default');
      if (init?.cache !== 'force-cache') return Promise.reject(new TypeError('Failed to fetch'));
      return realFetch(input, { ...init, cache: 'no-store' }).then(async (response) => {
        const headers = new Headers(response.headers);
        headers.set('date', 'Sun, 22 Nov 2026 06:30:00 GMT');
        return new Response(await response.text(), { status: 200, headers });
      });
    };
    try {
      const el = await fixture<TestWidget>(html`<test-widget lang="de" src="/data/seesen-lena.json?stored"></test-widget>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="offline"]'), 'the note shows', { timeout: 3000 });
      expect(el.state).to.equal('loaded');
      expect(modes).to.deep.equal(['default', 'force-cache']);
      const note = el.shadowRoot!.querySelector('[part="offline"]')!;
      expect(note.getAttribute('role')).to.equal('status');
      expect(note.textContent).to.contain('Gerade keine Verbindung').and.to.contain('22. November 2026');
      expect(el.shadowRoot!.querySelector('.name')!.textContent).to.contain('Lebendige Nachbarschaft');
      await expect(el).to.be.accessible();
      delete (navigator as { onLine?: boolean }).onLine;
      window.fetch = realFetch;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.state === 'loaded' && !el.shadowRoot!.querySelector('[part="offline"]'), 'fresh data replaces the copy', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('.name')!.textContent).to.contain('Lebendige Nachbarschaft');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      window.fetch = realFetch;
    }
  });

  it('when src changes twice quickly, the last one wins', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/data/seesen-lena.json?first"></test-widget>`);
    el.src = '/data/seesen-lena.json?second';
    await el.updateComplete;
    el.src = '/data/salzgitter-obere-berliner-strasse.json?third';
    await waitUntil(() => el.state === 'loaded' && el.src.endsWith('third'), 'the last src loads');
    await el.loaded;
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.contain('Obere Berliner Straße');
  });

  // Chunks that fail to load with the built bundle (the view, the extras): test/node/chunk-failures.test.js.
  describe('faults of the widget itself', () => {
    it('a throw it does not expect while loading is an "internal" error, not a network one; back online it loads', async () => {
      const el = document.createElement('flaky-widget') as FlakyWidget;
      el.feed = minimal;
      const failed = oneEvent(el, 'quartier-error');
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.error).to.be.instanceOf(UsageError);
        expect((detail.error as UsageError).code).to.equal('internal');
        expect((detail.error.cause as Error).message).to.equal('view chunk: unexpected');
        expect(detail.error.message).to.equal('The widget failed: TypeError: view chunk: unexpected');
        await waitUntil(() => el.state === 'error', 'the error shows');
        const alert = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.contain('Programmfehler').and.not.contain('keine Verbindung');
        await expect(el).to.be.accessible();
        // Still usable: it loads again (a chunk that could not load offline arrives now).
        window.dispatchEvent(new Event('online'));
        await waitUntil(() => el.state === 'loaded', 'loads again');
        expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Projekt <b>fett</b>');
      } finally {
        el.remove();
      }
    });
  });
});
