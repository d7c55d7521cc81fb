// The host script (pages/embed-host.ts) sizes only Quartier embed pages: an
// iframe whose window sent the message, whose src is an embed page, while it
// shows a page of that origin; never more than 50,000 px; and it asks only
// embed pages for their height, at their origin. The ad: the committed page
// test/fixtures/hostile/ad-frame.html (it asks for 50,000 px and notes every
// message it gets); test/fixtures/hostile/stand-in/embed.html is a silent
// page at an embed page's address, for messages the test sends itself.
import { expect } from '@open-wc/testing';
import '../../pages/embed-host.js';
import { HEIGHT_MESSAGE } from '../../pages/embed-height.js';
import { until } from '../support/async.js';
import { OTHER_ORIGIN, blankFrame, removeFrames, runIn } from './embed-helpers.js';

const AD = '/test/fixtures/hostile/ad-frame.html';
const STAND_IN = '/test/fixtures/hostile/stand-in/embed.html';

/** Height messages this page got, by the window that sent them (this listener runs after the host script's). */
const heights = new Map<MessageEventSource, number>();
window.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === HEIGHT_MESSAGE && event.source) heights.set(event.source, (heights.get(event.source) ?? 0) + 1);
});
const heightsFrom = (frame: HTMLIFrameElement): number => heights.get(frame.contentWindow!) ?? 0;

/** An iframe of `src` (77 px tall), once loaded. */
async function frameOf(src: string, style: Partial<CSSStyleDeclaration> = {}): Promise<HTMLIFrameElement> {
  const frame = blankFrame('Rahmen');
  Object.assign(frame.style, { height: '77px', ...style });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  await loaded;
  return frame;
}

const received = (frame: HTMLIFrameElement): unknown[] => (frame.contentWindow as unknown as { received: unknown[] }).received;

afterEach(removeFrames);

describe('the embed host script', () => {
  it('leaves an ad iframe alone that asks for 50,000 px', async () => {
    const ad = await frameOf(AD);
    await until(() => heightsFrom(ad) === 2, 'the ad did not send its two messages');
    expect(ad.style.height).to.equal('77px');
  });

  it('leaves an embed iframe alone once it shows a page of another origin', async () => {
    const frame = await frameOf(`${OTHER_ORIGIN}${STAND_IN}`);
    const navigated = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The iframe's src still names the embed page; its window now shows the ad, from this origin.
    frame.contentWindow!.location.href = `${location.origin}${AD}`;
    await navigated;
    await until(() => heightsFrom(frame) === 2, 'the ad did not send its two messages');
    expect(frame.style.height).to.equal('77px');
  });

  it('asks embed pages for their height, at their origin, and no other iframe', async () => {
    const ad = await frameOf(AD);
    const blank = blankFrame('leer');
    const stand = await frameOf(STAND_IN);
    // A second copy of the script, arriving after the iframes have loaded.
    await import(`../../pages/embed-host.ts?late=${Date.now()}`);
    await until(() => received(stand).length > 0, 'the embed page was not asked');
    expect(received(stand)).to.deep.equal([{ type: 'quartier-embed:height-request' }]);
    expect(received(ad)).to.deep.equal([]);
    expect(blank.contentWindow!.document.URL).to.equal('about:blank');
  });

  it('ignores heights that are not sane, and uses a sane one', async () => {
    const target = await frameOf(STAND_IN);
    for (const other of [`{type: 'other', height: 300}`, `'${HEIGHT_MESSAGE}'`, 'null']) runIn(target, `parent.postMessage(${other}, '*')`);
    const bad = [
      `{type: '${HEIGHT_MESSAGE}', height: 1e9}`,
      `{type: '${HEIGHT_MESSAGE}', height: 50001}`,
      `{type: '${HEIGHT_MESSAGE}', height: -5}`,
      `{type: '${HEIGHT_MESSAGE}', height: NaN}`,
      `{type: '${HEIGHT_MESSAGE}', height: Infinity}`,
      `{type: '${HEIGHT_MESSAGE}', height: '300'}`,
      `{type: '${HEIGHT_MESSAGE}', height: '300px; background: red'}`,
    ];
    for (const data of bad) runIn(target, `parent.postMessage(${data}, '*')`);
    // From this page itself (not from any iframe): ignored too.
    window.postMessage({ type: HEIGHT_MESSAGE, height: 200 }, '*');
    await until(() => heightsFrom(target) === bad.length, 'the messages did not all arrive');
    expect(target.style.height).to.equal('77px');
    runIn(target, `parent.postMessage({type: '${HEIGHT_MESSAGE}', height: 123.2, id: 'x'}, '*')`);
    await until(() => target.style.height === '124px', 'a sane height from the embed page is not used');
  });

  it('counts a border-box iframe’s border and padding, and never sets more than 50,000 px', async () => {
    const target = await frameOf(STAND_IN, { boxSizing: 'border-box', border: '3px solid', padding: '2px' });
    runIn(target, `parent.postMessage({type: '${HEIGHT_MESSAGE}', height: 100}, '*')`);
    await until(() => target.style.height === '110px', 'border and padding not added');
    runIn(target, `parent.postMessage({type: '${HEIGHT_MESSAGE}', height: 50000}, '*')`);
    await until(() => heightsFrom(target) === 2, 'the second message did not arrive');
    expect(target.style.height).to.equal('50000px');
  });
});
