// The feed editor with spreadsheets: a spreadsheet made from each sample
// feed opens as the same feed; the feed saved as XLSX or ODS reads back as
// the same feed; what the checker finds in an opened spreadsheet is shown at
// its sheet, row and column; a file named like a spreadsheet that is none is
// named as such; the empty template is offered from the start.
import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { readWorkbook, writeWorkbook, type WorkbookFormat } from '../../src/authoring/spreadsheet/feed-spreadsheet.js';
import { chooseFile, mount, nextDownload, plain, press, unmountAll } from './editor-helpers.js';

const SAMPLES = ['seesen-lena', 'salzgitter-obere-berliner-strasse'];
const FORMATS: readonly WorkbookFormat[] = ['xlsx', 'ods'];
const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};
const sampleJson = async (name: string): Promise<unknown> => (await fetch(`/data/${name}.json`)).json();
const workbookFile = (feed: unknown, name: string, format: WorkbookFormat): File =>
  new File([writeWorkbook(feed, format) as Uint8Array<ArrayBuffer>], `${name}.${format}`);

afterEach(unmountAll);

describe('feed editor: spreadsheets', () => {
  for (const name of SAMPLES) {
    for (const format of FORMATS) {
      it(`opens ${name}.${format} (written from the sample) as the same feed, to be saved as ${name}.json`, async () => {
        const m = await mount();
        const feed = await sampleJson(name);
        await chooseFile(m, workbookFile(feed, name, format));
        expect(JSON.parse(m.editor.doc.text)).to.deep.equal(feed);
        expect(m.editor.doc.name).to.equal(`${name}.json`);
        expect(m.editor.doc.dirty).to.equal(false);
        expect(plain(m.$('.status').textContent)).to.equal(
          `„${name}.${format}“ ist geöffnet. Gespeichert wird der Feed als „${name}.json“ oder wieder als Tabelle.`,
        );
        expect(plain(m.$('.problems .summary').textContent)).to.equal('Keine Probleme.');
        // Nothing found in the spreadsheet: no report about it.
        expect(m.root.querySelector('.sheet-report')).to.equal(null);
      });
    }
  }

  for (const format of FORMATS) {
    it(`saves the feed as ${format.toUpperCase()}, which reads back as the same feed`, async function () {
      // Loads the spreadsheet library, checks the page with axe and writes a workbook: slow on a busy machine.
      this.timeout(30_000);
      const m = await mount();
      const text = await (await fetch('/data/seesen-lena.json')).text();
      await chooseFile(m, new File([text], 'seesen-lena.json', { type: 'application/json' }));
      // "Als Tabelle …" opens the two formats.
      const menu = m.byId<HTMLDetailsElement>('save-sheet');
      await press(menu.querySelector('summary')!, 'Enter');
      expect(menu.open).to.equal(true);
      await expect(m.root).to.be.accessible();
      const download = nextDownload();
      await press(m.byId(`save-${format}`), 'Enter');
      const saved = await download;
      expect(menu.open).to.equal(false);
      expect(saved.name).to.equal(`seesen-lena.${format}`);
      expect(saved.type).to.equal(TYPES[format]);
      const read = readWorkbook(saved.bytes, saved.name);
      expect(read.problems).to.deep.equal([]);
      expect(read.json).to.deep.equal(JSON.parse(text));
      expect(plain(m.$('.status').textContent)).to.match(new RegExp(`^„seesen-lena\\.${format}“ wird heruntergeladen\\.`));
      // Unchanged, so not stamped: the JSON is still byte for byte the one opened.
      expect(m.editor.doc.text).to.equal(text);
      expect(m.editor.doc.name).to.equal('seesen-lena.json');
    });
  }

  it('shows what the checker found in an opened spreadsheet at its sheet, row and column, until hidden', async () => {
    const feed = await (await fetch('/test/fixtures/german-fields-feed.json')).json();
    feed.offers[0].url = 'javascript:alert(1)';
    const m = await mount();
    await chooseFile(m, workbookFile(feed, 'quartier', 'xlsx'));
    const report = m.$('.sheet-report');
    expect(document.activeElement).to.equal(m.byId('sheet-heading'));
    expect(plain(report.querySelector('h2')!.textContent)).to.equal('Beim Lesen der Tabelle „quartier.xlsx“');
    const found = [...report.querySelectorAll('.findings > li')].map((li) => plain(li.textContent));
    expect(found).to.have.length(8);
    expect(found[0]).to.match(/^Tabelle Projekte, Zeile 3, Spalte träger: /);
    expect(found.find((f) => f.startsWith('Tabelle Angebote, Zeile 3, Spalte Webseite: '))).to.not.equal(undefined);
    // The editor's own report names the same, at the fields.
    expect(plain(m.$('.problems .summary').textContent)).to.equal('1 Problem, 7 Hinweise auf unbekannte Felder.');
    await expect(m.root).to.be.accessible();
    await press(report.querySelector<HTMLButtonElement>('button')!, 'Enter');
    expect(m.root.querySelector('.sheet-report')).to.equal(null);
    expect(document.activeElement?.id).to.equal('section-heading');
  });

  it('a row the reader cannot place is named at its cell: it is not in the feed', async () => {
    const feed = (await sampleJson('seesen-lena')) as { projects: Array<{ partners: unknown[] }> };
    // The first row of partners names a project that does not exist, as a partner's typo would.
    const book = XLSX.read(writeWorkbook(feed, 'xlsx'), { type: 'array' });
    book.Sheets['Beteiligungen']!['A3'] = { t: 's', v: 'gibt-es-nicht' };
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const m = await mount();
    await chooseFile(m, new File([bytes], 'tippfehler.xlsx'));
    const found = [...m.$('.sheet-report').querySelectorAll('.findings > li')].map((li) => plain(li.textContent));
    expect(found).to.deep.equal([
      'Tabelle Beteiligungen, Zeile 3, Spalte Projekt: Einen Eintrag mit der Kennung „gibt-es-nicht“ gibt es nicht; die Zeile wird nicht gelesen.',
    ]);
    expect((JSON.parse(m.editor.doc.text) as typeof feed).projects[0]!.partners).to.deep.equal(feed.projects[0]!.partners.slice(1));
  });

  it('a file named like a spreadsheet that is none is named as such, and the feed stays', async () => {
    const m = await mount();
    await chooseFile(m, new File(['{"version": "1"}'], 'feed.xlsx'));
    expect(plain(m.$('.failure').textContent)).to.equal('„feed.xlsx“ lässt sich nicht als Tabelle lesen (erwartet: XLSX oder ODS).');
    expect(m.editor.doc.text).to.equal('');
  });

  it('offers the empty template as XLSX and ODS from the start', async () => {
    const m = await mount();
    for (const format of FORMATS) {
      const download = nextDownload();
      await press(m.byId(`template-${format}`), 'Enter');
      const saved = await download;
      expect(saved.name).to.equal(`quartier-feed-vorlage.${format}`);
      expect(saved.type).to.equal(TYPES[format]);
      expect(readWorkbook(saved.bytes, saved.name).json).to.deep.equal({ version: '1', language: 'de' });
    }
    expect(m.byId<HTMLInputElement>('open-file').accept.split(',')).to.include.members(['.json', '.xlsx', '.ods']);
    await expect(m.root).to.be.accessible();
  });
});
