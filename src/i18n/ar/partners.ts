/** Arabic texts of <partner-list>. Plural forms follow CLDR: zero, one, two, few (3–10), many (11–99), other. */
import type { Message } from '../format.js';
import type { dePartners } from '../de/partners.js';

export const arPartners: Record<keyof typeof dePartners, Message> = {
  'partners.projects': {
    zero: 'لا مشاركة في أي مشروع',
    one: 'المشاركة في مشروع واحد',
    two: 'المشاركة في مشروعين',
    few: 'المشاركة في {count} مشاريع',
    many: 'المشاركة في {count} مشروعًا',
    other: 'المشاركة في {count} مشروع',
  },
  'partners.unknown-filter': 'السمة «{name}»: يتم تجاهل القيم غير المعروفة: {value} (القيم الممكنة: {allowed}).',
};
