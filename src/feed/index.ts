/**
 * The data layer: feed types, validation, loading, merging and queries.
 * No DOM, no Lit: usable in Node (the feed checker) and in the browser.
 */
export * from './types.js';
export { FeedError, isFeedError, type FeedErrorCode, type FeedErrorDetails } from './errors.js';
export { validateFeed, readFeed, checkReferences, parseFeedText, type ValidateOptions } from './validate.js';
export { mergeFeeds } from './merge.js';
export { fetchFeedText, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FetchFeedOptions } from './fetch-feed.js';
export { loadFeed, loadFeeds, clearFeedCache, type LoadResult } from './load-feeds.js';
export { parseSrc } from './feed-request.js';
export { pickText, paragraphs, type LocalizedText } from './text.js';
export * from './query.js';
export { nextDates, hasEnded, localNow, today, datesBetween, DEFAULT_TIME_ZONE, type Occurrence, type LocalNow } from './schedule.js';
export { offerLifecycle, projectLifecycle, type Lifecycle } from './lifecycle.js';
export { publicHolidays, holidayOn, type HolidayName } from './holidays.js';
export { calendarFile, type CalendarEntry } from './ical.js';
export { checkUrl } from './checks.js';
