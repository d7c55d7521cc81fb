/**
 * German texts of a schedule in words (`describeSchedule` in
 * `../schedule-words.ts`). They come with every view that shows schedules:
 * the card's, and the offer map's.
 *
 * Placeholders, for translators:
 * - `{day}`: the weekday's name from `Intl` ("Dienstag").
 * - `{days}`: the weekday's habitual form (`schedule.day.*`: "dienstags"), or
 *   several of them joined as a list ("dienstags und donnerstags").
 *   `schedule.day.*` may itself use `{day}` when the language needs no form
 *   of its own (English: `'{day}'`).
 * - `{first}`, `{last}`: the habitual forms of the first and last day of a
 *   run of three or more consecutive days; `{firstDay}`, `{lastDay}` their
 *   names, for languages that say a range with names ("du lundi au vendredi").
 * - `{opens}`, `{closes}`: clock times from `Intl`, whole hours without
 *   minutes ("10", "9:30"; English "10 AM").
 * - `{date}`, `{from}`, `{through}`: dates as precise as the feed gives them
 *   ("1. März 2026", "März 2026").
 * - `{rules}`: the rules in words, as above.
 * - `{note}`, `{reason}`: a note on a day ("fällt aus am …") and the
 *   partner's reason for it ("Heiligabend").
 * - `{nth}`: one or more `schedule.nth.*` phrases joined as a list ("jeden
 *   ersten Montag und jeden ersten Mittwoch").
 * `schedule.nth.N.XX` is the Nth weekday XX of a month, `-N` the Nth from the
 * end (`-1` the last), as a phrase that `schedule.monthly` puts into its
 * sentence: one message per position and weekday, so the ordinal can agree
 * with the weekday's gender and case ("в первую среду", "la prima domenica").
 * It may use `{day}` (the weekday's name) where the language inflects nothing.
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
  'schedule.monthly': '{nth} im Monat',
  'schedule.nth.1.MO': 'jeden ersten Montag',
  'schedule.nth.1.TU': 'jeden ersten Dienstag',
  'schedule.nth.1.WE': 'jeden ersten Mittwoch',
  'schedule.nth.1.TH': 'jeden ersten Donnerstag',
  'schedule.nth.1.FR': 'jeden ersten Freitag',
  'schedule.nth.1.SA': 'jeden ersten Samstag',
  'schedule.nth.1.SU': 'jeden ersten Sonntag',
  'schedule.nth.2.MO': 'jeden zweiten Montag',
  'schedule.nth.2.TU': 'jeden zweiten Dienstag',
  'schedule.nth.2.WE': 'jeden zweiten Mittwoch',
  'schedule.nth.2.TH': 'jeden zweiten Donnerstag',
  'schedule.nth.2.FR': 'jeden zweiten Freitag',
  'schedule.nth.2.SA': 'jeden zweiten Samstag',
  'schedule.nth.2.SU': 'jeden zweiten Sonntag',
  'schedule.nth.3.MO': 'jeden dritten Montag',
  'schedule.nth.3.TU': 'jeden dritten Dienstag',
  'schedule.nth.3.WE': 'jeden dritten Mittwoch',
  'schedule.nth.3.TH': 'jeden dritten Donnerstag',
  'schedule.nth.3.FR': 'jeden dritten Freitag',
  'schedule.nth.3.SA': 'jeden dritten Samstag',
  'schedule.nth.3.SU': 'jeden dritten Sonntag',
  'schedule.nth.4.MO': 'jeden vierten Montag',
  'schedule.nth.4.TU': 'jeden vierten Dienstag',
  'schedule.nth.4.WE': 'jeden vierten Mittwoch',
  'schedule.nth.4.TH': 'jeden vierten Donnerstag',
  'schedule.nth.4.FR': 'jeden vierten Freitag',
  'schedule.nth.4.SA': 'jeden vierten Samstag',
  'schedule.nth.4.SU': 'jeden vierten Sonntag',
  'schedule.nth.5.MO': 'jeden fünften Montag',
  'schedule.nth.5.TU': 'jeden fünften Dienstag',
  'schedule.nth.5.WE': 'jeden fünften Mittwoch',
  'schedule.nth.5.TH': 'jeden fünften Donnerstag',
  'schedule.nth.5.FR': 'jeden fünften Freitag',
  'schedule.nth.5.SA': 'jeden fünften Samstag',
  'schedule.nth.5.SU': 'jeden fünften Sonntag',
  'schedule.nth.-1.MO': 'jeden letzten Montag',
  'schedule.nth.-1.TU': 'jeden letzten Dienstag',
  'schedule.nth.-1.WE': 'jeden letzten Mittwoch',
  'schedule.nth.-1.TH': 'jeden letzten Donnerstag',
  'schedule.nth.-1.FR': 'jeden letzten Freitag',
  'schedule.nth.-1.SA': 'jeden letzten Samstag',
  'schedule.nth.-1.SU': 'jeden letzten Sonntag',
  'schedule.nth.-2.MO': 'jeden vorletzten Montag',
  'schedule.nth.-2.TU': 'jeden vorletzten Dienstag',
  'schedule.nth.-2.WE': 'jeden vorletzten Mittwoch',
  'schedule.nth.-2.TH': 'jeden vorletzten Donnerstag',
  'schedule.nth.-2.FR': 'jeden vorletzten Freitag',
  'schedule.nth.-2.SA': 'jeden vorletzten Samstag',
  'schedule.nth.-2.SU': 'jeden vorletzten Sonntag',
  'schedule.nth.-3.MO': 'jeden drittletzten Montag',
  'schedule.nth.-3.TU': 'jeden drittletzten Dienstag',
  'schedule.nth.-3.WE': 'jeden drittletzten Mittwoch',
  'schedule.nth.-3.TH': 'jeden drittletzten Donnerstag',
  'schedule.nth.-3.FR': 'jeden drittletzten Freitag',
  'schedule.nth.-3.SA': 'jeden drittletzten Samstag',
  'schedule.nth.-3.SU': 'jeden drittletzten Sonntag',
  'schedule.nth.-4.MO': 'jeden viertletzten Montag',
  'schedule.nth.-4.TU': 'jeden viertletzten Dienstag',
  'schedule.nth.-4.WE': 'jeden viertletzten Mittwoch',
  'schedule.nth.-4.TH': 'jeden viertletzten Donnerstag',
  'schedule.nth.-4.FR': 'jeden viertletzten Freitag',
  'schedule.nth.-4.SA': 'jeden viertletzten Samstag',
  'schedule.nth.-4.SU': 'jeden viertletzten Sonntag',
  'schedule.nth.-5.MO': 'jeden fünftletzten Montag',
  'schedule.nth.-5.TU': 'jeden fünftletzten Dienstag',
  'schedule.nth.-5.WE': 'jeden fünftletzten Mittwoch',
  'schedule.nth.-5.TH': 'jeden fünftletzten Donnerstag',
  'schedule.nth.-5.FR': 'jeden fünftletzten Freitag',
  'schedule.nth.-5.SA': 'jeden fünftletzten Samstag',
  'schedule.nth.-5.SU': 'jeden fünftletzten Sonntag',
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
