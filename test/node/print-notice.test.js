// The printed notice (Aushang) as a PDF page: the built bundle on a host
// page in headless Chromium, the project's "Aushang drucken" pressed and the
// page printed to PDF (A4). It must be one page holding the notice's texts
// and none of the host page's, in German and Arabic, and its QR code must
// decode (jsQR, a decoder independent of the encoder) to the card's
// print-url. Needs `npm run build` and poppler-utils (pdfinfo, pdftotext,
// pdftoppm).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { startHost } from './lib/host-page.js';
import { NOTICE_URL, pageCount, pageRgba, pdfText, printNoticePdf } from './lib/print-notice.js';

let host;
before(async () => {
  host = await startHost();
});
after(() => host?.close());

/** Text compared without line breaks and runs of spaces. */
const flat = (text) => text.replace(/\s+/g, ' ');

describe('printed notice (PDF)', () => {
  for (const [lang, words] of [
    [
      'de',
      [
        'Nachbarschaft Lindenhof (erfunden)',
        'Quartierstreff Lindenhof (erfunden)',
        'Sprachcafé (erfunden)',
        'Lindenweg 1, 00000 Musterstadt',
        'Rollstuhlgerecht',
        'Mehr im Netz:',
      ],
    ],
    ['ar', ['Nachbarschaft Lindenhof (erfunden)', 'Sprachcafé (erfunden)', 'Lindenweg 1, 00000 Musterstadt', 'مناسب للكراسي المتحركة']],
  ]) {
    it(`${lang}: one A4 page with the notice's texts, not the host page's, and a QR code of print-url`, async () => {
      const pdf = await printNoticePdf(host, lang);
      assert.equal(pageCount(pdf), 1);
      const text = flat(pdfText(pdf));
      for (const word of words) assert.ok(text.includes(word), `"${word}" is not on the page:\n${text}`);
      assert.ok(!text.includes('Nähkurs'), 'the ended course is on the notice');
      assert.ok(!text.includes('Eine Seite der Stadt'), "the host page's text is printed");
      assert.ok(text.replace(/\s+/g, '').includes(NOTICE_URL), 'the address of the QR code is not written beside it');
      const { data, width, height } = pageRgba(pdf);
      assert.equal(jsQR(data, width, height)?.data, NOTICE_URL);
    });
  }
});
