// Every residents' language: each element renders the sample feeds in it
// without a missing text or a placeholder left over; right-to-left languages
// lay out mirrored; the language switch changes every widget on the page,
// keeps focus and announces the change; fallback and machine-translation
// notes; calendar words where the browser's Intl lacks a language; axe in
// Arabic, Farsi and Leichte Sprache.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/elements/offer-map/define.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/quartier-card/define.js';
import type { QuartierElement } from '../../src/elements/base/quartier-element.js';
import { chooseLanguage } from '../../src/elements/base/lang-observer.js';
import { germanSource } from '../../src/i18n/german-source.js';
import { formatDayDate, formatPartialDate, hasIntlDates, languageName, weekdayNames } from '../../src/i18n/intl-format.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { describeSchedule } from '../../src/i18n/schedule-words.js';
import { loadTable } from '../../src/i18n/table-loaders.js';
import { translator } from '../../src/i18n/translate.js';
import { settled } from '../support/elements.js';
import { plain } from '../support/text.js';

const SEESEN = '/data/seesen-lena.json';
const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';
const RTL = ['ar', 'fa', 'prs', 'ps', 'ur', 'ckb'];

type Widget = QuartierElement<unknown>;
const shown = (el: Element): string => plain(el.shadowRoot!.textContent);
/** Keys of the German source, as they would show if a table lacked them. */
const KEY = new RegExp(
  `(?:^|[^\\w.])(${Object.keys(germanSource)
    .map((k) => k.replace(/\./g, '\\.'))
    .join('|')})(?![\\w.-])`,
);

async function widgets(lang: string, extra = ''): Promise<Widget[]> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <quartier-card src=${SEESEN} project="lena-seesen" languages=${extra || nothing}></quartier-card>
    <partner-list src=${SEESEN} project="lena-seesen"></partner-list>
    <offer-map src=${SALZGITTER}></offer-map>
  </div>`);
  const els = [...wrapper.children] as Widget[];
  for (const el of els) await settled(el);
  return els;
}

afterEach(() => chooseLanguage(undefined));

/** The element's language switch, once its module has arrived. */
async function switchOf(el: Widget): Promise<HTMLSelectElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('select'), 'the switch appears', { timeout: 5000 });
  return el.shadowRoot!.querySelector('select')!;
}

describe('every language', () => {
  for (const { tag } of LANGUAGES) {
    it(`${tag}: the three elements render without a missing text or a placeholder`, async () => {
      const els = await widgets(tag);
      for (const el of els) {
        expect(el.state, el.localName).to.equal('loaded');
        expect(el.locale.t.table, `${el.localName} reads its table`).to.equal(tag);
        const text = shown(el);
        expect(text, `${el.localName}: a placeholder left over`).not.to.match(/\{[a-z]+\}/i);
        expect(text, `${el.localName}: a message key shown`).not.to.match(KEY);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(getComputedStyle(base).direction).to.equal(RTL.includes(tag) ? 'rtl' : 'ltr');
        expect(base.getAttribute('lang')).to.equal(tag);
      }
    });
  }
});

describe('right to left', () => {
  for (const tag of RTL) {
    it(`${tag}: the card's title starts at the right, the map's list sits right of the map`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${tag} style="inline-size: 1000px">
        <quartier-card src=${SEESEN} project="lena-seesen"></quartier-card>
        <offer-map src=${SALZGITTER}></offer-map>
      </div>`);
      const [cardEl, map] = [...wrapper.children] as Widget[];
      await settled(cardEl!);
      await settled(map!);
      const box = cardEl!.getBoundingClientRect();
      const title = cardEl!.shadowRoot!.querySelector('[part~="title"], h2')!.getBoundingClientRect();
      expect(box.right - title.right, 'title hugs the right edge').to.be.lessThan(box.left + box.width / 2 - title.left + 1);
      expect(Math.abs(box.right - title.right)).to.be.lessThan(40);
      const list = map!.shadowRoot!.querySelector('[part~="list"]')!.getBoundingClientRect();
      const area = map!.shadowRoot!.querySelector('[part~="map"]')!.getBoundingClientRect();
      expect(list.left, 'list right of the map').to.be.greaterThan(area.left);
    });
  }
});

describe('the language switch', () => {
  it('lists the page language first, each language in itself, with its own lang', async () => {
    const [cardEl] = await widgets('de', 'de ar uk tr fa xx');
    const select = await switchOf(cardEl!);
    const options = [...select.options].map((o) => [o.value, o.text, o.lang]);
    expect(options).to.deep.equal([
      ['de', 'Deutsch', 'de'],
      ['ar', 'العربية', 'ar'],
      ['uk', 'Українська', 'uk'],
      ['tr', 'Türkçe', 'tr'],
      ['fa', 'فارسی', 'fa'],
    ]);
    expect(select.value).to.equal('de');
    expect(plain(cardEl!.shadowRoot!.querySelector('label')!.textContent)).to.contain('Sprache');
  });

  it('changes every widget on the page, keeps focus on the switch, announces the change and fires quartier-language', async () => {
    const els = await widgets('de', 'de ar uk');
    const [cardEl] = els;
    const select = await switchOf(cardEl!);
    select.focus();
    const events: string[] = [];
    document.addEventListener('quartier-language', (e) => events.push((e as CustomEvent<{ lang: string }>).detail.lang), { once: true });
    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (const el of els) await waitUntil(() => el.locale.t.table === 'ar', `<${el.localName}> switches`, { timeout: 5000 });
    for (const el of els) {
      await el.updateComplete;
      expect(el.state).to.equal('loaded');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('rtl');
    }
    // Compared as a boolean: chai's message for two unequal elements would serialise their whole trees.
    expect(cardEl!.shadowRoot!.activeElement === select, 'focus stays on the switch').to.equal(true);
    expect(plain(cardEl!.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('اللغة: العربية');
    expect(events).to.deep.equal(['ar']);
  });

  it('works from the keyboard', async () => {
    const els = await widgets('de', 'de en');
    const select = await switchOf(els[0]!);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => els.every((el) => el.locale.t.table === 'en'), 'the page switches to English', { timeout: 5000 });
    expect(shown(els[1]!)).to.contain('Lead organisation');
  });

  it('auto offers the languages the feed has texts in', async () => {
    const feed = {
      version: '1',
      language: 'de',
      projects: [{ id: 'p', name: { de: 'Treffpunkt', uk: 'Місце зустрічі', ar: 'نقطة لقاء' } }],
    };
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><quartier-card languages="auto" .feed=${feed}></quartier-card></div>`);
    const el = wrapper.firstElementChild as Widget;
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'switch appears');
    expect([...el.shadowRoot!.querySelector('select')!.options].map((o) => o.value)).to.deep.equal(['de', 'uk', 'ar']);
  });

  it('names tags without a table in the debug list', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de"><quartier-card debug languages="de ar xx" src=${SEESEN} project="lena-seesen"></quartier-card></div>`,
    );
    const el = wrapper.firstElementChild as Widget;
    await settled(el);
    await waitUntil(() => shown(el).includes('„languages“'), 'debug note', { timeout: 5000 });
    expect(shown(el)).to.contain('Für xx gibt es keine Übersetzung');
  });
});

describe('content in another language', () => {
  const feed = {
    version: '1',
    language: 'de',
    projects: [
      {
        id: 'p',
        name: { de: 'Treffpunkt', ar: 'نقطة لقاء' },
        summary: { de: 'Ein Ort für alle.', ar: 'مكان للجميع.' },
        machineTranslated: ['ar'],
        sources: [{ title: 'Quelle' }],
      },
    ],
  };

  it("says when a text exists only in German, in the reader's language, with the text in its own lang", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="uk"><quartier-card .feed=${feed}></quartier-card></div>`);
    const el = wrapper.firstElementChild as Widget;
    await settled(el);
    const note = el.shadowRoot!.querySelector('[part="text-note"]')!;
    expect(plain(note.textContent)).to.contain('німецька');
    expect(el.shadowRoot!.querySelector('[part="text"]')!.getAttribute('lang')).to.equal('de');
    expect(shown(el)).not.to.contain(germanSource['text.machine-translated'] as string);
  });

  it('marks machine-translated texts and lists the languages the project has texts in', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><quartier-card .feed=${feed}></quartier-card></div>`);
    const el = wrapper.firstElementChild as Widget;
    await settled(el);
    const note = el.shadowRoot!.querySelector('[part="text-note"]')!;
    expect(plain(note.textContent)).to.contain('ترجمة آلية');
    expect(shown(el)).to.contain('الألمانية');
  });
});

describe('content in another language on the map', () => {
  it('says once per place that its texts exist only in German, and marks a machine-translated offer', async () => {
    const feed = {
      version: '1',
      language: 'de',
      projects: [{ id: 'p', name: 'Projekt' }],
      places: [{ id: 'treff', name: 'Treffpunkt', description: 'Ein Raum für alle.' }],
      offers: [
        { id: 'a', name: 'Sprachkurs', place: 'treff', description: 'Deutsch lernen.' },
        { id: 'b', name: { de: 'Beratung', fa: 'مشاوره' }, place: 'treff', machineTranslated: ['fa'] },
      ],
    };
    const wrapper = await fixture<HTMLElement>(html`<div lang="fa"><offer-map .feed=${feed}></offer-map></div>`);
    const el = wrapper.firstElementChild as Widget;
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle[data-id="treff"]')!.click();
    await el.updateComplete;
    const notes = [...el.shadowRoot!.querySelectorAll('[part="text-note"]')].map((n) => plain(n.textContent).trim());
    const only = notes.filter((n) => n.includes('آلمانی'));
    expect(only, 'one "only in German" note for the place and its offers').to.have.length(1);
    const machine = String((await loadTable('fa'))!.messages['text.machine-translated']);
    expect(notes.filter((n) => n.includes(machine))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('calendar words where Intl lacks a language', () => {
  it('weekday names, dates and lists come from the table', async () => {
    const so = (await loadTable('so'))!.messages;
    // A tag no browser has date data for, reading the Somali table: the fallback path for certain.
    const t = translator(so, 'tlh', { table: 'tlh' });
    expect(hasIntlDates('tlh')).to.equal(false);
    const names = (so['calendar.weekdays'] as string).split(/\s*,\s*/);
    expect(weekdayNames(t)).to.deep.equal(names);
    expect(formatDayDate('2026-11-24', t)).to.contain(names[1]!);
    const words = describeSchedule({ rules: [{ freq: 'weekly', byDay: ['TU', 'TH'], opens: '14:00', closes: '16:30' }] }, t);
    // The days in their habitual forms, built on the table's weekday names where the table uses {day}.
    const tuesday = t('schedule.day.TU', { day: names[1]! });
    const thursday = t('schedule.day.TH', { day: names[3]! });
    expect(words).to.contain(tuesday).and.to.contain(thursday).and.to.contain('14').and.to.contain('16:30');
    expect(words).not.to.match(/Tuesday|Dienstag|\{/);
  });
});

describe('language names', () => {
  it("name each language in itself where Intl has no names in the reader's language", async () => {
    const so = (await loadTable('so'))!.messages;
    const t = translator(so, 'tlh', { table: 'tlh' });
    expect(languageName('ar', t)).to.equal('العربية');
    expect(languageName('uk', t)).to.equal('українська');
    expect(languageName('ar', translator({}, 'de'))).to.equal('Arabisch');
  });
});

describe('dates', () => {
  it('are Gregorian in every language (Intl would write Farsi, Dari and Pashto dates in the solar Hijri calendar)', async () => {
    for (const tag of ['fa', 'prs', 'ps', 'ar', 'ur']) {
      const { messages, lang } = (await loadTable(tag))!;
      const t = translator(messages, tag, { table: lang });
      const date = formatPartialDate('2026-03-01', t)
        .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
        .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
      expect(date, tag).to.contain('2026').and.not.to.contain('1404');
    }
  });
});

describe('accessibility', () => {
  for (const tag of ['ar', 'fa', 'de-plain']) {
    it(`${tag}: card, partner list and map (with the switch) pass axe`, async () => {
      const els = await widgets(tag, `${tag} de en`);
      await waitUntil(() => els[0]!.shadowRoot!.querySelector('select'), 'switch appears');
      for (const el of els) await expect(el).to.be.accessible();
    });
  }
});
