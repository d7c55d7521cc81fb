// The printed notice (Aushang) as the printer gets it: the built bundle
// (dist/, so run `npm run build` first) on a host page in headless Chromium,
// the project's notice printed to PDF (A4) and its page rendered with
// pdftoppm (poppler-utils), in German and Arabic. Writes
// docs/images/notice-<lang>.png and prints the pages' text.
//
//   node scripts/notice-screenshots.js
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from '../test/node/lib/host-page.js';
import { pagePng, pdfText, printNoticePdf } from '../test/node/lib/print-notice.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const host = await startHost();
try {
  for (const lang of ['de', 'ar']) {
    const pdf = await printNoticePdf(host, lang);
    const png = pagePng(pdf, path.join(root, `docs/images/notice-${lang}.png`), 60);
    console.log(`${path.relative(root, png)}\n${pdfText(pdf)}`);
  }
} finally {
  await host.close();
}
