// Runs inside the benchmark page (scripts/bench/page.html, which loads the
// built bundle dist/quartier-widgets.js). scripts/bench/browser.js calls these
// functions through `window.quartierBench` and prints what they return.
// Times are milliseconds from `performance.now()`.
/* global document, customElements, requestAnimationFrame */

/** Resolves in the next animation frame's callback, with the time it ran. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** A small deterministic random generator (mulberry32), so that runs are repeatable. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const phase = random(42);

/**
 * Lets the page go quiet between runs (a collection when exposed, a pause, a
 * frame), then waits 0–15 ms into the frame: a page inserts elements at any
 * moment, so the wait for the next frame is that of a random moment.
 */
async function quiet() {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 10));
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, Math.floor(phase() * 16)));
}

/** Resolves at the element's `quartier-load`, rejects at `quartier-error`. */
function whenLoaded(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('quartier-load', resolve, { once: true });
    el.addEventListener('quartier-error', (event) => reject(new Error(`<${el.localName}> quartier-error: ${event.detail?.error?.message ?? 'unknown'}`)), {
      once: true,
    });
  });
}

/**
 * Appends `el` to the page and times three points from the append:
 * `render`: it is `loaded` and `updateComplete` (its shadow DOM is committed);
 * `layout`: after forcing style and layout of the page (what the frame must do too);
 * `frame`: the next animation frame's callback.
 */
async function timeInsertion(el) {
  const loaded = whenLoaded(el);
  const t0 = performance.now();
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  const render = performance.now();
  if (el.state !== 'loaded') throw new Error(`<${el.localName}> is ${el.state}, not loaded`);
  const height = el.offsetHeight; // forces style and layout
  const layout = performance.now();
  const frame = await nextFrame();
  const items = el.shadowRoot?.querySelectorAll('li').length ?? 0;
  return { render: render - t0, layout: layout - t0, frame: frame - t0, height, items };
}

/** Inserts `warmup` then `runs` fresh elements made by `make`, one at a time, each removed after. */
async function series(make, { runs, warmup = 1 }) {
  const warm = [];
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    await quiet();
    const el = make();
    const sample = await timeInsertion(el);
    el.remove();
    (i < warmup ? warm : samples).push(sample);
  }
  return { warm, samples };
}

async function defined(tag) {
  await Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> is not defined: did dist/quartier-widgets.js load?`)), 10_000)),
  ]);
}

globalThis.quartierBench = {
  /** `<quartier-card src=… project=… variant=…>`: one warm-up card (fetches feed and chunks), then `runs` cards. */
  async card({ src, project, variant, runs }) {
    await defined('quartier-card');
    return series(
      () => {
        const el = document.createElement('quartier-card');
        el.setAttribute('src', src);
        if (project) el.setAttribute('project', project);
        el.setAttribute('variant', variant);
        return el;
      },
      { runs },
    );
  },

  /** `<partner-list>` given the feed at `url` as `.feed` (parsed before each run, outside the timing). */
  async partners({ url, project, runs }) {
    await defined('partner-list');
    const text = await (await fetch(url)).text();
    return series(
      () => {
        const el = document.createElement('partner-list');
        if (project) el.setAttribute('project', project);
        el.feed = JSON.parse(text);
        return el;
      },
      { runs },
    );
  },

  /** `JSON.parse` and `validateFeed(JSON.parse(…))` of the feed at `url`, `runs` times each, with the tsc-built data layer. */
  async validate({ url, runs, warmup = 3 }) {
    const { validateFeed } = await import('/lib/feed/validate.js');
    const text = await (await fetch(url)).text();
    let warnings = 0;
    for (let i = 0; i < warmup; i++) warnings = validateFeed(JSON.parse(text)).warnings.length;
    const parse = [];
    const both = [];
    for (let i = 0; i < runs; i++) {
      globalThis.gc?.();
      let t0 = performance.now();
      JSON.parse(text);
      parse.push(performance.now() - t0);
      globalThis.gc?.();
      t0 = performance.now();
      validateFeed(JSON.parse(text));
      both.push(performance.now() - t0);
    }
    return { parse, both, warnings, chars: text.length };
  },
};
