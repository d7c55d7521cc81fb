/** A large, valid, deterministic feed of synthetic data (see generate-feed.js). */
export function generateFeed(options?: { offers?: number; places?: number; seed?: number }): Record<string, unknown>;
