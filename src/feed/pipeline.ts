/**
 * Everything between a feed URL and a validated feed: fetching, parsing,
 * validating, merging. Elements import this module lazily, so the validator
 * is fetched in parallel with the feed rather than weighing on the entry.
 */
export { loadFeeds, readGivenFeed, type LoadResult } from './load-feeds.js';
export { parseSrc } from './feed-request.js';
