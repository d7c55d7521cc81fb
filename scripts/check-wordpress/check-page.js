// One WordPress page in headless Chromium, for `npm run check:wordpress`:
// the script tag the must-use plugin printed, the three widgets with what
// they show, the console, and every request the page made.
/* global document */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { consoleErrors, kitWarnings, openPage } from '../../test/node/lib/host-page.js';

const TAGS = ['quartier-card', 'partner-list', 'offer-map'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * What a reader of the feed's project should see: the card's title, the
 * partners' names, the places in the map's list (German texts).
 */
export function expectedContent(feed, projectId) {
  const text = (value) => (typeof value === 'string' ? value : (value?.de ?? ''));
  const project = feed.projects.find((p) => p.id === projectId);
  const organization = (id) => feed.organizations.find((o) => o.id === id);
  return {
    title: text(project.name),
    partners: [...new Set(project.partners.map((p) => text(organization(p.organization).name)))],
    places: feed.places.filter((p) => p.project === projectId).map((p) => text(p.name)),
  };
}

/** The `<script id="quartier-widgets-js…">` tags in the page's HTML: their attributes. */
function scriptTags(html) {
  return [...html.matchAll(/<script\b([^>]*\bid=["']quartier-widgets-js(?:-module)?["'][^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+)=["']([^"']*)["']/g)].map((a) => [a[1], a[2].replaceAll('&#038;', '&').replaceAll('&amp;', '&')])),
  );
}

/** In the page: every widget once none is loading (or null while one is). */
function widgets(tags) {
  const found = [...document.querySelectorAll(tags.join(','))];
  if (found.length < tags.length || found.some((el) => typeof el.state !== 'string' || el.state === 'loading')) return null;
  const clean = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return found.map((el) => {
    const root = el.shadowRoot;
    return {
      tag: el.localName,
      lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
      state: el.state,
      inDataDiv: el.parentElement?.hasAttribute('data-quartier') ?? false,
      title: clean(root?.querySelector('[part~="title"]')),
      names: [...(root?.querySelectorAll('[part~="name"]') ?? [])].map(clean),
      list: clean(root?.querySelector('[part~="list"]')),
      consentPlaceholder: Boolean(root?.querySelector('[part~="consent"]')),
      error: clean(root?.querySelector('[part~="error"]')),
    };
  });
}

/**
 * Opens `url` and checks it. Returns what it saw and the problems found
 * (an empty list when the page is right).
 * @param {{browser: import('puppeteer-core').Browser, origin: string}} host
 * @param {string} url the post's address
 * @param {{scriptUrl: string, scriptId: string, dataDivs: boolean, content: ReturnType<typeof expectedContent>}} expected
 * @param {string|null} [screenshot] where to save a picture of the post (1280 × 1600 px)
 */
export async function checkPage(host, url, expected, screenshot = null) {
  const problems = [];
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200) problems.push(`HTTP ${response.status} for ${url}`);
  const tags = scriptTags(html);
  if (tags.length !== 1) problems.push(`${tags.length} script tags of the kit in the page (expected 1)`);
  const tag = tags[0] ?? {};
  if (tag.type !== 'module') problems.push(`script tag type="${tag.type ?? ''}", expected "module"`);
  if (tag.src !== expected.scriptUrl) problems.push(`script src "${tag.src ?? ''}", expected "${expected.scriptUrl}"`);
  if (tag.id !== expected.scriptId) problems.push(`script id "${tag.id ?? ''}", expected "${expected.scriptId}"`);

  const { page, log, close } = await openPage(host, new URL(url).pathname + new URL(url).search);
  let seen = null;
  try {
    const end = Date.now() + 20_000;
    while (!(seen = await page.evaluate(widgets, TAGS)) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
    if (screenshot) {
      mkdirSync(path.dirname(screenshot), { recursive: true });
      // From the post's title down: the widgets as the theme lays them out.
      await page.setViewport({ width: 1280, height: 1600 });
      await page.evaluate(() => document.querySelector('.entry-title, .wp-block-post-title, h1')?.scrollIntoView());
      await page.screenshot({ path: screenshot });
    }
  } finally {
    await close();
  }
  if (!seen) {
    problems.push('the widgets did not all appear and load within 20 s');
    seen = [];
  }
  const { title, partners, places } = expected.content;
  for (const w of seen) {
    if (w.state !== 'loaded') problems.push(`<${w.tag}>: state ${w.state}${w.error ? ` (${w.error})` : ''}`);
    if (w.inDataDiv !== expected.dataDivs) problems.push(`<${w.tag}>: ${w.inDataDiv ? 'inside' : 'not inside'} a data-quartier div`);
    if (w.tag === 'quartier-card' && w.title !== title) problems.push(`card title "${w.title}", expected "${title}"`);
    if (w.tag === 'partner-list') {
      // A name may be followed by its short form: "Stadt Seesen (…)".
      const missing = partners.filter((p) => !w.names.some((n) => n === p || n.startsWith(`${p} (`)));
      if (missing.length) problems.push(`partner list lacks ${missing.join(', ')}`);
    }
    if (w.tag === 'offer-map') {
      const missing = places.filter((p) => !w.list.includes(p));
      if (missing.length) problems.push(`map list lacks ${missing.join(', ')}`);
      if (!w.consentPlaceholder) problems.push('the map shows no consent placeholder');
    }
  }
  if (seen.length && seen.map((w) => w.tag).join(' ') !== TAGS.join(' ')) problems.push(`widgets: ${seen.map((w) => w.tag).join(' ')}`);
  const errors = [...log.pageErrors, ...consoleErrors(log)];
  problems.push(...errors.map((e) => `console: ${e}`));
  problems.push(...kitWarnings(log).map((w) => `warning: ${w}`));
  const foreign = log.requests.filter((u) => /^https?:/.test(u) && !LOOPBACK.has(new URL(u).hostname));
  problems.push(...foreign.map((u) => `request beyond loopback: ${u}`));
  return {
    scriptId: tag.id ?? '',
    widgets: seen,
    partnersShown: seen.find((w) => w.tag === 'partner-list')?.names.length ?? 0,
    lang: seen[0]?.lang ?? '',
    requests: log.requests.length,
    kitRequests: log.requests.filter((u) => u.includes('/quartier-widgets/')).length,
    problems,
  };
}
