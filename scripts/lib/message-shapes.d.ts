import type { Message } from '../../src/i18n/format.js';

export const PLURAL_ORDER: readonly Intl.LDMLPluralRule[];
export function pluralCategories(tag: string): Intl.LDMLPluralRule[];
export function placeholders(text: string): Set<string>;
export function forms(message: Message): Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
export function alternatives(key: string): { optional: string[]; groups: string[][] };
export function tableJson(table: Readonly<Record<string, Message | undefined>>, source: Readonly<Record<string, Message>>): string;
