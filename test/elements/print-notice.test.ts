// The printed notice (Aushang) of a project or a place, opened from
// <quartier-card>: only it is printed (the page's print rules), it says the
// name, the current offers with their times in words, address,
// accessibility and contact in the reader's language, its QR code is the
// encoder's matrix of print-url (or of this page, with a link to the
// place), it goes after printing, and it is accessible in German and
// Arabic. The PDF itself is checked in test/node/print-notice.test.js.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { encodeQR } from 'qr';
import '../../src/elements/quartier-card/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import { NOTICE_CLASS } from '../../src/elements/shared/print-notice.js';
import { settled } from '../support/elements.js';
import { residentFeed } from '../support/resident-feed.js';
import { plain } from '../support/text.js';

const PRINT_URL = 'https://quartier.example/lindenhof';

async function cardFor(lang: string, attrs: Record<string, string> = {}): Promise<QuartierCard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('quartier-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = residentFeed();
  wrapper.append(el);
  return settled(el);
}

const printButtons = (el: QuartierCard): HTMLButtonElement[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].filter((b) =>
    /^(Aushang drucken|طباعة إعلان):/.test(b.getAttribute('aria-label')!),
  );

/** Presses a print button with the print dialog replaced; returns the notice waiting to be printed. */
async function print(button: HTMLButtonElement): Promise<HTMLElement> {
  const original = window.print;
  let printed = 0;
  window.print = () => void printed++;
  try {
    button.click();
    await waitUntil(() => printed === 1, 'the print dialog was not opened');
  } finally {
    window.print = original;
  }
  const notice = document.querySelector<HTMLElement>(`body > .${NOTICE_CLASS}`)!;
  expect(notice).to.not.equal(null);
  return notice;
}

/** The dark modules of the notice's QR code, read back from its SVG path (quiet zone included). */
function drawnMatrix(notice: HTMLElement): boolean[][] {
  const svg = notice.shadowRoot!.querySelector('svg')!;
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y] of svg
    .querySelector('path')!
    .getAttribute('d')!
    .matchAll(/M(\d+) (\d+)h1v1h-1z/g))
    matrix[Number(y)]![Number(x)] = true;
  return matrix;
}

afterEach(() => {
  window.dispatchEvent(new Event('afterprint'));
  history.replaceState(null, '', location.pathname + location.search);
});

describe('printed notice (Aushang)', () => {
  it("the project's notice: name, current offers in words, address, accessibility, contacts, QR code of print-url", async () => {
    const el = await cardFor('de', { 'print-url': PRINT_URL });
    const project = printButtons(el).find((b) => b.getAttribute('aria-label') === 'Aushang drucken: Nachbarschaft Lindenhof (erfunden)')!;
    expect(plain(project.textContent)).to.equal('Aushang drucken');
    const notice = await print(project);
    const text = plain(notice.shadowRoot!.textContent);
    expect(notice.shadowRoot!.querySelector('h1')!.textContent).to.equal('Nachbarschaft Lindenhof (erfunden)');
    expect([...notice.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Quartierstreff Lindenhof (erfunden)',
      'Grundschule am Park (erfunden)',
    ]);
    expect(text).to.contain('Sprachcafé (erfunden)').and.to.contain('10–12 Uhr').and.to.contain('Nächster Termin:');
    expect(text).to.contain('Lindenweg 1, 00000 Musterstadt').and.to.contain('Rollstuhlgerecht – Eingang über den Hof');
    expect(text).to.contain('Kontakt: Erika Beispiel · +49 5381 000001 · sprachcafe@quartier.example');
    expect(text).to.contain('Ansprechpersonen').and.to.contain('treff@quartier.example');
    // The ended course is not on it.
    expect(text).not.to.contain('Nähkurs');
    expect(text).to.contain(`Mehr im Netz:${PRINT_URL}`);
    expect(drawnMatrix(notice)).to.deep.equal(encodeQR(PRINT_URL, 'raw', { ecc: 'medium', border: 4 }));
    // On screen the notice is hidden; in print everything else is.
    expect(getComputedStyle(notice).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector(`.${NOTICE_CLASS}`)).to.equal(null);
  });

  it("a place's notice: the place with its project above it, QR code of this page with a link to the place", async () => {
    const el = await cardFor('de');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-detail="place:treff"]')!.click();
    await el.updateComplete;
    const button = printButtons(el).find((b) => b.getAttribute('aria-label') === 'Aushang drucken: Quartierstreff Lindenhof (erfunden)')!;
    const notice = await print(button);
    const root = notice.shadowRoot!;
    expect(root.querySelector('.kicker')!.textContent).to.equal('Nachbarschaft Lindenhof (erfunden)');
    expect(root.querySelector('h1')!.textContent).to.equal('Quartierstreff Lindenhof (erfunden)');
    expect(plain(root.textContent)).to.contain('Sozialberatung (erfunden)').and.not.to.contain('Hausaufgabenhilfe');
    const url = new URL(location.href);
    url.hash = '#quartier-place=treff';
    expect(root.querySelector('.url')!.textContent).to.equal(url.href);
    expect(drawnMatrix(notice)).to.deep.equal(encodeQR(url.href, 'raw', { ecc: 'medium', border: 4 }));
  });

  for (const lang of ['de', 'ar']) {
    it(`in ${lang}: the reader's language and direction, accessible`, async () => {
      const el = await cardFor(lang, { 'print-url': PRINT_URL });
      const notice = await print(printButtons(el).at(-1)!);
      const article = notice.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('lang')).to.equal(lang);
      expect(article.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(plain(article.textContent)).to.contain(lang === 'ar' ? 'المزيد على الإنترنت:' : 'Mehr im Netz:');
      await expect(el).to.be.accessible();
      // Checked as printed: shown, the rest of the page hidden.
      notice.style.setProperty('display', 'block', 'important');
      await expect(notice).to.be.accessible();
    });
  }
});
