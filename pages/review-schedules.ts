/**
 * Schedules of every rule kind, each with a label for a reader: what the
 * review page shows in every language, and what docs/schedule-sentences.md
 * lists for twelve languages (scripts/schedule-sentences.js). A change of a
 * schedule message shows up in both.
 */
import { WEEKDAYS, type Schedule, type ScheduleRule, type Weekday } from '../src/feed/types.js';
import { describeSchedule, scheduleNotes } from '../src/i18n/schedule-words.js';
import type { Translate } from '../src/i18n/translate.js';

export interface ScheduleSample {
  /** What the rule is, in English (the docs' language): "monthly, last Friday". */
  readonly label: string;
  readonly schedule: Schedule;
}

const weekly = (byDay: Weekday[], opens?: string, closes?: string): ScheduleRule => ({
  freq: 'weekly',
  byDay,
  ...(opens ? { opens } : {}),
  ...(closes ? { closes } : {}),
});
const monthly = (byDay: Weekday[], bySetPos?: number, opens?: string, closes?: string): ScheduleRule => ({
  ...weekly(byDay, opens, closes),
  freq: 'monthly',
  ...(bySetPos === undefined ? {} : { bySetPos }),
});
const only = (rule: ScheduleRule): Schedule => ({ rules: [rule] });

/** A weekday's English name (5 January 2026 was a Monday). */
const englishDay = (day: Weekday): string =>
  new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(day)));
const ENGLISH_POSITION: Readonly<Record<number, string>> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'second to last',
  [-3]: 'third to last',
  [-4]: 'fourth to last',
  [-5]: 'fifth to last',
};

/** Monthly positions with a weekday each; the first and the last with every weekday (where ordinals agree with it). */
const MONTHLY: readonly (readonly [number, Weekday])[] = [
  ...WEEKDAYS.map((day) => [1, day] as const),
  [2, 'TU'],
  [3, 'WE'],
  [4, 'TH'],
  [5, 'SA'],
  ...WEEKDAYS.map((day) => [-1, day] as const),
  [-2, 'WE'],
  [-3, 'MO'],
  [-4, 'SU'],
  [-5, 'SA'],
];

export const SCHEDULE_SAMPLES: readonly ScheduleSample[] = [
  { label: 'weekly, one day, with times', schedule: only(weekly(['TU'], '10:00', '12:00')) },
  { label: 'weekly, one day (Sunday)', schedule: only(weekly(['SU'])) },
  { label: 'weekly, two days, minutes', schedule: only(weekly(['MO', 'WE'], '09:30', '11:00')) },
  { label: 'weekly, three separate days', schedule: only(weekly(['MO', 'WE', 'FR'])) },
  { label: 'weekly, a run of days', schedule: only(weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '08:00', '16:00')) },
  { label: 'weekly, a run and a single day', schedule: only(weekly(['MO', 'TU', 'WE', 'SA'])) },
  { label: 'every day', schedule: only(weekly([...WEEKDAYS])) },
  { label: 'opening time only', schedule: only(weekly(['FR'], '16:00')) },
  { label: 'closing time only', schedule: only({ freq: 'weekly', byDay: ['TU'], closes: '12:30' }) },
  { label: 'until the end of the day (24:00)', schedule: only(weekly(['SA'], '18:00', '24:00')) },
  ...MONTHLY.map(([position, day]) => ({
    label: `monthly, ${ENGLISH_POSITION[position]} ${englishDay(day)}`,
    schedule: only(monthly([day], position)),
  })),
  { label: 'monthly, first Monday and first Wednesday, with times', schedule: only(monthly(['MO', 'WE'], 1, '14:00', '16:00')) },
  { label: 'monthly, last Tuesday and last Thursday', schedule: only(monthly(['TU', 'TH'], -1)) },
  { label: 'monthly without a position (= weekly)', schedule: only(monthly(['TH'])) },
  { label: 'two rules', schedule: { rules: [weekly(['TU'], '10:00', '12:00'), monthly(['FR'], -1, '16:00', '18:00')] } },
  { label: 'valid from a day', schedule: { rules: [weekly(['TU'], '10:00', '12:00')], validFrom: '2026-03-01' } },
  { label: 'valid until a day', schedule: { rules: [weekly(['TU'], '10:00', '12:00')], validThrough: '2026-06-30' } },
  { label: 'valid from a month until a year', schedule: { rules: [weekly(['TU'])], validFrom: '2026-03', validThrough: '2026' } },
  { label: 'by appointment only', schedule: { rules: [], byAppointment: true } },
  { label: 'rules and by appointment', schedule: { rules: [weekly(['WE'], '14:00', '16:00')], byAppointment: true } },
  { label: 'except public holidays', schedule: { rules: [weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '12:00')], exceptHolidays: 'NI' } },
];

/** A schedule with notes: a closed period, a cancelled day with a reason, a day at other times. */
export const NOTES_SAMPLE: Schedule = {
  rules: [weekly(['TH'], '15:00', '17:00')],
  closed: [{ from: '2026-07-02', to: '2026-08-12' }],
  exceptions: [
    { date: '2026-12-24', reason: { de: 'Heiligabend' } },
    { date: '2026-12-31', opens: '10:00', closes: '12:00' },
  ],
};
/** The day the notes are read on: before every note. */
export const NOTES_TODAY = '2026-06-01';

/** Every sample in words, then the notes (with the partner's reason, as the card shows it). */
export function scheduleSentences(t: Translate): { label: string; text: string }[] {
  const rows = SCHEDULE_SAMPLES.map(({ label, schedule }) => ({ label, text: describeSchedule(schedule, t) }));
  const notes = scheduleNotes(NOTES_SAMPLE, t, NOTES_TODAY).map((note) => ({
    label: 'note',
    text: note.reason?.['de'] ? t('schedule.reason', { note: note.text, reason: note.reason['de'] }) : note.text,
  }));
  return [...rows, ...notes];
}
