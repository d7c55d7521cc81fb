// Page-wide map consent fails closed: `setMapConsent(true)` is the only grant.
// Every other value a consent manager might pass (its stored state, a string
// from a cookie, nothing at all) revokes, asks no tile server, and a value
// that is not a boolean is named in one console warning.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/offer-map/define.js';
import type { OfferMap } from '../../src/elements/offer-map/offer-map.js';
import { hasMapConsent, setMapConsent } from '../../src/elements/shared/map-consent.js';

const NOT_GRANTS: ReadonlyArray<readonly [string, unknown]> = [
  ['0', 0],
  ['null', null],
  ['undefined', undefined],
  ["'false'", 'false'],
  ["'no'", 'no'],
  ["'true'", 'true'],
  ['1', 1],
  ["'granted'", 'granted'],
  ['{granted: true}', { granted: true }],
];

/** Console warnings while `run` runs, each as its arguments. */
function warningsDuring(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]): void => void warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const grant = setMapConsent as (value: unknown) => void;

describe('setMapConsent fails closed', () => {
  afterEach(() => setMapConsent(false));

  it('true grants and false revokes, without a warning', () => {
    expect(warningsDuring(() => setMapConsent(true))).to.deep.equal([]);
    expect(hasMapConsent()).to.equal(true);
    expect(warningsDuring(() => setMapConsent(false))).to.deep.equal([]);
    expect(hasMapConsent()).to.equal(false);
  });

  for (const [label, value] of NOT_GRANTS) {
    it(`${label} is no grant (and revokes one given before), with one warning naming the value`, () => {
      expect(warningsDuring(() => grant(value))).to.have.length(1);
      expect(hasMapConsent(), `${label} granted consent`).to.equal(false);
      setMapConsent(true);
      const warnings = warningsDuring(() => grant(value));
      expect(hasMapConsent(), `${label} left the consent given before`).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('setMapConsent');
      expect(warnings[0]!.at(-1)).to.equal(value);
    });
  }

  it('a map stays a placeholder and asks no tile server after each of these values', async () => {
    const el = await fixture<OfferMap>(html`<offer-map src="/data/seesen-lena.json" tiles="/test-tiles/consent-values/{z}/{x}/{y}.png"></offer-map>`);
    await el.loaded;
    for (const [label, value] of NOT_GRANTS) {
      warningsDuring(() => grant(value));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="consent"]'), `${label}: the placeholder is gone`).to.not.equal(null);
    }
    const asked = performance.getEntriesByType('resource').filter((e) => e.name.includes('/test-tiles/consent-values/') || e.name.includes('create-map'));
    expect(asked.map((e) => e.name)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
