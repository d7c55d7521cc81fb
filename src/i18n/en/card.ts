/** English texts of <quartier-card>. */
import type { Message } from '../format.js';
import type { deCard } from '../de/card.js';

export const enCard: Record<keyof typeof deCard, Message> = {};
