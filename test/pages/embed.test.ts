// The iframe form: /pages/embed.html?widget=…&src=…, loaded in iframes this
// test page makes (the test server serves the repo and compiles the page's
// TypeScript, as Vite does for `npm start`). This page plays the host: it runs
// the host script (pages/embed-host.ts), so the iframes' heights follow their
// content. Covered: each widget from the sample feeds, the height message and
// the host script (forged messages: embed-host.test.ts), refused feed URLs and
// widgets with their messages in de/en/ar, checked values and tokens, map
// consent (no tile request before the click inside the iframe, counted by the
// local route /test-tiles/<key>/…), axe on the whole embed page in de and ar.
// test/pages/embed-dist.test.ts does the same for the built dist/embed.html.
import { expect } from '@open-wc/testing';
import '../../pages/embed-host.js';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, type HeightMessage } from '../../pages/embed-height.js';
import { parseEmbedParams } from '../../pages/embed-params.js';
import { intersectionReported } from '../support/absence.js';
import { until } from '../support/async.js';
import { plain } from '../support/text.js';
import { tileServer } from '../support/tiles.js';
import {
  OTHER_ORIGIN,
  SALZGITTER,
  SEESEN,
  axeViolations,
  checkOffscreenHeight,
  describeViolations,
  doc,
  embed,
  earlierMessagesArrived,
  frameRendered,
  message,
  refused,
  removeFrames,
  shadowText,
  widget,
} from './embed-helpers.js';

// ---------------------------------------------------------------- host

interface Received extends HeightMessage {
  readonly source: MessageEventSource | null;
}
const received: Received[] = [];
window.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === HEIGHT_MESSAGE) received.push({ ...(event.data as HeightMessage), source: event.source });
});

afterEach(removeFrames);

// ---------------------------------------------------------------- tests

describe('embed.html (the iframe form)', () => {
  describe('parameters', () => {
    it('reads widget, src, attributes, lang, id and tokens', () => {
      const r = parseEmbedParams(
        `widget=Card&src=${encodeURIComponent(`${SEESEN} ${SALZGITTER}`)}&project=lena-seesen&variant=Compact&lang=ar&id=a1&layout=grid&--quartier-color-accent=%23a01c1c`,
        'http:',
      );
      expect(r.tag).to.equal('quartier-card');
      expect(r.attributes).to.deep.equal([
        ['src', `${SEESEN} ${SALZGITTER}`],
        ['project', 'lena-seesen'],
        ['variant', 'compact'],
        ['lang', 'ar'],
      ]);
      expect(r.tokens).to.deep.equal([['--quartier-color-accent', '#a01c1c']]);
      expect([r.lang, r.dir, r.id]).to.deep.equal(['ar', 'rtl', 'a1']);
      expect(r.problems).to.deep.equal([]);
    });

    it('keeps the map asking unless the URL says exactly consent=granted', () => {
      const consent = (query: string): string | undefined =>
        parseEmbedParams(`widget=offer-map&src=https://x.example/f.json${query}`).attributes.find(([n]) => n === 'consent')?.[1];
      expect(consent('')).to.equal('ask');
      expect(consent('&consent=')).to.equal('ask');
      expect(consent('&consent=yes')).to.equal('ask');
      expect(consent('&consent=1')).to.equal('ask');
      for (const value of [
        'GRANTED',
        'Granted',
        '%20granted',
        'granted%20',
        'granted%00',
        'true',
        '0',
        'null',
        'undefined',
        'false',
        'no',
        'granted,granted',
        '%E2%80%8Egranted',
      ]) {
        expect(consent(`&consent=${value}`), value).to.equal('ask');
      }
      expect(consent('&consent=granted')).to.equal('granted');
      // The first value counts, as URLSearchParams reads it.
      expect(consent('&consent=ask&consent=granted')).to.equal('ask');
    });

    it('refuses every src that is not an absolute http(s) URL, and each is named', () => {
      const codes = (src: string): string[] => parseEmbedParams(`widget=card&src=${encodeURIComponent(src)}`, 'http:').problems.map((p) => p.code);
      expect(codes('/data/seesen-lena.json')).to.deep.equal(['src-relative']);
      expect(codes('seesen-lena.json')).to.deep.equal(['src-relative']);
      expect(codes('//example.org/feed.json')).to.deep.equal(['src-relative']);
      expect(codes('javascript:alert(1)')).to.deep.equal(['src-scheme']);
      expect(codes('data:application/json,{}')).to.deep.equal(['src-scheme']);
      expect(codes('blob:https://example.org/1')).to.deep.equal(['src-scheme']);
      expect(codes('ftp://example.org/feed.json')).to.deep.equal(['src-scheme']);
      expect(codes('https://user:pw@example.org/feed.json')).to.deep.equal(['src-credentials']);
      expect(codes('')).to.deep.equal(['src-missing']);
      expect(codes(`${SEESEN} javascript:x`)).to.deep.equal(['src-scheme']);
      expect(codes('https://example.org/a.json http://example.org/b.json')).to.deep.equal([]);
      // An https page cannot load an http feed (mixed content): said before the browser blocks it.
      expect(parseEmbedParams('widget=card&src=http://example.org/a.json', 'https:').problems.map((p) => p.code)).to.deep.equal(['src-insecure']);
    });

    it('names a missing or unknown widget, a bad closed value and a bad token', () => {
      const codes = (query: string): string[] => parseEmbedParams(query, 'http:').problems.map((p) => p.code);
      expect(codes('src=https://x.example/f.json')).to.deep.equal(['widget-missing']);
      expect(codes('widget=kalender&src=https://x.example/f.json')).to.deep.equal(['widget-unknown']);
      expect(codes('widget=__proto__&src=https://x.example/f.json')).to.deep.equal(['widget-unknown']);
      expect(codes('widget=partner-list&src=https://x.example/f.json&layout=table&heading-level=7')).to.deep.equal(['bad-value', 'bad-value']);
      expect(codes('widget=card&src=https://x.example/f.json&--quartier-color-accent=url(https://evil.example/x)')).to.deep.equal(['bad-token']);
      expect(codes('widget=card&src=https://x.example/f.json&--quartier-color-accent=red;background:url(x)')).to.deep.equal(['bad-token']);
      expect(codes('widget=card&src=https://x.example/f.json&--quartier-evil=red')).to.deep.equal(['bad-token']);
      expect(codes('widget=card&src=https://x.example/f.json&--quartier-color-accent=rgb(160 28 28)')).to.deep.equal([]);
    });

    it('names an http tile server on an https page, and keeps it (the map names it); on an http page it is fine', () => {
      const tiles = 'http://tiles.example/{z}/{x}/{y}.png';
      const query = `widget=offer-map&src=https://x.example/f.json&tiles=${encodeURIComponent(tiles)}`;
      const https = parseEmbedParams(query, 'https:');
      expect(https.problems).to.deep.equal([{ code: 'tiles-insecure', fatal: false, value: tiles }]);
      expect(https.attributes).to.deep.include(['tiles', tiles]);
      expect(parseEmbedParams(query, 'http:').problems).to.deep.equal([]);
      expect(parseEmbedParams(query.replace('http%3A', 'https%3A'), 'https:').problems).to.deep.equal([]);
    });

    it('passes only the widget’s own attributes; debug=false is no debug; an invalid lang is German', () => {
      const r = parseEmbedParams('widget=card&src=https://x.example/f.json&layout=grid&tiles=https://t.example/{z}/{x}/{y}.png&debug=false&lang=<b>');
      expect(r.attributes.map(([n]) => n)).to.deep.equal(['src']);
      expect([r.lang, r.dir]).to.deep.equal(['de', 'ltr']);
      expect(parseEmbedParams('widget=card&src=https://x.example/f.json&debug').attributes).to.deep.include(['debug', '']);
    });
  });

  describe('each widget from the sample feeds', () => {
    it('<quartier-card>: widget=card, with lang, dir and title in German', async () => {
      const frame = await embed({ widget: 'card', src: SEESEN, project: 'lena-seesen' });
      const el = await widget(frame, 'quartier-card');
      expect(shadowText(el)).to.contain('Lebendige Nachbarschaft');
      expect(el.getAttribute('src')).to.equal(SEESEN);
      expect(el.getAttribute('project')).to.equal('lena-seesen');
      expect(el.parentElement!.localName).to.equal('main');
      expect([doc(frame).documentElement.lang, doc(frame).documentElement.dir]).to.deep.equal(['de', 'ltr']);
      expect(doc(frame).title).to.equal('Projektkarte – Quartier Widgets');
      expect(message(frame)).to.equal(null);
      // Links open in the page around the iframe.
      expect(doc(frame).querySelector('base')!.target).to.equal('_top');
    });

    it('<quartier-card>: widget=quartier-card, compact, in Arabic (right to left)', async () => {
      const frame = await embed({ widget: 'quartier-card', src: SEESEN, variant: 'compact', lang: 'ar' });
      const el = await widget(frame, 'quartier-card');
      expect(el.getAttribute('variant')).to.equal('compact');
      expect([doc(frame).documentElement.lang, doc(frame).documentElement.dir]).to.deep.equal(['ar', 'rtl']);
      expect(doc(frame).title).to.equal('بطاقة المشروع – Quartier Widgets');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    });

    it('<partner-list>: grid layout, partners of a project', async () => {
      const frame = await embed({ widget: 'partner-list', src: SEESEN, project: 'lena-seesen', layout: 'grid', 'heading-level': '3' });
      const el = await widget(frame, 'partner-list');
      expect(shadowText(el)).to.contain('Stadt Seesen');
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(el.shadowRoot!.querySelector('[role="heading"][aria-level="3"]')).to.exist;
    });

    it('<offer-map>: the list of places, two feeds merged, the map asking first', async () => {
      const frame = await embed({ widget: 'offer-map', src: `${SEESEN} ${SALZGITTER}`, lang: 'en' });
      const el = await widget(frame, 'offer-map');
      expect(shadowText(el)).to.contain('Begegnungsstätte START.Punkt');
      expect(shadowText(el)).to.contain('Beratungs- und Nachbarschaftstreff');
      expect(el.getAttribute('consent')).to.equal('ask');
      expect(el.shadowRoot!.querySelector('[part="consent"]')).to.exist;
    });

    it('a design token from the URL reaches the widget (CSSOM, no style attribute in markup)', async () => {
      const frame = await embed({ widget: 'card', src: SEESEN, '--quartier-color-accent': '#a01c1c' });
      const el = await widget(frame, 'quartier-card');
      expect(el.style.getPropertyValue('--quartier-color-accent')).to.equal('#a01c1c');
    });

    it('feed text and parameter values stay text: a hostile project id is only a value', async () => {
      const frame = await embed({ widget: 'card', src: SEESEN, project: '"><img src=x onerror="top.__embedPwned=1">' });
      const el = await widget(frame, 'quartier-card', 'error');
      expect(shadowText(el)).to.contain('<img src=x');
      expect(doc(frame).querySelectorAll('img').length).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      expect((window as unknown as { __embedPwned?: unknown }).__embedPwned).to.equal(undefined);
    });

    it('a value outside its set is named, and the widget shows without it', async () => {
      const frame = await embed({ widget: 'card', src: SEESEN, variant: 'gross' });
      const el = await widget(frame, 'quartier-card');
      expect(el.hasAttribute('variant')).to.equal(false);
      const text = plain(message(frame)!.textContent);
      expect(text).to.contain('„variant“').and.to.contain('„gross“').and.to.contain('full, compact');
      expect(doc(frame).querySelector('main')!.firstElementChild).to.equal(message(frame));
    });
  });

  describe('height', () => {
    it('reports its content height with its id, and the host script sets the iframe to it', async () => {
      received.length = 0;
      const frame = await embed({ widget: 'card', src: SEESEN, id: 'karte-1' });
      await widget(frame, 'quartier-card');
      const root = doc(frame).documentElement;
      await until(() => frame.style.height === `${Math.ceil(root.getBoundingClientRect().height)}px`, 'the iframe does not fit its content');
      const mine = received.filter((m) => m.source === frame.contentWindow);
      expect(mine.length).to.be.greaterThan(0);
      const last = mine.at(-1)!;
      expect(last.type).to.equal('quartier-embed:height');
      expect(last.id).to.equal('karte-1');
      expect(last.height).to.equal(Math.ceil(root.getBoundingClientRect().height));
      // The loaded card is taller than the first layout: at least two reports, the last one the tallest.
      expect(last.height).to.be.greaterThan(300);
      expect(frame.getBoundingClientRect().height).to.equal(last.height);
      // No inner scroll bar: the iframe shows everything.
      expect(root.scrollHeight).to.be.at.most(frame.clientHeight);
    });

    it('follows the content when it changes (a narrower iframe is taller)', async () => {
      const frame = await embed({ widget: 'card', src: SEESEN, id: 'x' }, { width: 700 });
      await widget(frame, 'quartier-card');
      await until(() => frame.style.height && frame.style.height !== '150px', 'no first height');
      const wide = parseFloat(frame.style.height);
      frame.style.width = '320px';
      await until(() => parseFloat(frame.style.height) > wide, 'the height did not follow the content');
      const root = doc(frame).documentElement;
      await until(() => frame.style.height === `${Math.ceil(root.getBoundingClientRect().height)}px`, 'not settled');
    });

    it('a narrow map (list above map, sized by vh, which in an iframe follows the content) settles', async () => {
      const frame = await embed({ widget: 'offer-map', src: `${SEESEN} ${SALZGITTER}`, id: 'schmal' }, { width: 360 });
      await widget(frame, 'offer-map');
      const reports = (): number => received.filter((m) => m.source === frame.contentWindow).length;
      const root = doc(frame).documentElement;
      const fits = (): boolean => frame.style.height === `${Math.ceil(root.getBoundingClientRect().height)}px`;
      await until(fits, `the height does not settle (${frame.style.height})`, 5000);
      // Settled, not passing through: the frame's next rendering steps (where its ResizeObserver
      // would see a new height) report nothing that arrives before a message posted after them.
      const before = reports();
      await frameRendered(frame, 2);
      await earlierMessagesArrived();
      expect(reports(), 'still reporting new heights').to.equal(before);
      expect(frame.style.height).to.equal(`${Math.ceil(root.getBoundingClientRect().height)}px`);
      expect(parseFloat(frame.style.height)).to.be.within(600, 2000);
    });

    it('an iframe of another origin outside the viewport gets its height, and follows a narrower width, without being scrolled into view', async () => {
      await checkOffscreenHeight('/pages/embed.html');
    });

    it('sends id null without an id, and reports again when the host asks', async () => {
      const frame = await embed({ widget: 'kalender' });
      await until(() => received.some((m) => m.source === frame.contentWindow), 'no height message');
      expect(received.filter((m) => m.source === frame.contentWindow).every((m) => m.id === null)).to.equal(true);
      const before = received.length;
      frame.contentWindow!.postMessage({ type: HEIGHT_REQUEST }, '*');
      await until(() => received.slice(before).some((m) => m.source === frame.contentWindow), 'no answer to the request');
      // The error message alone is short: the host made the iframe as short.
      expect(parseFloat(frame.style.height)).to.be.within(40, 300);
    });

    // Forged, insane and foreign height messages, and border-box iframes: test/pages/embed-host.test.ts.
  });

  describe('refused', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['a relative src', '/data/seesen-lena.json', /„src“ enthält „\/data\/seesen-lena\.json“: Das ist keine vollständige Adresse/],
      ['a src without scheme', 'seesen-lena.json', /„src“ enthält „seesen-lena\.json“: Das ist keine vollständige Adresse/],
      ['a javascript: src', 'javascript:top.__embedPwned=1', /„src“ enthält „javascript:top\.__embedPwned=1“: Adressen mit „javascript:“ sind nicht erlaubt/],
      [
        'a data: src',
        'data:application/json,{"version":"1"}',
        /„src“ enthält „data:application\/json,\{"version":"1"\}“: Adressen mit „data:“ sind nicht erlaubt/,
      ],
    ];
    for (const [what, src, expected] of cases) {
      it(`${what}: a visible message naming the parameter, no widget`, async () => {
        const { frame, text } = await refused({ widget: 'card', src, project: 'lena-seesen' });
        expect(text).to.match(/^Hinweis für die Redaktion:/);
        expect(text).to.match(expected);
        expect(message(frame)!.lang).to.equal('de');
        expect((window as unknown as { __embedPwned?: unknown }).__embedPwned).to.equal(undefined);
        expect(doc(frame).title).to.equal('Projektkarte – Quartier Widgets');
      });
    }

    it('no src at all', async () => {
      const { text } = await refused({ widget: 'partner-list' });
      expect(text).to.contain('Der Parameter „src“ fehlt');
    });

    it('in English and in Arabic', async () => {
      const en = await refused({ widget: 'card', src: '/data/seesen-lena.json', lang: 'en' });
      expect(en.text).to.equal(
        'Note for editors: The “src” parameter contains “/data/seesen-lena.json”: that is not a full address. In an iframe only full http(s) addresses are allowed (https://…).',
      );
      const ar = await refused({ widget: 'card', src: 'javascript:alert(1)', lang: 'ar' });
      expect(ar.text).to.contain('ملاحظة للمحررين').and.to.contain('«src»').and.to.contain('javascript:alert(1)');
      expect(doc(ar.frame).documentElement.dir).to.equal('rtl');
      expect(message(ar.frame)!.lang).to.equal('ar');
      // The URL is a bidi isolate inside the Arabic sentence.
      expect(message(ar.frame)!.textContent).to.contain('\u2068javascript:alert(1)\u2069');
    });

    it('an unknown widget, and a missing one, are named', async () => {
      const unknown = await refused({ widget: 'kalender', src: SEESEN });
      expect(unknown.text).to.contain(
        'Der Parameter „widget“ nennt „kalender“, das ist kein Widget (möglich: card, partner-list, offer-map, agenda, directory).',
      );
      expect(doc(unknown.frame).title).to.equal('Quartier-Widget');
      const missing = await refused({ src: SEESEN });
      expect(missing.text).to.contain('Der Parameter „widget“ fehlt');
    });

    it('several problems at once are listed', async () => {
      const { frame } = await refused({ widget: 'map', src: 'javascript:x' });
      expect([...doc(frame).querySelectorAll('.embed-message li')].map((li) => plain(li.textContent))).to.have.length(2);
    });

    it('a very long value is cut in the message', async () => {
      const { text } = await refused({ widget: 'card', src: `data:application/json,${'x'.repeat(5000)}` });
      expect(text.length).to.be.below(400);
      expect(text).to.contain('…');
    });
  });

  describe('map consent', () => {
    it('asks first: no tile request before the click inside the iframe, tiles after it', async () => {
      const tiles = tileServer();
      const frame = await embed({ widget: 'offer-map', src: SALZGITTER, tiles: tiles.template }, { width: 900 });
      const el = await widget(frame, 'offer-map');
      const button = (): HTMLButtonElement | null => el.shadowRoot!.querySelector('[part="consent"] button');
      await until(button, 'no consent placeholder');
      // Near the viewport now: the map would start loading here if it did not wait for the click.
      await intersectionReported(el);
      expect(el.shadowRoot!.querySelector('.leaflet-host'), 'a map container before consent').to.equal(null);
      expect(await tiles.requests(), 'tiles before consent').to.equal(0);
      expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
      button()!.click();
      await until(async () => (await tiles.requests()) > 0, 'no tile requested after the click', 10000);
      await until(() => el.shadowRoot!.querySelector('.leaflet-container'), 'no map drawn');
    });

    it('consent=granted in the URL loads the map without a click', async () => {
      const tiles = tileServer();
      const frame = await embed({ widget: 'offer-map', src: SALZGITTER, tiles: tiles.template, consent: 'granted' }, { width: 900 });
      const el = await widget(frame, 'offer-map');
      expect(el.getAttribute('consent')).to.equal('granted');
      await until(async () => (await tiles.requests()) > 0, 'no tile requested', 10000);
    });

    it('any other consent value keeps asking, and is named', async () => {
      const tiles = tileServer();
      const frame = await embed({ widget: 'offer-map', src: SALZGITTER, tiles: tiles.template, consent: 'yes' }, { width: 900 });
      const el = await widget(frame, 'offer-map');
      expect(el.getAttribute('consent')).to.equal('ask');
      expect(plain(message(frame)!.textContent))
        .to.contain('„consent“')
        .and.to.contain('„yes“');
      await intersectionReported(el);
      expect(el.shadowRoot!.querySelector('[part="consent"] button'), 'the consent placeholder').not.to.equal(null);
      expect(await tiles.requests()).to.equal(0);
    });
  });

  describe('map images and the page’s policy', () => {
    it('map images from an http server of another origin load (the page’s policy allows them), with no note', async () => {
      const tiles = tileServer(OTHER_ORIGIN);
      expect(tiles.template).to.match(/^http:\/\/127\.0\.0\.1:/);
      const frame = await embed({ widget: 'offer-map', src: SALZGITTER, tiles: tiles.template, consent: 'granted' }, { width: 900 });
      const el = await widget(frame, 'offer-map');
      const loaded = (): number => el.shadowRoot!.querySelectorAll('img.leaflet-tile-loaded').length;
      await until(() => loaded() > 0, 'no map image loaded');
      expect(await tiles.requests()).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part="map"] .note[role="status"]'), 'the map’s note that its images failed').to.equal(null);
      expect(message(frame)).to.equal(null);
    });

    for (const [lang, expected] of [
      ['de', 'Der Browser hat nichts von „data“ geladen: Die Sicherheitsregel (Content Security Policy) dieser Seite erlaubt es nicht (img-src).'],
      ['ar', 'لم يحمّل المتصفح شيئًا من «data»: سياسة الأمان (Content Security Policy) لهذه الصفحة لا تسمح بذلك (img-src).'],
    ] as const) {
      it(`an address the page’s policy blocks is named for the editor, once (${lang})`, async () => {
        const frame = await embed({ widget: 'card', src: SEESEN, lang });
        await widget(frame, 'quartier-card');
        // The page's own listener comes first, so once this one has seen both violations, the note is final.
        let violations = 0;
        doc(frame).addEventListener('securitypolicyviolation', () => violations++);
        // A real violation of the page's own policy, twice: it allows no data: images.
        for (let i = 0; i < 2; i++) {
          const img = doc(frame).createElement('img');
          img.alt = '';
          img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
          doc(frame).body.append(img);
        }
        await until(() => violations === 2, 'the policy did not block both images');
        expect(doc(frame).querySelectorAll('.embed-message').length, 'one message for the same blocked address').to.equal(1);
        expect(message(frame)!.lang).to.equal(lang);
        expect(plain(message(frame)!.textContent)).to.contain(expected);
      });
    }
  });

  describe('accessibility (axe on the whole embed page)', () => {
    const pages: Array<[string, Record<string, string>, string]> = [
      ['card, German', { widget: 'card', src: SEESEN }, 'quartier-card'],
      ['card, Arabic', { widget: 'card', src: SEESEN, lang: 'ar' }, 'quartier-card'],
      ['partner list, Arabic', { widget: 'partner-list', src: SEESEN, project: 'lena-seesen', lang: 'ar' }, 'partner-list'],
      ['offer map asking for consent, German', { widget: 'offer-map', src: SALZGITTER }, 'offer-map'],
      ['offer map asking for consent, Arabic', { widget: 'offer-map', src: SALZGITTER, lang: 'ar' }, 'offer-map'],
      ['refusal, German', { widget: 'card', src: '/x.json' }, ''],
      ['refusal, Arabic', { widget: 'kalender', src: 'javascript:x', lang: 'ar' }, ''],
    ];
    for (const [what, params, tag] of pages) {
      it(what, async () => {
        const frame = await embed(params, { width: 900 });
        if (tag) await widget(frame, tag);
        else await until(() => message(frame), 'no message');
        // The iframe's heading levels continue the host page's outline (default 2): its h1 is the host's.
        const violations = await axeViolations(frame, ['page-has-heading-one']);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    }
  });
});
