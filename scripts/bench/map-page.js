// Runs inside the map benchmark pages: map-ours.html (the built
// dist/quartier-widgets.js, <offer-map>), map-markers.html (Leaflet's UMD
// build, one L.marker per place) and map-cluster.html (Leaflet and
// leaflet.markercluster). scripts/bench/map.js calls these functions through
// `window.mapBench` and prints what they return. Times are milliseconds from
// `performance.now()`; tiles come from the bench server's local route.
/* global document, customElements, requestAnimationFrame, MutationObserver, KeyboardEvent, Event, PerformanceObserver, L */
import { generateFeed } from '/scripts/lib/generate-feed.js';

/** Resolves in the next animation frame's callback, with the frame's timestamp. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every insertion starts at the same moment of a frame: in a task just after an animation frame. */
async function frameStart() {
  await nextFrame();
  await sleep(0);
}

/** The raw feed (JSON.parse of the served text), as a page holds it before it hands it over. */
let feed;
/** What was drawn last: the Leaflet map (when reachable) and, for <offer-map>, the element. */
let current;
/** The size of <offer-map> that gives its map area the asked size (found by `warmOurs`). */
let elementSize;

/** The places with coordinates, labelled like <offer-map>'s markers (name and number of offers). */
function placesOf(raw) {
  const count = new Map();
  for (const o of raw.offers ?? []) if (o.place) count.set(o.place, (count.get(o.place) ?? 0) + 1);
  const out = [];
  for (const p of raw.places ?? []) {
    if (!p.geo) continue;
    const name = typeof p.name === 'string' ? p.name : (p.name.de ?? Object.values(p.name)[0]);
    out.push({ lat: p.geo.lat, lng: p.geo.lng, label: `${name}: ${count.get(p.id) ?? 0} Angebote` });
  }
  return out;
}

/** The feeds at `urls`, fetched and parsed as a page's own script would (`response.json()`), as one feed: their places and offers joined. */
async function fetchFeeds(urls) {
  const parts = await Promise.all(urls.map(async (url) => (await fetch(url)).json()));
  if (parts.length === 1) return parts[0];
  return { places: parts.flatMap((p) => p.places ?? []), offers: parts.flatMap((p) => p.offers ?? []) };
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The Leaflet map of an <offer-map> (its internal `mapHandle`), once made. */
function leafletOf(el) {
  return el.mapHandle?.leaflet;
}

/** An <offer-map> with the feed given as an object (`data`) or as its URLs (`src`, what a webmaster's page writes). */
function makeOfferMap({ data, src }, tiles, size) {
  const el = document.createElement('offer-map');
  el.setAttribute('consent', 'granted');
  el.setAttribute('tiles', tiles);
  el.style.display = 'block';
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  if (src) el.setAttribute('src', src);
  else el.feed = data;
  return el;
}

/**
 * Appends an <offer-map> and times, from the append: `loaded` (quartier-load:
 * the feed is validated, the model built and the list rendered), `map` (the
 * Leaflet map exists: the map chunk was imported), `drawn` (the shadow root
 * has `.places button` elements), `frame` (two animation frames after that).
 */
async function timeOfferMap(el, timeout) {
  const marks = {};
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  // Each mark also as a User Timing mark ("bench:…"), so that a trace of the run can be cut at them.
  const mark = (name) => {
    marks[name] ??= performance.now() - t0;
    performance.mark(`bench:${name}`);
  };
  const t0 = performance.now();
  performance.mark('bench:insert');
  el.addEventListener('quartier-load', () => mark('loaded'), { once: true });
  el.addEventListener('quartier-error', (event) => fail(new Error(`<offer-map> quartier-error: ${event.detail?.error?.message ?? 'unknown'}`)), {
    once: true,
  });
  document.body.append(el);
  const root = el.shadowRoot;
  let observer;
  const drawn = new Promise((resolve) => {
    const check = () => {
      if (marks.map === undefined && root.querySelector('.leaflet-container')) mark('map');
      if (root.querySelector('.places button')) {
        mark('drawn');
        observer.disconnect();
        resolve();
      }
    };
    observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    check();
  });
  try {
    await withTimeout(Promise.race([drawn, failed]), timeout, '<offer-map> drew no places');
  } finally {
    observer.disconnect();
  }
  await nextFrame();
  await nextFrame();
  mark('frame');
  return marks;
}

/** The size of the map area of an <offer-map>. */
function hostSize(el) {
  const box = el.shadowRoot.querySelector('.leaflet-host')?.getBoundingClientRect();
  return box ? { width: Math.round(box.width), height: Math.round(box.height) } : { width: 0, height: 0 };
}

/** Frame durations (differences of animation-frame timestamps) that lie inside the given windows. */
function framesIn(stamps, windows) {
  const out = [];
  for (let i = 1; i < stamps.length; i++) {
    if (windows.some(([start, end]) => stamps[i - 1] >= start && stamps[i] <= end)) out.push(stamps[i] - stamps[i - 1]);
  }
  return out;
}

globalThis.mapBench = {
  /** Fetches and parses the whole feed at `url` (outside any timing, for the routes that hand over a parsed feed); the page keeps it. */
  async prepare({ url }) {
    const text = await (await fetch(url)).text();
    feed = JSON.parse(text);
    return { chars: text.length, offers: feed.offers.length, places: feed.places.length };
  },

  /**
   * <offer-map> only: one map with a small feed, so that the view, feed and
   * map chunks are loaded (the Leaflet pages have their scripts loaded too),
   * and sized so that the map area is `width` × `height`. Returns that
   * first, cold, map's times.
   */
  async warmOurs({ tiles, width, height, offers = 40 }) {
    await withTimeout(customElements.whenDefined('offer-map'), 10_000, '<offer-map> is not defined: did dist/quartier-widgets.js load?');
    let size = { width: width + 400, height: height + 200 };
    const el = makeOfferMap({ data: generateFeed({ offers }) }, tiles, size);
    await frameStart();
    const cold = await timeOfferMap(el, 30_000);
    for (let i = 0; i < 4; i++) {
      const box = hostSize(el);
      if (box.width === width && box.height === height) break;
      size = { width: size.width + width - box.width, height: size.height + height - box.height };
      el.style.width = `${size.width}px`;
      el.style.height = `${size.height}px`;
      await nextFrame();
      await nextFrame();
    }
    elementSize = size;
    const map = hostSize(el);
    el.remove();
    // Long enough for the element's timers to let it go (the list waits for the map's first frame at most 500 ms), so
    // the heap and nodes measured "before" do not hold the warm-up map, which a collection would free mid-run.
    await sleep(600);
    return { cold, element: size, map };
  },

  /**
   * Inserts <offer-map consent="granted"> and times it (see `timeOfferMap`): with `urls`, its `src`
   * (the element fetches, parses and reads the feeds inside the time); without, `.feed` set to the
   * feed `prepare` parsed (read by copy: the page owns that object).
   */
  async ours({ tiles, timeout, urls }) {
    const el = makeOfferMap(urls ? { src: urls.join(' ') } : { data: feed }, tiles, elementSize);
    await frameStart();
    const marks = await timeOfferMap(el, timeout);
    const map = leafletOf(el);
    current = { map, el };
    return {
      ...marks,
      timedOut: false,
      markers: el.shadowRoot.querySelectorAll('.places button').length,
      size: hostSize(el),
      handle: !!map,
    };
  },

  /**
   * Plain Leaflet (`kind` "markers": one L.marker per place, added one by one
   * to a layer group on the map; "cluster": leaflet.markercluster, addLayers in
   * bulk with chunkedLoading false; "tiles": no markers at all, the floor for
   * pan and zoom frames) in a `width` × `height` container, the same
   * view as <offer-map> (fitBounds of the places, 32 px padding, at most zoom
   * 17). Times from the start (container made, places read from the feed)
   * until the markers are drawn (`drawn`, synchronous here) and two animation
   * frames after that (`frame`). Plain markers stop after `timeout` ms. With
   * `urls`, the page fetches and parses the feeds first, inside the time (as
   * <offer-map src> does), and reads their places in one list; without, it
   * takes the feed `prepare` parsed.
   */
  async leaflet({ kind, tiles, width, height, timeout, urls }) {
    await frameStart();
    const t0 = performance.now();
    // The same User Timing marks as `timeOfferMap`, for a trace of this page (map-trace.js).
    performance.mark('bench:insert');
    const data = urls ? await fetchFeeds(urls) : feed;
    const container = document.createElement('div');
    container.style.width = `${width}px`;
    container.style.height = `${height}px`;
    document.body.append(container);
    const map = L.map(container, { maxZoom: 19 });
    L.tileLayer(tiles, { maxZoom: 19 }).addTo(map);
    const points = placesOf(data);
    map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: [32, 32], maxZoom: 17 });
    const marker = (p) => L.marker([p.lat, p.lng], { title: p.label, alt: p.label });
    let added = points.length;
    let timedOut = false;
    if (kind === 'cluster') {
      const group = L.markerClusterGroup({ chunkedLoading: false });
      group.addLayers(points.map(marker));
      map.addLayer(group);
    } else if (kind === 'markers') {
      const group = L.layerGroup().addTo(map);
      for (let i = 0; i < points.length; i++) {
        group.addLayer(marker(points[i]));
        if (i % 250 === 249 && performance.now() - t0 > timeout) {
          added = i + 1;
          timedOut = true;
          break;
        }
      }
    }
    const drawn = performance.now() - t0;
    await nextFrame();
    await nextFrame();
    const frame = performance.now() - t0;
    performance.mark('bench:frame');
    current = { map };
    return {
      drawn,
      frame,
      timedOut,
      added,
      places: points.length,
      markers: container.querySelectorAll('.leaflet-marker-icon').length,
      size: { width: container.clientWidth, height: container.clientHeight },
      handle: true,
    };
  },

  /**
   * No map: fetches and parses the feeds at `urls` as the markercluster page does (`response.json()`),
   * and waits two frames: what any page that loads the feed by `src` pays at least.
   */
  async fetchOnly({ urls }) {
    await frameStart();
    const t0 = performance.now();
    const data = await fetchFeeds(urls);
    const drawn = performance.now() - t0;
    await nextFrame();
    await nextFrame();
    const frame = performance.now() - t0;
    return { drawn, frame, timedOut: false, added: 0, places: data.places.length, markers: 0, size: { width: 0, height: 0 }, handle: false };
  },

  /**
   * <offer-map> only: types `word` into its search field one letter a frame;
   * for each keystroke the time from the input event until the element has
   * updated and the next frame has run, and the longest main-thread task
   * meanwhile (PerformanceObserver `longtask`: 50 ms and more). The search is
   * emptied again afterwards.
   */
  async search({ word }) {
    const { el } = current;
    const input = el.shadowRoot.querySelector('input[type="search"]');
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const type = async (value) => {
      await frameStart();
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await nextFrame();
      return performance.now() - t0;
    };
    const times = [];
    for (let i = 1; i <= word.length; i++) times.push(await type(word.slice(0, i)));
    await type('');
    for (const entry of observer.takeRecords()) tasks.push(entry.duration);
    observer.disconnect();
    return { times, longest: tasks.length ? Math.max(...tasks) : 0 };
  },

  /**
   * Zoom in `zooms / 2` times, pan `pans` times by `[dx, 0]`, zoom out
   * `zooms / 2` times, all animated, each step after the last has ended
   * (`moveend`) and two more frames have run. Returns the frame durations
   * (between animation-frame timestamps) inside the steps, by kind. Without a
   * reachable Leaflet map (<offer-map>), it clicks the element's zoom buttons
   * and presses the arrow key on its map (Leaflet pans 80 px a press), waiting
   * 400 ms a step.
   */
  async interact({ pans = 10, zooms = 4, dx = 200 }) {
    const { map, el } = current;
    const stamps = [];
    let running = true;
    const loop = (t) => {
      stamps.push(t);
      if (running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const windows = { pan: [], zoom: [] };
    const root = el?.shadowRoot;
    const step = async (kind, act) => {
      const start = await nextFrame();
      const ended = map ? withTimeout(new Promise((resolve) => map.once('moveend', resolve)), 5_000, `${kind} step`) : sleep(400);
      act();
      await ended;
      await nextFrame();
      const end = await nextFrame();
      windows[kind].push([start, end]);
      // leaflet.markercluster animates its clusters for 0.3 s after a zoom: let that settle (not counted).
      if (kind === 'zoom') await sleep(300);
    };
    const zoomButton = (i) => root.querySelectorAll('.controls button')[i];
    const zoomIn = () => (map ? map.zoomIn() : zoomButton(0).click());
    const zoomOut = () => (map ? map.zoomOut() : zoomButton(1).click());
    const pan = () => {
      if (map) return map.panBy([dx, 0]);
      // Leaflet's keyboard handler listens on the document while the map has focus, and reads `keyCode`.
      root.querySelector('.leaflet-host').focus();
      const event = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true });
      Object.defineProperty(event, 'keyCode', { value: 39 });
      root.querySelector('.leaflet-host').dispatchEvent(event);
    };
    for (let i = 0; i < zooms / 2; i++) await step('zoom', zoomIn);
    for (let i = 0; i < pans; i++) await step('pan', pan);
    for (let i = 0; i < zooms / 2; i++) await step('zoom', zoomOut);
    running = false;
    await nextFrame();
    return {
      pan: framesIn(stamps, windows.pan),
      zoom: framesIn(stamps, windows.zoom),
      how: map ? `map.panBy([${dx}, 0]), map.zoomIn()/zoomOut()` : 'keyboard ArrowRight (80 px), the zoom buttons in .controls',
    };
  },
};
