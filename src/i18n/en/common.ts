/** English texts every element shares. */
import type { Message } from '../format.js';
import type { deCommon } from '../de/common.js';

export const enCommon: Record<keyof typeof deCommon, Message> = {
  'state.loading': 'Loading …',
  'state.error.for-editors': 'Note for editors',
  'state.debug.summary': 'Notes on the feed (visible to editors only)',
  'state.debug.none': 'The feed has no faults.',
  'text.fallback': 'This text is only available in {language}.',
  'link.external': '{label} (external link)',
  'link.email': 'E-mail {name}',
  'link.phone': 'Call {name}',
};
