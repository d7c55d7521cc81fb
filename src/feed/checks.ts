/**
 * Checks of single values from an untrusted feed. Each returns the clean value
 * or `undefined`; none throws, whatever it is given. The JSON Schema in
 * `data/quartier-feed.schema.json` states the same rules for editors.
 */
import { daysInMonth } from './calendar-days.js';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** BCP 47, loosely: a 2–3 letter language, then subtags of 1–8 letters or digits. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
/** Digits first, or `+`, `(` or `(+` then digits: `(0000) 00-0` is written as often as `0000 00-0`. */
const PHONE = /^(?:\+|\(\+?)?[0-9][0-9 ()/.\-–]{2,30}$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** C0/C1 control characters except tab and line feed. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Keys that must never be copied onto an object. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = Object.prototype.hasOwnProperty;

/** An own property, never one inherited from a (possibly polluted) prototype. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return hasOwn.call(record, key) ? record[key] : undefined;
}

/** A carriage return or a control character that `cleanString` removes. */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\r\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Plain text: line breaks normalised, control characters removed, trimmed; empty is `undefined`. */
export function cleanString(value: unknown, maxLength = 20_000): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Most texts are clean already: one test instead of two replacements.
  const text = (UNCLEAN.test(value) ? value.replace(/\r\n?/g, '\n').replace(CONTROL, '') : value).trim();
  if (!text) return undefined;
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

export function checkSlug(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 120 && SLUG.test(value) ? value : undefined;
}

export function checkLanguageTag(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 35 && LANGUAGE_TAG.test(value) ? value : undefined;
}

/**
 * An absolute URL whose scheme is in `schemes` (http and https by default),
 * without a user name or password. The URL parser removes tabs, newlines and
 * leading control characters before the scheme is read, so `java\tscript:`
 * is caught as `javascript:`.
 */
/**
 * An http(s) URL already in the parser's normal form (lower-case scheme and
 * host, printable ASCII, no backslash): `new URL` would return it unchanged,
 * so it is accepted without parsing — most feed URLs, and the parse is the
 * validator's largest single cost.
 */
const PLAIN_WEB_URL = /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\/[\w\-.~!$&()*+,;=:@/?#%]*$/;

const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];

/** A `.` or `..` path segment, plain or percent-encoded, which the parser would resolve. */
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)|%2e/i;

export function checkUrl(value: unknown, schemes: readonly string[] = WEB_SCHEMES): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  if (PLAIN_WEB_URL.test(value) && schemes.includes(value.startsWith('https:') ? 'https:' : 'http:') && !DOT_SEGMENT.test(value)) {
    return value;
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
  // `https://www.stadt.de@evil.example/` leads to evil.example: a user name or password only misleads.
  if (url.username || url.password) return undefined;
  return url.href;
}

/** Whether a value is an absolute URL with a user name or password (`https://a@b/`). */
export function hasUserInfo(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value.trim());
    return Boolean(url.username || url.password);
  } catch {
    return false;
  }
}

export function checkEmail(value: unknown): string | undefined {
  const text = cleanString(value, 254);
  return text && EMAIL.test(text) ? text : undefined;
}

/** A phone number as written, with at least three digits (as in the schema). */
export function checkPhone(value: unknown): string | undefined {
  const text = cleanString(value, 40);
  return text && PHONE.test(text) && text.replace(/[^0-9]/g, '').length >= 3 ? text : undefined;
}

const POSTAL_CODE = /^[0-9A-Za-z -]{3,10}$/;

/** A postal code of 3–10 letters, digits, spaces or hyphens; a number is read as its digits. */
export function checkPostalCode(value: unknown): string | undefined {
  const code = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return POSTAL_CODE.test(code) ? code : undefined;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export function checkPartialDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return undefined;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      if (day < 1 || day > daysInMonth(year, month)) return undefined;
    }
  }
  return value;
}

/** A whole day `YYYY-MM-DD`, a real calendar date. */
export function checkDay(value: unknown): string | undefined {
  return typeof value === 'string' && value.length === 10 ? checkPartialDate(value) : undefined;
}

/** An ISO date or date-time (`2026-06-20`, `2026-06-20T15:00`, with optional seconds and offset). */
export function checkDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  if (!checkPartialDate(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return undefined;
  return value;
}

/** A local clock time `HH:MM` (24 h). `24:00` is allowed as an end of day. Read by character codes: it allocates nothing. */
export function checkClock(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 0x3a) return undefined;
  const h = twoDigits(value, 0);
  const min = twoDigits(value, 3);
  if (h < 0 || min < 0 || min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return value;
}

/** The number of the two ASCII digits at `at`, or −1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 0x30;
  const b = text.charCodeAt(at + 1) - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

export function checkLatitude(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= -90 && value <= 90 ? value : undefined;
}

export function checkLongitude(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= -180 && value <= 180 ? value : undefined;
}

/** A finite number that is not negative (counts, amounts, radii). */
export function checkCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function checkCode<T extends string>(value: unknown, codes: readonly T[]): T | undefined {
  return typeof value === 'string' && (codes as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A short, printable form of a bad value for a warning message. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  text = text.replace(CONTROL, '?');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
