/** The English string table. */
import { enCard } from './en/card.js';
import { enCommon } from './en/common.js';
import { enMap } from './en/map.js';
import { enMarkup } from './en/markup.js';
import { enOffer } from './en/offer.js';
import { enPartners } from './en/partners.js';
import { enSchedule } from './en/schedule.js';
import type { Messages } from './messages.js';

export const en: Messages = {
  ...enCommon,
  ...enCard,
  ...enPartners,
  ...enMap,
  ...enOffer,
  ...enMarkup,
  ...enSchedule,
  'error.invalid-url': 'The feed address “{value}” is not an http(s) address.',
  'error.http': 'The feed {url} could not be loaded (HTTP {status}).',
  'error.http.404': 'The feed {url} was not found (HTTP 404). Is the address right?',
  'error.network':
    'The feed {url} could not be loaded: no connection, or the server does not allow this page to read it (CORS header missing).',
  'error.timeout': 'The feed {url} did not answer in time.',
  'error.too-large': 'The feed {url} is too large (more than {value} bytes).',
  'error.not-json': 'The feed {url} is not valid JSON.',
  'error.not-json.html': 'An HTML page came back from {url} instead of a feed (an error or login page, perhaps).',
  'error.not-a-feed': 'The file {url} is not a Quartier feed (the “version” field is missing).',
  'error.unknown-version': 'The feed {url} has version {value}, which this widget does not know (expected: “1”).',
  'error.no-records': 'The feed {url} has no valid record.',
  'error.unknown-project': 'The project “{value}” is not in the feed {url}.',
  'error.choose-project': 'The feed {url} has several projects: please set the “project” attribute.',
  'error.internal': 'This widget could not show the feed (a program error; please report it).',
  'error.no-src': 'No feed is given: please set the “src” attribute.',
  'error.this-feed': 'this feed',

};
