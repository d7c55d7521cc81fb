/**
 * Calendar words for browsers whose `Intl` lacks a language (Chromium on
 * Linux has no date data for Pashto, Sorani, Kurmanji, Tigrinya, Somali,
 * Albanian, Georgian or Macedonian, for example): weekday and month names,
 * date patterns and list joining. Where `Intl` knows the language, it is used
 * and these are not read. German has them for translators to start from.
 */
export const deCalendar = {
  /** Seven names, Monday first, separated by commas. */
  'calendar.weekdays': 'Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag',
  /** Twelve names, January first, separated by commas. */
  'calendar.months': 'Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember',
  'calendar.date': '{day}. {month} {year}',
  'calendar.month': '{month} {year}',
  'calendar.weekday-date': '{weekday}, {date}',
  /** A list: `{items}` are all but the last, joined by `calendar.comma`. */
  'calendar.list': '{items} und {last}',
  'calendar.comma': ', ',
} as const;
