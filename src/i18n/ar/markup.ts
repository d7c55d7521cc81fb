/** Arabic texts of the data-quartier markup upgrade. */
import type { Message } from '../format.js';
import type { deMarkup } from '../de/markup.js';

export const arMarkup: Record<keyof typeof deMarkup, Message> = {
  'markup.unknown-widget': 'data-quartier: „{value}“ ليس عنصرًا معروفًا (الممكن: card، partner-list، offer-map).',
  'markup.bad-value': 'data-{name}: القيمة „{value}“ غير مسموح بها (الممكن: {allowed})؛ لن تُستخدم هذه القيمة.',
};
