/**
 * What a reader asked the directory for: the search words, one value per
 * filter, the order and the page. Read from and written to the page's URL
 * (`dir-q=…&dir-field=housing`), so a search can be shared and the browser's
 * back and forward buttons step through it; the page's other parameters are
 * left alone. No DOM, no Lit.
 */
import { FIELDS_OF_ACTION, OFFER_CATEGORIES, ORGANIZATION_TYPES, type FieldOfAction, type OfferCategory, type OrganizationType } from '../feed/types.js';
import { PROJECT_STATUSES, type ProjectStatus } from './directory-row.js';

export const SORTS = ['name', 'start', 'modified'] as const;
export type DirectorySort = (typeof SORTS)[number];

export interface DirectoryQuery {
  /** Search words as typed. */
  readonly q: string;
  /** A municipality (Stadt/Gemeinde) or district (Landkreis) name, as the rows have it. */
  readonly place: string;
  readonly field: FieldOfAction | '';
  readonly status: ProjectStatus | '';
  readonly partner: OrganizationType | '';
  /** Has offers of this category. */
  readonly offer: OfferCategory | '';
  readonly sort: DirectorySort;
  /** 1-based. */
  readonly page: number;
}

export const EMPTY_QUERY: DirectoryQuery = { q: '', place: '', field: '', status: '', partner: '', offer: '', sort: 'name', page: 1 };

/** The URL parameters' prefix: short, and unlikely to meet a page's own parameters. */
const PREFIX = 'dir-';
const KEYS = ['q', 'place', 'field', 'status', 'partner', 'offer', 'sort', 'page'] as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** A query from URL parameters; anything unknown or malformed is its default. */
export function readQuery(params: URLSearchParams): DirectoryQuery {
  const get = (key: (typeof KEYS)[number]): string | null => params.get(PREFIX + key);
  const page = Number.parseInt(get('page') ?? '', 10);
  return {
    q: (get('q') ?? '').slice(0, 200),
    place: (get('place') ?? '').slice(0, 100),
    field: oneOf(get('field'), FIELDS_OF_ACTION),
    status: oneOf(get('status'), PROJECT_STATUSES),
    partner: oneOf(get('partner'), ORGANIZATION_TYPES),
    offer: oneOf(get('offer'), OFFER_CATEGORIES),
    sort: oneOf(get('sort'), SORTS) || 'name',
    page: Number.isInteger(page) && page > 0 && page < 1e6 ? page : 1,
  };
}

/** `search` (a URL's query string) with the query written into it: defaults are left out, other parameters kept in place. */
export function writeQuery(search: string, query: DirectoryQuery): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    const value = String(query[key]);
    if (value === String(EMPTY_QUERY[key])) params.delete(PREFIX + key);
    else params.set(PREFIX + key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the query narrows the list (search or any filter): then the whole summary is needed. */
export function narrows(query: DirectoryQuery): boolean {
  return query.q.trim() !== '' || query.place !== '' || query.field !== '' || query.status !== '' || query.partner !== '' || query.offer !== '';
}

export function sameQuery(a: DirectoryQuery, b: DirectoryQuery): boolean {
  return KEYS.every((key) => a[key] === b[key]);
}
