/**
 * Every widget's spec, for the readers that serve all of them: the
 * `data-quartier` upgrade, the iframe page, the configurator. Data only; the
 * element shells do not import it (their script-tag entry stays small).
 */
import { baseSpec } from './base/quartier-element.spec.js';
import { attributesOf, type AttributeSpec, type WidgetSpec } from './base/widget-spec.js';
import { offerMapSpec } from './offer-map/offer-map.spec.js';
import { agendaSpec } from './quartier-agenda/quartier-agenda.spec.js';
import { partnerListSpec } from './partner-list/partner-list.spec.js';
import { cardSpec } from './quartier-card/quartier-card.spec.js';
import { directorySpec } from './quartier-directory/quartier-directory.spec.js';

/** The widgets, in the order forms and messages list them. */
export const WIDGETS = [cardSpec, partnerListSpec, offerMapSpec, agendaSpec, directorySpec] as const;

export type WidgetTag = (typeof WIDGETS)[number]['tag'];
export type WidgetAlias = (typeof WIDGETS)[number]['alias'];

/** The widget a `data-quartier` or `widget=` value names: its alias or its tag (compared as given). */
export function widgetNamed(name: string): (typeof WIDGETS)[number] | undefined {
  return WIDGETS.find((w) => w.alias === name || w.tag === name);
}

/** The names editors may write for a widget, for messages: `card, partner-list, offer-map, directory`. */
export const WIDGET_ALIASES: string = WIDGETS.map((w) => w.alias).join(', ');

/** A widget's attributes (its own, then every element's) by attribute name, without property-only ones. */
export function widgetAttributes(spec: WidgetSpec): ReadonlyMap<string, AttributeSpec> {
  return new Map([...attributesOf(spec), ...attributesOf(baseSpec)].map(([, a]) => [a.attribute, a]));
}
