/**
 * The shell of <partner-list>: its attributes and properties, registered by
 * the script-tag entry. What it shows (rendering and styles) is in
 * partner-list.view.ts, fetched with the feed; import nothing here that only
 * the view needs, or the bundler pulls it into the entry.
 */
import { QuartierElement, type ElementView } from '../base/quartier-element.js';
import type { LitProperties, ValueOf } from '../base/widget-spec.js';
import type { partnerListSpec } from './partner-list.spec.js';
import type { PartnerGroup } from './partner-groups.js';

/**
 * The organisations behind neighbourhood projects (cities, welfare
 * organisations, housing companies, funders), from a Quartier feed.
 *
 * With `project`: that project's partners, grouped by role (Träger, Partner,
 * Förderer, Eigentümer, Netzwerk), each with its contribution; an organisation
 * with two roles is in both groups. Without `project`: every organisation in
 * the feed, each with the projects it takes part in and its role there.
 *
 * Headings are `role="heading"` with `aria-level` from `heading-level`: role
 * groups at that level, organisation names one below (at that level when
 * there are no groups). This keeps one template for all six levels without
 * `unsafeStatic`.
 *
 * An organisation with a `url` is a link (its name, or its logo in
 * `layout="logos"`); activating it fires `quartier-select`. Organisations
 * without a `url` are text, not a dead control.
 */
export class PartnerList extends QuartierElement<readonly PartnerGroup[]> {
  // Attributes, properties, events, parts and tokens: partner-list.spec.ts
  // (and base/quartier-element.spec.ts for those every element has).
  static override properties = { project: {}, roles: {}, type: {}, layout: {} } satisfies LitProperties<typeof partnerListSpec>;

  /** A project id: only its partners, grouped by role. */
  project = '';

  /** Only these roles (space-separated): `lead partner funder owner network`. */
  roles = '';

  /** Only these organisation types (space-separated). */
  type = '';

  /** `list`, `grid` or `logos`. */
  layout: ValueOf<typeof partnerListSpec.attributes.layout> = 'list';

  protected loadView(): Promise<ElementView<this, readonly PartnerGroup[]>> {
    return import('./partner-list.view.js').then((m) => m.partnerListView);
  }
}
