/**
 * <partner-list>'s vocabulary (see base/widget-spec.ts); what every element
 * has is in base/quartier-element.spec.ts.
 */
import { ORGANIZATION_TYPES, PARTNER_ROLES } from '../../feed/types.js';
import type { WidgetDocs, WidgetSpec } from '../base/widget-spec.js';

export const partnerListSpec = {
  tag: 'partner-list',
  alias: 'partner-list',
  attributes: {
    project: { attribute: 'project', kind: 'text', default: '' },
    roles: { attribute: 'roles', kind: 'tokens', values: PARTNER_ROLES, default: '' },
    type: { attribute: 'type', kind: 'tokens', values: ORGANIZATION_TYPES, default: '' },
    layout: { attribute: 'layout', kind: 'choice', values: ['list', 'grid', 'logos'], default: 'list' },
  },
} as const satisfies WidgetSpec;

export const partnerListDocs: WidgetDocs<typeof partnerListSpec> = {
  summary: 'The partners of a neighbourhood project, or every organisation in a feed, with roles, contributions and contacts.',
  attributes: {
    project:
      "Only this project's partners, grouped by role (Träger, Partner, Förderer, Eigentümer, Netzwerk); without it: every organisation with the projects it takes part in. An unknown id is an error message.",
    roles: "Only these roles. Not `role`: that is ARIA's attribute on the element itself.",
    type: 'Only these organisation types.',
    layout: '`list`, `grid` (cards, as many columns as fit) or `logos` (a compact wall of logos, the name where there is none).',
  },
  parts: {
    group: 'A list (`ul`) of organisations.',
    heading: "A role group's heading.",
    item: 'One organisation (`li`).',
    name: "An organisation's name (its heading in `list` and `grid`).",
    logo: "An organisation's logo (`img`).",
    description: "Paragraphs of an organisation's description.",
    contact: 'Address, e-mail and phone (`address`).',
  },
  events: {
    'quartier-select': {
      detail: 'QuartierSelectDetail',
      description: "The reader activated an organisation's link: `{type: 'organization', id}`. Cancelable: `preventDefault()` keeps the page from navigating.",
    },
  },
  tokens: ['--quartier-logo-height', '--quartier-card-min-width'],
};
