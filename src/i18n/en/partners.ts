/** English texts of <partner-list>. */
import type { Message } from '../format.js';
import type { dePartners } from '../de/partners.js';

export const enPartners: Record<keyof typeof dePartners, Message> = {};
