/**
 * The optional address search: asks a Nominatim-compatible service that the
 * partner named in the settings (their own, or one whose terms they accept)
 * for the position of an address. Nothing is sent anywhere unless a service
 * is configured and the partner presses the button.
 */
import { isRecord, own } from '../../src/feed/checks.js';
import type { Address, GeoPoint } from '../../src/feed/types.js';

export type GeocodeResult = { readonly point: GeoPoint; readonly label: string } | 'not-found' | 'failed';

/** The address as one line ("Hochstraße 5, 38723 Seesen"), or '' when it has nothing to search for. */
export function addressLine(address: unknown): string {
  if (!isRecord(address)) return '';
  const part = (key: keyof Address): string => {
    const value = own(address, key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const town = [part('postalCode'), part('locality')].filter(Boolean).join(' ');
  return [part('street'), town].filter(Boolean).join(', ');
}

/** Looks an address up at `service` (`…/search?format=jsonv2&limit=1&q=…`). */
export async function geocode(service: URL, address: string, doFetch: typeof fetch = fetch): Promise<GeocodeResult> {
  const url = new URL('search', service.href.endsWith('/') ? service : new URL(`${service.href}/`));
  url.searchParams.set('format', 'jsonv2');
  url.searchParams.set('limit', '1');
  url.searchParams.set('q', address);
  try {
    const response = await doFetch(url.href, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(15_000) });
    if (!response.ok) return 'failed';
    const results: unknown = await response.json();
    const first: unknown = Array.isArray(results) ? results[0] : undefined;
    if (!isRecord(first)) return 'not-found';
    const lat = Number(own(first, 'lat'));
    const lng = Number(own(first, 'lon'));
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return 'not-found';
    const label = own(first, 'display_name');
    return { point: { lat, lng }, label: typeof label === 'string' ? label : address };
  } catch {
    return 'failed';
  }
}
