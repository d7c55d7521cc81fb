/**
 * <quartier-agenda>'s vocabulary (see base/widget-spec.ts); what every
 * element has is in base/quartier-element.spec.ts.
 */
import { OFFER_CATEGORIES } from '../../feed/types.js';
import type { WidgetDocs, WidgetSpec } from '../base/widget-spec.js';

export const agendaSpec = {
  tag: 'quartier-agenda',
  alias: 'agenda',
  attributes: {
    project: { attribute: 'project', kind: 'text', default: '' },
    categories: { attribute: 'categories', kind: 'tokens', values: OFFER_CATEGORIES, default: '' },
    days: { attribute: 'days', kind: 'choice', values: ['7', '14', '28', '56'], default: '28' },
  },
} as const satisfies WidgetSpec;

export const agendaDocs: WidgetDocs<typeof agendaSpec> = {
  summary:
    '"Was ist los?": the current offers by their next dates, grouped today, tomorrow, this week and later, each with "add to calendar"; the same search field and category chips as the map\'s list narrow them.',
  attributes: {
    project: "Only this project's offers; without it every project's. An unknown id is an error message.",
    categories: 'Only offers of these categories.',
    days: 'How many days ahead the dates reach: 7, 14, 28 (default) or 56.',
  },
  parts: {
    toolbar: 'The search field, the category chips, the number of offers shown and "Filter zurücksetzen" (as in `<offer-map>`).',
    chip: 'A category chip (a toggle button, `aria-pressed`).',
    group: 'A group of dates (`section`): today, tomorrow, this week, later, by appointment.',
    heading: "A group's heading.",
    item: 'One date (`li`).',
    time: 'The date and time of an item (`time`).',
    name: "The offer's name.",
    place: 'Where it takes place.',
    action: 'The "add to calendar" button.',
  },
  events: {},
  tokens: [],
};
