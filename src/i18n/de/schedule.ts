/**
 * German texts of a schedule in words (`describeSchedule` in
 * `../schedule-words.ts`). They come with every view that shows schedules:
 * the card's, and the offer map's.
 *
 * Placeholders, for translators:
 * - `{day}`: the weekday's name from `Intl` ("Dienstag"); for several days
 *   in a monthly rule, the names joined as a list ("Montag und Mittwoch").
 * - `{days}`: the weekday's habitual form (`schedule.day.*`: "dienstags"), or
 *   several of them joined as a list ("dienstags und donnerstags").
 *   `schedule.day.*` may itself use `{day}` when the language needs no form
 *   of its own (English: `'{day}'`).
 * - `{first}`, `{last}`: the habitual forms of the first and last day of a
 *   run of three or more consecutive days.
 * - `{opens}`, `{closes}`: clock times from `Intl`, whole hours without
 *   minutes ("10", "9:30"; English "10 AM").
 * - `{date}`, `{from}`, `{through}`: dates as precise as the feed gives them
 *   ("1. März 2026", "März 2026").
 * - `{rules}`: the rules in words, as above.
 * - `{note}`, `{reason}`: a note on a day ("fällt aus am …") and the
 *   partner's reason for it ("Heiligabend").
 * `schedule.monthly.N` is the Nth such weekday of the month, `-N` the Nth
 * from the end (`-1` the last).
 */
export const deSchedule = {
  'schedule.day.MO': 'montags',
  'schedule.day.TU': 'dienstags',
  'schedule.day.WE': 'mittwochs',
  'schedule.day.TH': 'donnerstags',
  'schedule.day.FR': 'freitags',
  'schedule.day.SA': 'samstags',
  'schedule.day.SU': 'sonntags',
  'schedule.daily': 'täglich',
  'schedule.weekly.one': 'jeden {day}',
  'schedule.weekly.many': '{days}',
  'schedule.weekly.range': '{first} bis {last}',
  'schedule.days.range': '{first} bis {last}',
  'schedule.monthly.1': 'jeden ersten {day} im Monat',
  'schedule.monthly.2': 'jeden zweiten {day} im Monat',
  'schedule.monthly.3': 'jeden dritten {day} im Monat',
  'schedule.monthly.4': 'jeden vierten {day} im Monat',
  'schedule.monthly.5': 'jeden fünften {day} im Monat',
  'schedule.monthly.-1': 'jeden letzten {day} im Monat',
  'schedule.monthly.-2': 'jeden vorletzten {day} im Monat',
  'schedule.monthly.-3': 'jeden drittletzten {day} im Monat',
  'schedule.monthly.-4': 'jeden viertletzten {day} im Monat',
  'schedule.monthly.-5': 'jeden fünftletzten {day} im Monat',
  'schedule.time.range': '{opens}–{closes} Uhr',
  'schedule.time.from': 'ab {opens} Uhr',
  'schedule.time.until': 'bis {closes} Uhr',
  'schedule.rule': '{when}, {time}',
  'schedule.separator': '; ',
  'schedule.valid.from': 'ab {date}',
  'schedule.valid.through': 'bis {date}',
  'schedule.valid.both': '{from} bis {through}',
  'schedule.valid': '{rules} ({period})',
  'schedule.appointment': 'nach Vereinbarung',
  'schedule.and-appointment': '{rules}, und nach Vereinbarung',
  'schedule.except-holidays': '{rules}, außer an Feiertagen',
  'schedule.closed': 'geschlossen vom {from} bis {through}',
  'schedule.cancelled': 'fällt aus am {date}',
  'schedule.changed': 'am {date}: {time}',
  'schedule.reason': '{note} ({reason})',
} as const;
