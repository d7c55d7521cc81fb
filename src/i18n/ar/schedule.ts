/**
 * Arabic texts of a schedule in words (placeholders: see `../de/schedule.ts`).
 * `{day}` is the weekday's name with its article from `Intl` ("الثلاثاء"),
 * so "every Tuesday" is "كل يوم الثلاثاء" and a monthly rule puts the
 * ordinal after it: "يوم الاثنين الأول من كل شهر".
 */
import type { Message } from '../format.js';
import type { deSchedule } from '../de/schedule.js';

export const arSchedule: Record<keyof typeof deSchedule, Message> = {
  'schedule.day.MO': '{day}',
  'schedule.day.TU': '{day}',
  'schedule.day.WE': '{day}',
  'schedule.day.TH': '{day}',
  'schedule.day.FR': '{day}',
  'schedule.day.SA': '{day}',
  'schedule.day.SU': '{day}',
  'schedule.daily': 'يوميًا',
  'schedule.weekly.one': 'كل يوم {day}',
  'schedule.weekly.many': 'أيام {days}',
  'schedule.weekly.range': 'من {first} إلى {last}',
  'schedule.days.range': '{first} حتى {last}',
  'schedule.monthly.1': 'يوم {day} الأول من كل شهر',
  'schedule.monthly.2': 'يوم {day} الثاني من كل شهر',
  'schedule.monthly.3': 'يوم {day} الثالث من كل شهر',
  'schedule.monthly.4': 'يوم {day} الرابع من كل شهر',
  'schedule.monthly.5': 'يوم {day} الخامس من كل شهر',
  'schedule.monthly.-1': 'يوم {day} الأخير من كل شهر',
  'schedule.monthly.-2': 'يوم {day} ما قبل الأخير من كل شهر',
  'schedule.monthly.-3': 'يوم {day} الثالث من نهاية كل شهر',
  'schedule.monthly.-4': 'يوم {day} الرابع من نهاية كل شهر',
  'schedule.monthly.-5': 'يوم {day} الخامس من نهاية كل شهر',
  'schedule.time.range': 'من {opens} إلى {closes}',
  'schedule.time.from': 'ابتداءً من {opens}',
  'schedule.time.until': 'حتى {closes}',
  'schedule.rule': '{when}، {time}',
  'schedule.separator': '؛ ',
  'schedule.valid.from': 'ابتداءً من {date}',
  'schedule.valid.through': 'حتى {date}',
  'schedule.valid.both': 'من {from} إلى {through}',
  'schedule.valid': '{rules} ({period})',
};
