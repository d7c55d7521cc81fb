// Privacy and transport (issue 15, finding 8): URLs with a user name or
// password are refused as links, images and feed addresses; every image a
// feed names is requested without the page's referrer; retries wait 30 s in
// all; a redirect the browser will not follow is reported as such at once,
// not retried as "no connection"; a charset other than UTF-8 is named in the
// warnings. Fetches are faked (an injected `fetch`, an injected `sleep`); the
// real browser's redirects are in test/node/hostile-pages.test.js.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/quartier-card/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import { webHref } from '../../src/elements/shared/links.js';
import { FeedError } from '../../src/feed/errors.js';
import { loadFeed, loadFeeds } from '../../src/feed/load-feeds.js';
import { parseSrc } from '../../src/feed/feed-request.js';
import { validateFeed } from '../../src/feed/validate.js';
import { describeFeedError } from '../../src/i18n/feed-messages.js';
import { deErrors } from '../../src/i18n/de/errors.js';
import { translator } from '../../src/i18n/translate.js';
import { feedError } from '../support/async.js';

const CREDENTIALS = ['https://www.stadt.de@evil.example/', 'https://user:pass@example.org/x', 'http://:secret@example.org/'];

let counter = 0;
const uniqueUrl = (): string => `https://transport.example/${Date.now()}-${++counter}/feed.json`;
const body = JSON.stringify({ version: '1', projects: [{ id: 'p', name: 'Projekt' }] });

/** A fake fetch answering each call in turn (the last answer from then on), noting each call's `redirect` mode. */
function scripted(...answers: Array<() => Response | Promise<Response> | object>): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const fn = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push(String(init?.redirect));
    try {
      return Promise.resolve(answers[Math.min(calls.length, answers.length) - 1]!() as Response);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return { fetch: fn as typeof fetch, calls };
}

function recorder(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()) };
}

describe('privacy and transport', () => {
  it('refuses URLs with a user name or password as links, images, logos and web sites, with a warning of their own', () => {
    const { feed, warnings } = validateFeed({
      version: '1',
      projects: [{ id: 'p', name: 'P', links: CREDENTIALS.map((url) => ({ url })), images: [{ url: CREDENTIALS[0] }] }],
      organizations: [{ id: 'o', name: 'O', url: CREDENTIALS[1], logo: { url: CREDENTIALS[2] } }],
    });
    expect(feed.projects[0]!.links).to.deep.equal([]);
    expect(feed.projects[0]!.images).to.deep.equal([]);
    expect(feed.organizations[0]!.url).to.equal(undefined);
    expect(feed.organizations[0]!.logo).to.equal(undefined);
    expect(warnings.filter((w) => w.code === 'url-with-credentials').map((w) => w.field)).to.deep.equal([
      'links[0].url',
      'links[1].url',
      'links[2].url',
      'images[0].url',
      'url',
      'logo.url',
    ]);
    for (const url of CREDENTIALS) {
      expect(webHref(url), url).to.equal(undefined);
      expect(() => parseSrc(url, location.href), url).to.throw(FeedError);
    }
  });

  it('sends no referrer for the card’s images (as for the partner list’s logos)', async () => {
    const card = await fixture<QuartierCard>(
      html`<quartier-card .feed=${{ version: '1', projects: [{ id: 'p', name: 'P', images: [{ url: 'https://bilder.example/treff.jpg', alt: 'Treff' }] }] }}></quartier-card>`,
    );
    await card.loaded;
    const img = card.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    await expect(card).to.be.accessible();
  });

  it('waits 30 s in all: Retry-After: 30 is honoured once, then the error is reported', async () => {
    const busy = () => new Response('', { status: 503, headers: { 'Retry-After': '30' } });
    const { fetch, calls } = scripted(busy, busy, busy, () => new Response(body));
    const { sleep, waits } = recorder();
    const error = await feedError(loadFeed(uniqueUrl(), { fetch, sleep }), 'http');
    expect(error.details.status).to.equal(503);
    expect(waits).to.deep.equal([30_000]);
    expect(calls).to.have.length(2);
  });

  it('the backoff counts towards the 30 s: a Retry-After of 29 s after it waited 1 s ends the attempts', async () => {
    const { fetch, calls } = scripted(
      () => new Response('', { status: 503 }),
      () => new Response('', { status: 503, headers: { 'Retry-After': '29' } }),
      () => new Response('', { status: 503, headers: { 'Retry-After': '29' } }),
      () => new Response(body),
    );
    const { sleep, waits } = recorder();
    await feedError(loadFeed(uniqueUrl(), { fetch, sleep, retryDelay: () => 1_000 }), 'http');
    expect(waits).to.deep.equal([1_000, 29_000]);
    expect(calls).to.have.length(3);
  });

  it('a redirect the browser will not follow is a redirect error at once: one request more, no retry', async () => {
    const { fetch, calls } = scripted(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => ({ type: 'opaqueredirect', status: 0, ok: false, body: null, headers: new Headers() }),
      () => new Response(body),
    );
    const { sleep, waits } = recorder();
    const error = await feedError(loadFeed(uniqueUrl(), { fetch, sleep }), 'redirect');
    expect(calls).to.deep.equal(['follow', 'manual']);
    expect(waits).to.deep.equal([]);
    const t = translator(deErrors, 'de');
    expect(describeFeedError(error, t)).to.contain('leitet auf eine Adresse weiter, der der Browser nicht folgt');
  });

  it('a network error without a redirect stays a network error and is retried', async () => {
    const { fetch, calls } = scripted(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response(body),
    );
    const { sleep, waits } = recorder();
    await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay: () => 5 });
    expect(calls).to.deep.equal(['follow', 'manual', 'follow']);
    expect(waits).to.deep.equal([5]);
  });

  it('names a charset other than UTF-8 in the warnings, and reads the feed as UTF-8', async () => {
    const latin = () =>
      new Response(JSON.stringify({ version: '1', projects: [{ id: 'p', name: 'Bürgertreff' }] }), {
        headers: { 'Content-Type': 'application/json; charset=ISO-8859-1' },
      });
    const { fetch } = scripted(latin);
    const result = await loadFeeds([uniqueUrl()], { fetch });
    expect(result.feed.projects[0]!.name).to.deep.equal({ de: 'Bürgertreff' });
    expect(result.warnings.map((w) => [w.code, w.list, w.detail?.value])).to.deep.equal([['not-utf-8', 'feed', 'ISO-8859-1']]);
    const utf8 = scripted(() => new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } }));
    expect((await loadFeeds([uniqueUrl()], { fetch: utf8.fetch })).warnings).to.deep.equal([]);
  });
});
