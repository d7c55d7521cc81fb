// Types of worst-feeds.js for the browser tests that use its shapes.
export function goalsFeed(count: number): string;
export function recordsFeed(count: number): string;
export function invalidOrganizationsFeed(count: number): string;
export function samePointFeed(count: number): string;
