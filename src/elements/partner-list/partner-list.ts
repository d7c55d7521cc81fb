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
 *
 * @tagname partner-list
 * @summary The partners of a neighbourhood project, or every organisation in a feed, with roles, contributions and contacts.
 *
 * @attr {string} src - One or more feed URLs, separated by spaces.
 * @attr {string} project - A project id: show only its partners, grouped by role. Unknown ids are an error message.
 * @attr {string} roles - Only these roles, space-separated: `lead partner funder owner network`. Unknown values are ignored and named in `debug`. (Not `role`: that is ARIA's attribute, and the element does not read it.)
 * @attr {string} type - Only these organisation types, space-separated: `municipality welfare housing church association school state company other`.
 * @attr {'list' | 'grid' | 'logos'} layout - `list` (default), `grid` (cards, as many columns as fit) or `logos` (a compact wall of logos, the name where there is none).
 * @attr {number} heading-level - Level (1–6) of the top headings; default 2.
 * @attr {string} lang - Language of the interface and of feed texts; default: the nearest ancestor's, then `de`.
 * @attr {boolean} debug - Show the feed's warnings and unknown filter values, for editors.
 *
 * @csspart base - The wrapper of every state.
 * @csspart heading - A role group's heading.
 * @csspart group - A list (`ul`) of organisations.
 * @csspart item - One organisation (`li`).
 * @csspart name - An organisation's name (its heading in `list` and `grid`).
 * @csspart logo - An organisation's logo (`img`).
 * @csspart text - Paragraphs of a contribution to a project.
 * @csspart description - Paragraphs of an organisation's description.
 * @csspart contact - Address, e-mail and phone (`address`).
 * @csspart loading - The loading placeholder.
 * @csspart empty - The note when nothing matches.
 * @csspart error - The message for editors when the feed or an attribute cannot be used (`role="alert"`).
 * @csspart debug - Notes for editors (with `debug`).
 *
 * @cssproperty --quartier-font-family - Text font.
 * @cssproperty --quartier-font-size - Base size (default: the reader's `medium`).
 * @cssproperty --quartier-line-height
 * @cssproperty --quartier-heading-font-family - Headings.
 * @cssproperty --quartier-heading-color - Headings.
 * @cssproperty --quartier-color-text
 * @cssproperty --quartier-color-muted - Types, descriptions, contacts.
 * @cssproperty --quartier-color-background
 * @cssproperty --quartier-color-surface - Cards in `grid`, role tags.
 * @cssproperty --quartier-color-border
 * @cssproperty --quartier-color-accent - Links and focus ring.
 * @cssproperty --quartier-color-error
 * @cssproperty --quartier-color-error-background
 * @cssproperty --quartier-radius
 * @cssproperty --quartier-space - Base spacing.
 * @cssproperty --quartier-max-width
 * @cssproperty --quartier-focus-ring
 * @cssproperty --quartier-loading-height - Height of the loading placeholder (default `6em`).
 * @cssproperty --quartier-logo-height - Height of logos (default `3em`).
 * @cssproperty --quartier-card-min-width - Narrowest card in `grid` (default `16em`).
 *
 * @fires {CustomEvent<QuartierLoadDetail>} quartier-load - The feed is loaded: `{feed, warnings}`.
 * @fires {CustomEvent<QuartierErrorDetail>} quartier-error - A feed or an attribute cannot be used: `{error, src}`.
 * @fires {CustomEvent<QuartierSelectDetail>} quartier-select - The reader activated an organisation's link: `{type: 'organization', id}`. Cancelable: `preventDefault()` keeps the page from navigating.
 */
export class PartnerList extends QuartierElement<readonly PartnerGroup[]> {
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
