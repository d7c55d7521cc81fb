/**
 * The kit's own HSDS taxonomy, "Quartier-Feed": one term for a record's id
 * in the feed (an attribute with the term gives the id as its `value`) and
 * one term per offer category. HSDS attaches such terms to any record
 * through its `attributes` table; the export writes them, the import reads
 * them back. Term ids are the same for every feed (UUIDv5 of the term's code
 * under the taxonomy's id), so terms from several feeds' exports are one.
 */
import type { OfferCategory } from '../feed/types.js';
import { URL_NAMESPACE, uuidV5 } from './uuid-v5.js';

export type KitTerm = 'id' | `category:${OfferCategory}`;

/** Names the taxonomy (docs/interop.md describes it); a name, not an address to fetch. */
const TAXONOMY_URI = 'urn:quartier-feed:hsds-taxonomy';

export const KIT_TAXONOMY = {
  id: uuidV5(TAXONOMY_URI, URL_NAMESPACE),
  name: 'Quartier-Feed',
  description: 'Kennungen und Angebotsarten aus dem Quartier-Feed (Format 1), aus dem die Daten stammen.',
  uri: TAXONOMY_URI,
  version: '1',
} as const;

/** The id of one of the kit's terms. */
export function kitTermId(term: KitTerm): string {
  return uuidV5(term, KIT_TAXONOMY.id);
}
