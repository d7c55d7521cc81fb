/**
 * Hrefs from feed values. Only http(s), mailto and tel ever become links;
 * the feed layer has already checked URLs, and this checks again at the sink.
 */
import { checkUrl } from '../../feed/checks.js';

/** An http(s) URL as an href, or `undefined`. */
export function webHref(url: string | undefined): string | undefined {
  return url === undefined ? undefined : checkUrl(url);
}

/** A `mailto:` href for a checked e-mail address. */
export function mailHref(email: string | undefined): string | undefined {
  if (!email || /[\s<>"'?&]/.test(email) || !email.includes('@')) return undefined;
  return checkUrl(`mailto:${email}`, ['mailto:']);
}

/** A `tel:` href: only the digits and a leading plus survive. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : undefined;
}
