// A bidi control in a feed value (U+202E RIGHT-TO-LEFT OVERRIDE in a name, a
// key, a URL, an id) cannot reverse the kit's own sentences for editors: in
// debug, on the checker page (the same describers) and in the configurator,
// every feed value in a message is a first-strong isolate with its bidi
// controls written out as \u202E. The feed: test/fixtures/hostile/bidi-values.json.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quartier-card/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import { findFieldHints } from '../../src/authoring/field-hints.js';
import { FeedError } from '../../src/feed/errors.js';
import { validateFeed } from '../../src/feed/validate.js';
import { describeFeedError, describeWarning } from '../../src/i18n/feed-messages.js';
import { describeHint } from '../../src/i18n/authoring-messages.js';
import { deAuthoring } from '../../src/i18n/de/authoring.js';
import { deEditor } from '../../src/i18n/de/editor.js';
import { arEditor } from '../../src/i18n/ar/editor.js';
import { germanSource } from '../../src/i18n/german-source.js';
import { format } from '../../src/i18n/format.js';
import { translator, type Translate } from '../../src/i18n/translate.js';

const FIXTURE = '/test/fixtures/hostile/bidi-values.json';
const OVERRIDES = /[\u202a-\u202e]/;

/** Isolates and embeddings open and close in order, and every one is closed. */
function balanced(text: string): boolean {
  let open = 0;
  for (const c of text) {
    if (c === '\u2066' || c === '\u2067' || c === '\u2068') open++;
    else if (c === '\u2069' && --open < 0) return false;
  }
  return open === 0;
}

function expectSafe(message: string): void {
  expect(OVERRIDES.test(message), `a raw bidi override in: ${JSON.stringify(message)}`).to.equal(false);
  expect(balanced(message), `unbalanced isolates in: ${JSON.stringify(message)}`).to.equal(true);
}

const translators: Array<[string, Translate]> = [
  ['de', translator(germanSource, 'de', { editor: deEditor })],
  ['ar', translator(germanSource, 'ar', { editor: arEditor })],
];

let raw: unknown;

describe('feed values in editor messages are isolated', () => {
  before(async () => {
    raw = await (await fetch(FIXTURE)).json();
  });

  for (const [lang, t] of translators) {
    it(`${lang}: every warning names the feed value as an isolate with \\u202E written out`, () => {
      const { warnings } = validateFeed(raw);
      expect(warnings.length).to.be.greaterThan(2);
      const messages = warnings.map((w) => describeWarning(w, t));
      for (const m of messages) expectSafe(m);
      const all = messages.join('\n');
      expect(all).to.contain('\u2068name.de-x\\u202Ey\u2069');
      expect(all).to.contain('\\u202Ehttps://example.org/');
    });

    it(`${lang}: a hint names the unknown key as an isolate`, () => {
      const a = (key: keyof typeof deAuthoring, params?: Record<string, string | number>): string => format(deAuthoring[key], params, lang);
      const messages = findFieldHints(raw).map((h) => describeHint(h, t, a));
      expect(messages.length).to.be.greaterThan(0);
      for (const m of messages) expectSafe(m);
      expect(messages.join('\n')).to.contain('\u2068telefon\\u202Enummer\u2069');
    });

    it(`${lang}: a feed error names a value from the page as an isolate`, () => {
      const message = describeFeedError(new FeedError('invalid-url', { value: 'feed\u202e.json' }), t);
      expectSafe(message);
      expect(message).to.contain('feed\\u202E.json');
    });
  }

  for (const lang of ['de', 'ar']) {
    it(`debug in a card (${lang}): no raw override, balanced isolates`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><quartier-card debug .feed=${raw}></quartier-card></div>`);
      const el = wrapper.querySelector<QuartierCard>('quartier-card')!;
      await el.loaded;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="debug"] li'), 'no debug list');
      const items = [...el.shadowRoot!.querySelectorAll('[part="debug"] li')].map((li) => li.textContent ?? '');
      for (const item of items) expectSafe(item);
      await expect(el).to.be.accessible();
    });
  }
});
