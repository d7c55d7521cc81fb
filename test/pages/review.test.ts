// The review page (pages/review.html): every language loads with every key
// beside its German source and the schedules of every rule kind in words; axe
// in German, Arabic and Ukrainian; a correction and an "ok" go into the
// exported XLIFF and JSON, which the importer's reader gives back as the
// corrected table; the download buttons offer exactly those files.
import { expect, waitUntil } from '@open-wc/testing';
import { mountReview, reviewLanguage, type ReviewPage } from '../../pages/review-app.js';
import { readXliff } from '../../scripts/lib/xliff.js';
import { germanSource } from '../../src/i18n/german-source.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { loadTable } from '../../src/i18n/table-loaders.js';
import { settled, type Settling } from '../support/elements.js';

const KEYS = Object.keys(germanSource);
const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

async function open(tag: string): Promise<{ root: HTMLElement; page: ReviewPage }> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  const page = await mountReview(root, reviewLanguage(tag));
  return { root, page };
}

describe('review page', () => {
  it('shows every key of every language next to its German source, and the schedules in words', async function () {
    this.timeout(180_000);
    for (const { tag } of LANGUAGES) {
      const { root } = await open(tag);
      const entries = root.querySelectorAll('.entry');
      expect(entries.length, tag).to.equal(KEYS.length);
      expect(root.querySelector('#k-schedule_nth_-1_FR dd:last-of-type')!.textContent!.trim(), tag).not.to.equal('');
      const sentences = [...root.querySelectorAll('.sentences tbody tr td:last-child')].map((td) => td.textContent ?? '');
      expect(sentences.length, tag).to.be.greaterThan(40);
      expect(
        sentences.filter((s) => !s.trim() || /[{}]/.test(s)),
        tag,
      ).to.deep.equal([]);
      expect(root.querySelector('.context')!.getAttribute('lang')).to.equal(tag);
      root.remove();
    }
  });

  it('names the doubts of a string beside it', async () => {
    const { root } = await open('uk');
    expect(root.querySelector('#k-role_funder .doubts')?.textContent).to.contain('Фінансувальник');
    expect(root.querySelector('#k-map_zoom-in .doubts')).to.equal(null);
  });

  for (const tag of ['de', 'ar', 'uk']) {
    it(`is accessible in ${tag}, with its widgets drawn`, async function () {
      // axe reads all of the page's 300-odd strings with their controls: slow when the machine is busy.
      this.timeout(120_000);
      const { root } = await open(tag);
      await Promise.all([...root.querySelectorAll<Settling>('quartier-card, partner-list, offer-map')].map((el) => settled(el)));
      await waitUntil(() => root.querySelector('partner-list')!.shadowRoot!.textContent!.includes('Musterstadt'), 'partner list drawn');
      await expect(root).to.be.accessible();
    });
  }

  it('exports corrections and "ok" as XLIFF and JSON that the importer reads back as the corrected table', async () => {
    const { root, page } = await open('uk');
    const table = (await loadTable('uk'))!.messages as Record<string, unknown>;
    page.setVerdict('role.funder', { forms: { other: 'Фінансова підтримка' } });
    page.setVerdict('map.count.places', { forms: { few: '{count} місця (виправлено)' }, remark: 'few form' });
    page.setVerdict('map.close', { ok: true });
    const expected = {
      ...table,
      'role.funder': 'Фінансова підтримка',
      'map.count.places': { ...(table['map.count.places'] as object), few: '{count} місця (виправлено)' },
    };
    const { xliff, json } = page.files();
    expect(readXliff(xliff, germanSource)).to.deep.equal(expected);
    expect(JSON.parse(json)).to.deep.equal(expected);
    expect(xliff).to.match(/<unit id="map.close">[\s\S]*?state="reviewed"/);
    expect(xliff).to.match(/<note category="review">few form<\/note>/);
    expect(xliff).to.match(/<unit id="map.zoom-in">[\s\S]*?state="translated"/);
    expect(root.querySelector('.progress')!.textContent).to.contain(`3 von ${KEYS.length}`);

    // The buttons offer the same files.
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.controls button')];
      buttons.find((b) => b.textContent!.includes('XLIFF'))!.click();
      buttons.find((b) => b.textContent!.includes('JSON'))!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(await Promise.all(blobs.map((b) => b.text()))).to.deep.equal([xliff, json]);
  });

  it('takes a correction typed into the page', async function () {
    this.timeout(30_000);
    const { root, page } = await open('fr');
    const details = root.querySelector<HTMLDetailsElement>('#k-schedule_weekly_one details')!;
    details.open = true;
    const area = details.querySelector('textarea')!;
    area.value = 'chaque {day}';
    area.dispatchEvent(new Event('change'));
    expect(page.verdicts['schedule.weekly.one']?.forms?.other).to.equal('chaque {day}');
    expect(root.querySelector('#k-schedule_weekly_one')!.classList.contains('done')).to.equal(true);
  });
});
