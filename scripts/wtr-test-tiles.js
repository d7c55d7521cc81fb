// A local tile server for the <offer-map> tests: `/test-tiles/<key>/{z}/{x}/{y}.png`
// answers a 1×1 PNG (never cached) and counts the request under <key>;
// `/test-tiles/<key>/count` answers that count as JSON. Nothing leaves the machine.

// A transparent 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Koa middleware for the dev server's `middleware` option. */
export function testTilesMiddleware() {
  /** @type {Map<string, number>} */
  const counts = new Map();
  return async (ctx, next) => {
    const tile = /^\/test-tiles\/([\w-]+)\/\d+\/-?\d+\/-?\d+\.png$/.exec(ctx.path);
    if (tile) {
      const key = tile[1];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'image/png';
      ctx.body = PNG;
      return;
    }
    const count = /^\/test-tiles\/([\w-]+)\/count$/.exec(ctx.path);
    if (count) {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(count[1]) ?? 0);
      return;
    }
    await next();
  };
}
