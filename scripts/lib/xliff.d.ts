import type { Message } from '../../src/i18n/format.js';
import type { Language } from '../../src/i18n/languages.js';

export const XLIFF_NS: string;
export function escapeXml(text: string): string;
export function escapeAttr(text: string): string;
export function unescapeXml(text: string): string;
export function writeXliff(options: {
  tag: string;
  language?: Language;
  source: Readonly<Record<string, Message>>;
  table?: Readonly<Record<string, Message | undefined>>;
  reviewed?: ReadonlySet<string>;
  comments?: Readonly<Record<string, string>>;
}): string;
export function readXliff(text: string, source: Readonly<Record<string, Message>>): Record<string, Message>;
