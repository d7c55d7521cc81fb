/**
 * The shape of a string table: every key of the German table, each a message.
 */
import type { MessageKey } from './de.js';
import type { Message } from './format.js';

export type Messages = Readonly<Record<MessageKey, Message>>;
export type { MessageKey };
