/**
 * What format 1.1 adds to a schedule in words: by appointment, "außer an
 * Feiertagen", and the notes on closed periods and days that differ
 * (`scheduleNotes`); 24:00 as "24", never "0:00", in the rules and in a
 * date's times. German, English and Arabic.
 */
import { expect } from '@open-wc/testing';
import type { Schedule } from '../../src/feed/types.js';
import { describeOccurrence } from '../../src/elements/shared/offer-times.js';
import { deLabels } from '../../src/i18n/de/labels.js';
import { deOffer } from '../../src/i18n/de/offer.js';
import { deSchedule } from '../../src/i18n/de/schedule.js';
import ar from '../../src/i18n/tables/ar.js';
import en from '../../src/i18n/tables/en.js';
import { describeSchedule, scheduleNotes } from '../../src/i18n/schedule-words.js';
import { translator, type Translate } from '../../src/i18n/translate.js';

const tr = (lang: 'de' | 'en' | 'ar'): Translate =>
  translator(lang === 'de' ? { ...deSchedule, ...deOffer, ...deLabels } : lang === 'en' ? en : ar, lang, { isolate: false, table: lang });
const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

const TUESDAY: Schedule = { rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }] };

describe('schedule words, format 1.1', () => {
  it('says "nach Vereinbarung" alone or after the rules, and "außer an Feiertagen"', () => {
    expect(describeSchedule({ rules: [], byAppointment: true }, tr('de'))).to.equal('nach Vereinbarung');
    expect(plain(describeSchedule({ ...TUESDAY, byAppointment: true, exceptHolidays: 'NI' }, tr('de')))).to.equal(
      'jeden Dienstag, 10–12 Uhr, außer an Feiertagen, und nach Vereinbarung',
    );
    expect(plain(describeSchedule({ ...TUESDAY, exceptHolidays: 'NI' }, tr('en')))).to.equal('every Tuesday, 10:00–12:00, except on public holidays');
    expect(describeSchedule({ rules: [], byAppointment: true }, tr('ar'))).to.equal('بموعد مسبق');
  });

  it('ends a rule at "24 Uhr", and a date at 24:00, never 0:00', () => {
    const late: Schedule = { rules: [{ freq: 'weekly', byDay: ['FR'], opens: '13:00', closes: '24:00' }] };
    expect(plain(describeSchedule(late, tr('de')))).to.equal('jeden Freitag, 13–24 Uhr');
    const date = plain(describeOccurrence({ date: '2026-03-06', opens: '13:00', closes: '24:00', oneOff: false }, tr('de')));
    expect(date).to.equal('Freitag, 6. März 2026, 13:00–24:00 Uhr');
    expect(date).not.to.include('0:00 Uhr');
  });

  it('notes the closed periods and exceptions not over yet, soonest first, with their reasons', () => {
    const schedule: Schedule = {
      ...TUESDAY,
      closed: [
        { from: '2026-07-02', to: '2026-08-12', reason: { de: 'Sommerferien' } },
        { from: '2025-07-02', to: '2025-08-12' },
      ],
      exceptions: [{ date: '2026-12-22', reason: { de: 'Weihnachtsfeier' } }, { date: '2026-12-29', opens: '10:00', closes: '11:00' }, { date: '2026-03-03' }],
    };
    const notes = scheduleNotes(schedule, tr('de'), '2026-06-01').map((n) => ({ ...n, text: plain(n.text) }));
    expect(notes).to.deep.equal([
      { text: 'geschlossen vom 2. Juli 2026 bis 12. August 2026', reason: { de: 'Sommerferien' } },
      { text: 'fällt aus am Dienstag, 22. Dezember 2026', reason: { de: 'Weihnachtsfeier' } },
      { text: 'am Dienstag, 29. Dezember 2026: 10–11 Uhr' },
    ]);
    expect(scheduleNotes(schedule, tr('de'), '2026-06-01', 1)).to.have.length(1);
    expect(scheduleNotes(schedule, tr('ar'), '2026-06-01')[1]!.text).to.match(/^يُلغى يوم /);
  });
});
