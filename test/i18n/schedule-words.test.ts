/**
 * A schedule in words (`describeSchedule`) in German, English and Arabic:
 * weekly days, lists and ranges of days, monthly positions, times, the
 * period a schedule is valid in; and, with fast-check, that any valid
 * schedule in any language gives words without a placeholder left over.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { WEEKDAYS, type Schedule, type ScheduleRule, type Weekday } from '../../src/feed/types.js';
import ar from '../../src/i18n/tables/ar.js';
import { deSchedule } from '../../src/i18n/de/schedule.js';
import en from '../../src/i18n/tables/en.js';
import { tableFor } from '../../src/i18n/table-loaders.js';
import { describeSchedule } from '../../src/i18n/schedule-words.js';
import { translator, type MessageTable, type Translate } from '../../src/i18n/translate.js';

const TABLES: Readonly<Record<string, MessageTable>> = { de: deSchedule, en, ar };

/** A translator as an element has it (languages beyond de/en/ar read German here); Arabic without bidi isolates unless asked. */
const tr = (lang: string, isolate = false): Translate => {
  const table = tableFor(lang) in TABLES ? tableFor(lang) : 'de';
  return translator(TABLES[table]!, lang, { isolate, table });
};

/** The words with Intl's narrow and no-break spaces as plain spaces. */
function say(lang: string, rules: ScheduleRule[], extra: Partial<Schedule> = {}): string {
  return describeSchedule({ rules, ...extra }, tr(lang)).replace(/[\u202f\u00a0]/g, ' ');
}

const weekly = (byDay: Weekday[], opens?: string, closes?: string): ScheduleRule => ({
  freq: 'weekly',
  byDay,
  ...(opens ? { opens } : {}),
  ...(closes ? { closes } : {}),
});
const monthly = (byDay: Weekday[], bySetPos: number | undefined, opens?: string, closes?: string): ScheduleRule => ({
  ...weekly(byDay, opens, closes),
  freq: 'monthly',
  ...(bySetPos === undefined ? {} : { bySetPos }),
});

describe('describeSchedule', () => {
  describe('German', () => {
    it('says one weekday as "jeden Dienstag", with its hours', () => {
      expect(say('de', [weekly(['TU'], '10:00', '12:00')])).to.equal('jeden Dienstag, 10–12 Uhr');
      expect(say('de', [weekly(['SU'])])).to.equal('jeden Sonntag');
    });

    it('says several weekdays in their adverbial form, in week order', () => {
      expect(say('de', [weekly(['TH', 'TU'], '09:30', '11:00')])).to.equal('dienstags und donnerstags, 9:30–11 Uhr');
      expect(say('de', [weekly(['MO', 'WE', 'FR'])])).to.equal('montags, mittwochs und freitags');
      expect(say('de', [weekly(['MO', 'TU'])])).to.equal('montags und dienstags');
    });

    it('says three or more consecutive weekdays as a range', () => {
      expect(say('de', [weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '08:00', '16:00')])).to.equal('montags bis freitags, 8–16 Uhr');
      expect(say('de', [weekly(['FR', 'MO', 'TU', 'WE'])])).to.equal('montags bis mittwochs und freitags');
      expect(say('de', [weekly(['SA', 'SU', 'MO'])]), 'the week does not wrap').to.equal('montags, samstags und sonntags');
      expect(say('de', [weekly([...WEEKDAYS])])).to.equal('täglich');
    });

    it('says the position of a monthly weekday: first to fifth, last, second to last', () => {
      expect(say('de', [monthly(['MO'], 1, '14:00', '16:00')])).to.equal('jeden ersten Montag im Monat, 14–16 Uhr');
      expect(say('de', [monthly(['TU'], 2)])).to.equal('jeden zweiten Dienstag im Monat');
      expect(say('de', [monthly(['WE'], 3)])).to.equal('jeden dritten Mittwoch im Monat');
      expect(say('de', [monthly(['TH'], 4)])).to.equal('jeden vierten Donnerstag im Monat');
      expect(say('de', [monthly(['SA'], 5)])).to.equal('jeden fünften Samstag im Monat');
      expect(say('de', [monthly(['FR'], -1)])).to.equal('jeden letzten Freitag im Monat');
      expect(say('de', [monthly(['FR'], -2)])).to.equal('jeden vorletzten Freitag im Monat');
      expect(say('de', [monthly(['WE', 'MO'], 1)])).to.equal('jeden ersten Montag und jeden ersten Mittwoch im Monat');
    });

    it('says a monthly rule without a position like a weekly one', () => {
      expect(say('de', [monthly(['TU'], undefined)])).to.equal('jeden Dienstag');
    });

    it('says times without closing or opening, whole hours without ":00", midnight as 24', () => {
      expect(say('de', [monthly(['FR'], -1, '16:00')])).to.equal('jeden letzten Freitag im Monat, ab 16 Uhr');
      expect(say('de', [{ freq: 'weekly', byDay: ['TU'], closes: '12:30' }])).to.equal('jeden Dienstag, bis 12:30 Uhr');
      expect(say('de', [weekly(['SA'], '18:00', '24:00')])).to.equal('jeden Samstag, 18–24 Uhr');
      expect(say('de', [weekly(['SA'], '00:00', '06:15')])).to.equal('jeden Samstag, 0–6:15 Uhr');
    });

    it('joins several rules with "; "', () => {
      expect(say('de', [weekly(['TU'], '10:00', '12:00'), weekly(['TH'], '15:00', '17:00')])).to.equal(
        'jeden Dienstag, 10–12 Uhr; jeden Donnerstag, 15–17 Uhr',
      );
    });

    it('says from when and until when the schedule applies, as precisely as given', () => {
      const tuesday = [weekly(['TU'], '10:00', '12:00')];
      expect(say('de', tuesday, { validFrom: '2026-03-01' })).to.equal('jeden Dienstag, 10–12 Uhr (ab 1. März 2026)');
      expect(say('de', tuesday, { validThrough: '2026-06-30' })).to.equal('jeden Dienstag, 10–12 Uhr (bis 30. Juni 2026)');
      expect(say('de', tuesday, { validFrom: '2026-03', validThrough: '2026' })).to.equal('jeden Dienstag, 10–12 Uhr (März 2026 bis 2026)');
    });

    it('is empty without rules, whatever else the schedule has', () => {
      expect(say('de', [])).to.equal('');
      expect(describeSchedule({ text: { de: 'nach Absprache' }, rules: [], validFrom: '2026-01-01' }, tr('de'))).to.equal('');
    });

    it('stays German on a page in a language without a table, and with a broken language tag', () => {
      expect(describeSchedule({ rules: [weekly(['TU'], '10:00', '12:00')] }, translator(deSchedule, 'fr'))).to.equal('jeden Dienstag, 10–12 Uhr');
      expect(describeSchedule({ rules: [weekly(['TU'])] }, translator(deSchedule, '!!'))).to.equal('jeden Dienstag');
      expect(say('de-AT', [weekly(['MO', 'TU', 'WE'])])).to.equal('montags bis mittwochs');
    });
  });

  describe('English', () => {
    it('says weekdays with "every", lists and ranges with their names, British 24-hour times with minutes', () => {
      expect(say('en', [weekly(['TU'], '10:00', '12:00')])).to.equal('every Tuesday, 10:00–12:00');
      expect(say('en', [weekly(['TU', 'TH'], '09:30', '11:00')])).to.equal('every Tuesday and Thursday, 9:30–11:00');
      expect(say('en', [weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '08:00', '16:00')])).to.equal('Monday to Friday, 8:00–16:00');
      expect(say('en', [weekly(['MO', 'TU', 'WE', 'SA'])])).to.equal('every Monday to Wednesday and Saturday');
      expect(say('en', [weekly([...WEEKDAYS])])).to.equal('every day');
    });

    it('says monthly positions and open-ended times', () => {
      expect(say('en', [monthly(['MO'], 1, '14:00', '16:00')])).to.equal('on the first Monday of the month, 14:00–16:00');
      expect(say('en', [monthly(['MO'], 4)])).to.equal('on the fourth Monday of the month');
      expect(say('en', [monthly(['FR'], -1, '16:00')])).to.equal('on the last Friday of the month, from 16:00');
      expect(say('en', [{ freq: 'weekly', byDay: ['WE'], closes: '12:00' }])).to.equal('every Wednesday, until 12:00');
    });

    it('says the period in British dates and joins rules', () => {
      expect(say('en', [weekly(['TU']), weekly(['TH'])], { validFrom: '2026-03-01', validThrough: '2026-06-30' })).to.equal(
        'every Tuesday; every Thursday (1 March 2026 to 30 June 2026)',
      );
      expect(say('en', [weekly(['TU'])], { validThrough: '2026-06' })).to.equal('every Tuesday (until June 2026)');
    });

    it('keeps the 12-hour clock of a page that says American English, the end of the day as 24:00', () => {
      expect(say('en-US', [weekly(['TU'], '09:30', '12:00')])).to.equal('every Tuesday, 9:30 AM–12:00 PM');
      expect(say('en-US', [weekly(['SA'], '18:00', '24:00')])).to.equal('every Saturday, 6:00 PM–24:00');
    });
  });

  describe('Arabic', () => {
    it('says weekdays, lists and ranges', () => {
      expect(say('ar', [weekly(['TU'], '10:00', '12:00')])).to.equal('كل يوم الثلاثاء، من 10 ص إلى 12 م');
      expect(say('ar', [weekly(['TH', 'TU'])])).to.equal('أيام الثلاثاء والخميس');
      expect(say('ar', [weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '08:00', '16:00')])).to.equal('من الاثنين إلى الجمعة، من 8 ص إلى 4 م');
      expect(say('ar', [weekly([...WEEKDAYS])])).to.equal('يوميًا');
    });

    it('says monthly positions 1 to 4 and the last', () => {
      expect(say('ar', [monthly(['MO'], 1, '14:00', '16:00')])).to.equal('يوم الاثنين الأول من كل شهر، من 2 م إلى 4 م');
      expect(say('ar', [monthly(['MO'], 2)])).to.equal('يوم الاثنين الثاني من كل شهر');
      expect(say('ar', [monthly(['MO'], 3)])).to.equal('يوم الاثنين الثالث من كل شهر');
      expect(say('ar', [monthly(['MO'], 4)])).to.equal('يوم الاثنين الرابع من كل شهر');
      expect(say('ar', [monthly(['FR'], -1, '16:00')])).to.equal('يوم الجمعة الأخير من كل شهر، ابتداءً من 4 م');
    });

    it('joins rules with the Arabic semicolon and says the period', () => {
      expect(say('ar', [weekly(['TU']), weekly(['TH'])], { validFrom: '2026-03-01' })).to.equal('كل يوم الثلاثاء؛ كل يوم الخميس (ابتداءً من 1 مارس 2026)');
      expect(say('ar', [weekly(['TU'])], { validThrough: '2026-06-30' })).to.equal('كل يوم الثلاثاء (حتى 30 يونيو 2026)');
    });

    it('isolates the inserted parts in right-to-left text, and only adds isolates', () => {
      const schedule: Schedule = { rules: [weekly(['TU'], '10:00', '12:00')], validFrom: '2026-03-01' };
      const isolated = describeSchedule(schedule, tr('ar', true));
      expect(isolated).to.contain('\u2068');
      expect(isolated.replace(/[\u2067\u2068\u2069]/g, '')).to.equal(describeSchedule(schedule, tr('ar')));
    });
  });

  describe('any valid schedule (fast-check)', () => {
    const pad = (n: number): string => String(n).padStart(2, '0');
    const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
    const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    /** A rule as the validator lets it through: byDay unique and not empty, bySetPos only monthly, closes after opens. */
    const rule: fc.Arbitrary<ScheduleRule> = fc
      .record({
        freq: fc.constantFrom('weekly' as const, 'monthly' as const),
        byDay: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
        bySetPos: option(fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5)),
        opens: option(clock),
        closes: option(fc.oneof(clock, fc.constant('24:00'))),
      })
      .map(({ freq, byDay, bySetPos, opens, closes }) => ({
        freq,
        byDay,
        ...(freq === 'monthly' && bySetPos !== undefined ? { bySetPos } : {}),
        ...(opens ? { opens } : {}),
        ...(closes && (!opens || closes > opens) ? { closes } : {}),
      }));
    const partialDate = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), option(fc.integer({ min: 1, max: 12 })), option(fc.integer({ min: 1, max: 28 })))
      .map(([y, m, d]) => (m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));
    const schedule: fc.Arbitrary<Schedule> = fc
      .record({ rules: fc.array(rule, { maxLength: 4 }), validFrom: option(partialDate), validThrough: option(partialDate) })
      .map(({ rules, validFrom, validThrough }) => ({ rules, ...(validFrom ? { validFrom } : {}), ...(validThrough ? { validThrough } : {}) }));
    const lang = fc.constantFrom('de', 'en', 'ar', 'de-CH', 'en-GB', 'ar-EG', 'fr', 'tr', 'x-!!', '');

    it('never throws and never leaves a placeholder or a message key', () => {
      fc.assert(
        fc.property(schedule, lang, fc.boolean(), (s, l, isolate) => {
          const words = describeSchedule(s, tr(l, isolate));
          expect(words).to.be.a('string');
          expect(words.length > 0, words).to.equal(s.rules.length > 0);
          expect(words).not.to.match(/[{}]|schedule\./);
        }),
        { numRuns: 500 },
      );
    });
  });
});
