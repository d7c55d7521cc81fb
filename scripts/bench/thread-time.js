// The CPU time a tab's main thread has used so far, from a CDP session with
// the Performance domain enabled.

/**
 * CPU time of the page's main thread so far (CDP `ThreadTime`), in ms: unlike a duration, it does not grow while
 * other work on the machine has the core.
 * @param {import('puppeteer-core').CDPSession} cdp
 * @returns {Promise<number>}
 */
export async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}
