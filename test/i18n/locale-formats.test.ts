/**
 * Times, dates and digits by locale: the English table formats British,
 * French clock times read "9 h 30", Chinese "9:30–11:00", every number of a
 * Persian or Dari sentence is in Persian digits (years too), Arabic keeps
 * the Latin digits its table chose, and the end of the day is 24, also
 * where a language counts 12 hours.
 */
import { expect } from '@open-wc/testing';
import type { Schedule } from '../../src/feed/types.js';
import { formatNumber, warmFormats } from '../../src/i18n/format.js';
import { formatClock, formatDayDate, formatPartialDate } from '../../src/i18n/intl-format.js';
import { describeSchedule } from '../../src/i18n/schedule-words.js';
import am from '../../src/i18n/tables/am.js';
import ar from '../../src/i18n/tables/ar.js';
import en from '../../src/i18n/tables/en.js';
import fa from '../../src/i18n/tables/fa.js';
import fr from '../../src/i18n/tables/fr.js';
import prs from '../../src/i18n/tables/prs.js';
import ps from '../../src/i18n/tables/ps.js';
import zh from '../../src/i18n/tables/zh.js';
import { tableFor } from '../../src/i18n/table-loaders.js';
import { translator, type MessageTable, type Translate } from '../../src/i18n/translate.js';

const TABLES: Readonly<Record<string, MessageTable>> = { am, ar, en, fa, fr, prs, ps, zh };
const tr = (lang: string): Translate => translator(TABLES[tableFor(lang)]!, lang, { isolate: false, table: tableFor(lang) });
/** Intl's narrow and no-break spaces as plain spaces. */
const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const say = (lang: string, schedule: Schedule): string => plain(describeSchedule(schedule, tr(lang)));

const tuesday = (opens: string, closes: string): Schedule['rules'][number] => ({ freq: 'weekly', byDay: ['TU'], opens, closes });
const LATIN = /[0-9]/;
const PERSIAN = /[۰-۹]/;

describe('times, dates and digits by locale', () => {
  it('English: British dates and 24-hour times with minutes, on a page that says only "en"', () => {
    expect(formatPartialDate('2021-12-31', tr('en'))).to.equal('31 December 2021');
    expect(say('en', { rules: [tuesday('09:30', '11:00')] })).to.equal('every Tuesday, 9:30–11:00');
    expect(say('en', { rules: [tuesday('13:00', '24:00')] })).to.equal('every Tuesday, 13:00–24:00');
    // A page that names its region keeps its own conventions.
    expect(formatPartialDate('2021-12-31', tr('en-US'))).to.equal('December 31, 2021');
  });

  it('French: "de 9 h 30 à 11 h", with spaces that do not break', () => {
    const words = describeSchedule({ rules: [tuesday('09:30', '11:00')] }, tr('fr'));
    expect(words).to.equal('tous les mardis, de 9\u00a0h\u00a030 à 11\u00a0h');
    expect(say('fr', { rules: [tuesday('18:00', '24:00')] })).to.contain('de 18 h à 24 h');
  });

  it('Chinese: "9:30–11:00", no clock word after a time with minutes', () => {
    const words = say('zh', { rules: [tuesday('09:30', '11:00')] });
    expect(words).to.contain('9:30–11:00').and.not.contain('点');
  });

  for (const lang of ['fa', 'prs', 'fa-AF']) {
    it(`${lang}: every number in Persian digits, a bare year too`, () => {
      const t = tr(lang);
      const words = say(lang, { rules: [tuesday('09:30', '24:00')], validFrom: '2012' });
      expect(words, words).to.match(PERSIAN).and.not.match(LATIN);
      expect(words).to.contain('۲۰۱۲').and.contain('۹:۳۰').and.contain('۲۴');
      expect(formatPartialDate('2012', t)).to.equal('۲۰۱۲');
      expect(formatPartialDate('2021-12-31', t)).to.match(/^۳۱ .+ ۲۰۲۱$/);
      expect(formatDayDate('2026-12-24', t)).to.match(PERSIAN).and.not.match(LATIN);
      expect(t('card.units', { count: 120, value: 120 }))
        .to.contain('۱۲۰')
        .and.not.match(LATIN);
    });
  }

  it('ar: Latin digits throughout, as its table chose (dates, years, times, numbers)', () => {
    const t = tr('ar');
    const words = say('ar', { rules: [tuesday('09:30', '24:00')], validFrom: '2012' });
    expect(words, words)
      .to.contain('2012')
      .and.contain('9:30')
      .and.contain('24')
      .and.not.match(/[٠-٩۰-۹]/);
    expect(formatPartialDate('2021-12-31', t)).to.equal('31 ديسمبر 2021');
    expect(t('card.units', { count: 120, value: 120 })).to.contain('120');
  });

  it('the end of the day is 24, where the language counts 12 hours too', () => {
    expect(plain(formatClock('24:00', tr('am')))).to.equal('24:00');
    expect(plain(formatClock('24:00', tr('ar')))).to.equal('24:00');
    expect(plain(formatClock('24:00', tr('en-US')))).to.equal('24:00');
    expect(plain(formatClock('00:00', tr('en-US')))).to.equal('12:00 AM');
  });

  it('where the browser has no date data for a language, times are 24-hour in its own digits', () => {
    // Pashto writes Persian digits: its times and numbers too, not Latin "9:30" or "1,200" beside "۲۰۱۲".
    const words = say('ps', { rules: [tuesday('09:30', '24:00')], validFrom: '2012' });
    expect(words, words).to.contain('۲۰۱۲').and.contain('۹:۳۰').and.not.match(LATIN);
    expect(tr('ps')('card.units', { count: 1200, value: 1200 }))
      .to.contain('۱٬۲۰۰')
      .and.not.match(LATIN);
  });
});

describe('formats made ahead of the first draw', () => {
  it('a tag or a time zone Intl rejects throws nothing, and numbers are then written in German', () => {
    expect(() => warmFormats('de-!!', 'Europe/Berlin')).not.to.throw();
    expect(() => warmFormats('ar', 'Nirgendwo/Zone')).not.to.throw();
    expect(formatNumber(2300, 'de-!!')).to.equal('2.300');
  });
});
