/**
 * Every widget's spec with its English docs, and what every element has:
 * the source of the Custom Elements Manifest (custom-elements-manifest.config.js)
 * and, through it, of the README's tables (scripts/docs.js). For tools only;
 * never imported by the elements.
 */
import { baseDocs, baseSpec } from './base/quartier-element.spec.js';
import type { WidgetDocs, WidgetSpec } from './base/widget-spec.js';
import { offerMapDocs } from './offer-map/offer-map.spec.js';
import { agendaDocs } from './quartier-agenda/quartier-agenda.spec.js';
import { partnerListDocs } from './partner-list/partner-list.spec.js';
import { cardDocs } from './quartier-card/quartier-card.spec.js';
import { directoryDocs } from './quartier-directory/quartier-directory.spec.js';
import { WIDGETS, type WidgetTag } from './widgets.js';

export { TOKENS } from '../styles/tokens.js';

/** Each widget's docs (a widget without them fails `tsc`). */
const DOCS: Readonly<Record<WidgetTag, WidgetDocs<WidgetSpec>>> = {
  'quartier-card': cardDocs,
  'partner-list': partnerListDocs,
  'offer-map': offerMapDocs,
  'quartier-agenda': agendaDocs,
  'quartier-directory': directoryDocs,
};

export interface DocumentedWidget {
  readonly spec: WidgetSpec;
  readonly docs: WidgetDocs<WidgetSpec>;
}

/** The widgets with their docs, in the order of WIDGETS. */
export const DOCUMENTED: readonly DocumentedWidget[] = WIDGETS.map((spec) => ({ spec, docs: DOCS[spec.tag] }));

/** What every element has. */
export const BASE: { readonly spec: Pick<WidgetSpec, 'attributes'>; readonly docs: WidgetDocs<Pick<WidgetSpec, 'attributes'>> } = {
  spec: baseSpec,
  docs: baseDocs,
};
