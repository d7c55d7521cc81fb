/** English texts of the data-quartier markup upgrade. */
import type { Message } from '../format.js';
import type { deMarkup } from '../de/markup.js';

export const enMarkup: Record<keyof typeof deMarkup, Message> = {
  'markup.unknown-widget': 'data-quartier: “{value}” is not a widget (possible: card, partner-list, offer-map).',
  'markup.bad-value': 'data-{name}: “{value}” is not allowed (possible: {allowed}); the value is not used.',
};
