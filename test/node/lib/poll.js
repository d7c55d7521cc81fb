// Asking a page again and again until an answer holds: puppeteer's own
// waitForFunction fails on the hostile host pages (they add enumerable
// properties to Object.prototype), so the Node tests poll with page.evaluate.

/**
 * Calls `read` until `done` holds for its value, or `timeout` ms have passed
 * (every `interval` ms); returns the last value, for the test to compare.
 * @template T
 * @param {() => T | Promise<T>} read
 * @param {(value: T) => boolean} [done] default: the value is truthy
 * @returns {Promise<T>}
 */
export async function poll(read, done = Boolean, { timeout = 10_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, interval));
    value = await read();
  }
  return value;
}
