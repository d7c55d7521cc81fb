// Helpers for the embed page's browser tests: iframes of the embed page made
// by a test page that plays the host, the widget inside, the page's message,
// messages from a frame, axe run inside a frame.
import { expect } from '@open-wc/testing';
import { until } from '../support/async.js';
import { plain } from '../support/text.js';

export const SEESEN = `${location.origin}/data/seesen-lena.json`;
export const SALZGITTER = `${location.origin}/data/salzgitter-obere-berliner-strasse.json`;

/** This test server under another origin (127.0.0.1 for localhost): a cross-origin iframe, or tiles from elsewhere. */
export const OTHER_ORIGIN = location.origin.replace('//localhost', '//127.0.0.1');

const frames: HTMLElement[] = [];

/** Removes every iframe (and spacer) made by `embed()` or `blankFrame()` (call it in `afterEach`). */
export function removeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** An empty iframe (no CSP) on this page, removed by `removeFrames()`. */
export function blankFrame(title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = title;
  frames.push(frame);
  document.body.append(frame);
  return frame;
}

/**
 * An iframe showing the embed page with these parameters, once its document has loaded: at the top of
 * the page, or with `offscreen` after a spacer far below the viewport; from `origin` (default this page's).
 */
export async function embed(
  params: Record<string, string> | string,
  { width = 700, page = '/pages/embed.html', origin = '', offscreen = false } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Quartier-Widget';
  Object.assign(frame.style, { display: 'block', width: `${width}px`, height: '150px', border: '0' });
  frame.src = `${origin}${page}?${typeof params === 'string' ? params : new URLSearchParams(params)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (offscreen) {
    const spacer = document.createElement('div');
    spacer.style.blockSize = `${3 * window.innerHeight}px`;
    frames.push(spacer, frame);
    document.body.append(spacer, frame);
  } else {
    frames.push(frame);
    document.body.prepend(frame);
  }
  await loaded;
  return frame;
}

/**
 * An iframe of the card from another origin, far below the viewport (where the browser gives it no
 * rendering updates, so no ResizeObserver inside): the host script still makes it as tall as the
 * loaded card, and taller when it gets narrower, while it stays outside the viewport.
 */
export async function checkOffscreenHeight(page: string): Promise<void> {
  window.scrollTo(0, 0);
  const frame = await embed(
    { widget: 'card', src: `${OTHER_ORIGIN}/data/seesen-lena.json`, project: 'lena-seesen', id: 'fern' },
    { origin: OTHER_ORIGIN, page, offscreen: true },
  );
  const outside = (): boolean => frame.getBoundingClientRect().top > window.innerHeight;
  expect(outside(), 'the iframe is outside the viewport').to.equal(true);
  // The loaded card is far taller than the page before it loaded.
  await until(() => parseFloat(frame.style.height) > 1000, `no height for the loaded card (${frame.style.height})`);
  const wide = parseFloat(frame.style.height);
  frame.style.width = '320px';
  await until(() => parseFloat(frame.style.height) > wide * 1.3, `the height did not follow the narrower width (${frame.style.height}, was ${wide}px)`);
  expect(outside(), 'still outside the viewport').to.equal(true);
}

export const doc = (frame: HTMLIFrameElement): Document => frame.contentDocument!;

export interface WidgetLike extends HTMLElement {
  readonly state: string;
  readonly loaded: Promise<void>;
}

/** The widget in the frame, once it has loaded its feed and rendered (`state`). */
export async function widget(frame: HTMLIFrameElement, tag: string, state = 'loaded'): Promise<WidgetLike> {
  await until(() => doc(frame).querySelector(tag), `<${tag}> not created`);
  const el = doc(frame).querySelector(tag) as WidgetLike;
  await until(() => el.state === state, `<${tag}> not ${state} (is ${el.state})`);
  return el;
}

export const shadowText = (el: Element): string => plain(el.shadowRoot?.textContent);
/** The embed page's own message for the editor. */
export const message = (frame: HTMLIFrameElement): HTMLElement | null => doc(frame).querySelector('.embed-message[role="alert"]');

/** The embed page with these parameters, which must show a message and no widget. */
export async function refused(params: Record<string, string>, page?: string): Promise<{ frame: HTMLIFrameElement; text: string }> {
  const frame = await embed(params, page ? { page } : {});
  await until(() => message(frame), 'no message shown');
  expect(doc(frame).querySelector('quartier-card, partner-list, offer-map, quartier-directory'), 'no widget made').to.equal(null);
  return { frame, text: plain(message(frame)!.textContent) };
}

export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: unknown; readonly html: string }>;
}

/**
 * Axe run on the whole embed page from inside it. (The test page's own axe,
 * behind `to.be.accessible()`, refuses an element of another window.) The
 * script element is made here, where no Trusted Types policy applies; the
 * frame's CSP allows it, as it is served from this origin.
 */
export async function axeViolations(frame: HTMLIFrameElement, disabled: readonly string[] = []): Promise<AxeViolation[]> {
  type Axe = { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  const win = frame.contentWindow as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc(frame).head.append(script);
    await loaded;
  }
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  const { violations } = await win.axe!.run(doc(frame), { rules });
  return violations;
}

export const describeViolations = (violations: readonly AxeViolation[]): string =>
  violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}`).join('\n')}`).join('\n');

/** Runs `code` as a script of `frame`'s own realm, so a message it posts comes from that frame's window. */
export function runIn(frame: HTMLIFrameElement, code: string): void {
  const FrameFunction = (frame.contentWindow as unknown as { Function: FunctionConstructor }).Function;
  new FrameFunction(code)();
}

/** Resolves after `n` animation frames of the frame's window (its rendering steps, where its ResizeObserver reports). */
export function frameRendered(frame: HTMLIFrameElement, n = 2): Promise<void> {
  const win = frame.contentWindow!;
  return new Promise((resolve) => {
    const step = (left: number): void => void win.requestAnimationFrame(() => (left <= 1 ? resolve() : step(left - 1)));
    step(n);
  });
}

let markers = 0;
/**
 * Resolves once a message posted to this window now has arrived: messages
 * posted to it before, also by a same-origin iframe (one event loop, one
 * queue of posted messages), have arrived by then.
 */
export function earlierMessagesArrived(): Promise<void> {
  const marker = `messages-arrived-${++markers}`;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent): void => {
      if (event.data !== marker) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    window.postMessage(marker, '*');
  });
}
