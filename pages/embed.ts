/**
 * embed.html: one widget alone on a page, for CMSs that allow only iframes.
 *
 *     embed.html?widget=card&src=https://example.org/feed.json&project=lena-seesen&lang=de
 *
 * Reads the URL (embed-params.ts), sets the page's `lang` and `dir`, makes the
 * widget with `document.createElement` and `setAttribute` (values are text,
 * never markup), and reports the page's height to the parent window
 * (embed-height.ts). A URL that cannot work — no or an unknown `widget`, no
 * `src`, a relative or non-http(s) feed URL — gets a visible message for the
 * editor that names the parameter, in the page's language; never a blank page.
 * So does an address the page's security policy blocks (say, map images from
 * a server that a stricter policy of the hosting server leaves out): the
 * widget alone could only say that they failed, not why.
 */
import { embedTexts, type PageProblem } from './embed-messages.js';
import { reportHeight } from './embed-height.js';
import { parseEmbedParams, type EmbedProblem, type EmbedRequest, type WidgetTag } from './embed-params.js';

/** Each widget's registration, fetched only for the widget the URL asks for. */
const LOADERS: Readonly<Record<WidgetTag, () => Promise<unknown>>> = {
  'quartier-card': () => import('../src/elements/quartier-card/define.js'),
  'partner-list': () => import('../src/elements/partner-list/define.js'),
  'offer-map': () => import('../src/elements/offer-map/define.js'),
  'quartier-agenda': () => import('../src/elements/quartier-agenda/define.js'),
  'quartier-directory': () => import('../src/elements/quartier-directory/define.js'),
};

type Shown = EmbedProblem | PageProblem;

/** Measures the page and reports its height to the host (set by start()). */
let measure = (): void => undefined;

/** The page's one landmark, where the widget or the messages go. */
function container(): HTMLElement {
  let main = document.querySelector<HTMLElement>('main');
  if (!main) {
    main = document.createElement('main');
    document.body.append(main);
  }
  return main;
}

/** A visible message for the editor (text only), placed before the widget if there is one. */
function showProblems(problems: readonly Shown[], lang: string): void {
  const texts = embedTexts(lang);
  const box = document.createElement('div');
  box.className = 'embed-message';
  box.setAttribute('role', 'alert');
  box.lang = texts.lang;
  const lead = document.createElement('strong');
  lead.textContent = `${texts.forEditors}:`;
  if (problems.length === 1) {
    const p = document.createElement('p');
    p.append(lead, ' ', texts.problem(problems[0]!));
    box.append(p);
  } else {
    const p = document.createElement('p');
    p.append(lead);
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = texts.problem(problem);
      list.append(item);
    }
    box.append(p, list);
  }
  container().prepend(box);
  measure();
}

/** Names each origin the page's policy blocked (once per origin and directive), for the editor. */
function showBlocked(lang: string): void {
  const seen = new Set<string>();
  document.addEventListener('securitypolicyviolation', (event) => {
    let value = event.blockedURI;
    try {
      value = new URL(value).origin;
    } catch {
      // "inline", "eval": named as they are.
    }
    const key = `${event.effectiveDirective} ${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    showProblems([{ code: 'blocked', value, directive: event.effectiveDirective }], lang);
  });
}

async function showWidget(request: EmbedRequest, tag: WidgetTag): Promise<void> {
  try {
    await LOADERS[tag]();
  } catch (error) {
    console.error('[quartier-embed]', error);
    showProblems([{ code: 'load-failed' }], request.lang);
    return;
  }
  const widget = document.createElement(tag);
  for (const [name, value] of request.attributes) widget.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed under the page's strict CSP.
  for (const [name, value] of request.tokens) widget.style.setProperty(name, value);
  container().append(widget);
}

function start(): void {
  const request = parseEmbedParams(location.search, location.protocol);
  const root = document.documentElement;
  root.lang = request.lang;
  root.dir = request.dir;
  document.title = embedTexts(request.lang).title(request.tag);
  measure = reportHeight(request.id);
  showBlocked(request.lang);
  if (request.problems.length) showProblems(request.problems, request.lang);
  if (request.tag && !request.problems.some((p) => p.fatal)) void showWidget(request, request.tag);
}

try {
  start();
} catch (error) {
  console.error('[quartier-embed]', error);
  try {
    showProblems([{ code: 'internal' }], document.documentElement.lang || 'de');
  } catch {
    // Nothing more this page can do; the console has the cause.
  }
}
