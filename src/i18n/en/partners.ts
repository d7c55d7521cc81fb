/** English texts of <partner-list>. */
import type { Message } from '../format.js';
import type { dePartners } from '../de/partners.js';

export const enPartners: Record<keyof typeof dePartners, Message> = {
  'partners.projects': { one: 'Involved in one project', other: 'Involved in {count} projects' },
  'partners.unknown-filter': 'Attribute “{name}”: unknown values are ignored: {value} (allowed: {allowed}).',
};
