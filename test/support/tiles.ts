// A tile route of its own for one test: the test server's /test-tiles/<key>/…
// (scripts/wtr-test-tiles.js) answers tiles and counts the requests per key,
// so a test can tell that no tile was asked for (before consent, say).

let sequence = 0;

export interface TileServer {
  /** The `tiles` URL template. */
  readonly template: string;
  /** How many tiles the server has answered under this template. */
  requests(): Promise<number>;
  /** How many tile requests this page's resource timing lists (those of other frames are not listed). */
  seenByPage(): number;
}

/** A new tile route at `origin` (default this page's). */
export function tileServer(origin = location.origin): TileServer {
  const key = `t${Date.now().toString(36)}${++sequence}`;
  return {
    template: `${origin}/test-tiles/${key}/{z}/{x}/{y}.png`,
    requests: async () => Number(await (await fetch(`/test-tiles/${key}/count`, { cache: 'no-store' })).text()),
    seenByPage: () => performance.getEntriesByType('resource').filter((e) => e.name.includes(`/test-tiles/${key}/`) && !e.name.endsWith('/count')).length,
  };
}
