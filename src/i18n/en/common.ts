/** English texts every element shares. */
import type { Message } from '../format.js';
import type { deCommon } from '../de/common.js';
import type { deLabels } from '../de/labels.js';

export const enCommon: Record<keyof typeof deCommon | keyof typeof deLabels | 'state.error.for-editors', Message> = {
  'state.loading': 'Loading …',
  'state.empty': 'The feed has no entries for this yet.',
  'state.error.for-editors': 'Note for editors',
  'text.fallback': 'This text is only available in {language}.',
  'text.machine-translated': 'Machine-translated',
  'link.external': '{label} (external link)',
  'link.email': 'E-mail {name}',
  'link.phone': 'Call {name}',
  'text.separator': ', ',
  'number.approximate': 'approx. {value}',

  'role.lead': 'Lead organisation',
  'role.partner': 'Partner',
  'role.funder': 'Funder',
  'role.owner': 'Owner',
  'role.network': 'Network',

  'orgType.municipality': 'Municipality',
  'orgType.welfare': 'Welfare organisation',
  'orgType.housing': 'Housing company',
  'orgType.church': 'Church',
  'orgType.association': 'Association',
  'orgType.school': 'School',
  'orgType.state': 'State / federal',
  'orgType.company': 'Company',
  'orgType.other': 'Other',

  'field.image': 'Image and public relations',
  'field.social': 'Social activities and infrastructure',
  'field.housing': 'Housing and surroundings',
  'field.health': 'Health promotion',
  'field.environment': 'Environment and transport',
  'field.education': 'Culture and education',
  'field.leisure': 'Sport and leisure',
  'field.economy': 'Local economy',
  'field.integration': 'Integration and living together',
  'field.participation': 'Participation and volunteering',

  'category.counselling': 'Counselling',
  'category.language': 'Language',
  'category.meeting': 'Meeting point',
  'category.education': 'Education',
  'category.health': 'Health',
  'category.culture': 'Culture',
  'category.sport': 'Sport',
  'category.children': 'Children',
  'category.youth': 'Youth',
  'category.seniors': 'Older people',
  'category.housing': 'Housing',
  'category.other': 'Other',
};
