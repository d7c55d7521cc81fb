// Known completion signals, for checks that something did NOT happen: such a
// check after a fixed wait passes when the thing is merely late. These wait
// for the step after which it could no longer happen unasked, then check.
import { nextTask } from './async.js';

/**
 * Resolves once an IntersectionObserver made now, in `el`'s own window, has
 * given its first report on `el`, and `el` has finished the update that
 * report may have asked for. Observers report in the order they were made, at
 * the same rendering step: an observer the element made earlier (an
 * `<offer-map>` loads its map when near the viewport) has reported by then, so
 * what the element starts on coming into view has started.
 */
export async function intersectionReported(el: Element): Promise<void> {
  const Observer = (el.ownerDocument.defaultView ?? window).IntersectionObserver;
  await new Promise<void>((resolve) => {
    const observer = new Observer(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
  await nextTask();
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Resolves when an image made now with the address `src` has failed to load (rejects if it loads). */
function failedImage(src: string, doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const img = doc.createElement('img');
    img.addEventListener('error', () => resolve(), { once: true });
    img.addEventListener('load', () => reject(new Error(`the image ${src} loaded; it was to fail`)), { once: true });
    img.src = src;
  });
}

/**
 * Resolves once an image with the address `src` (default `x`, that of the
 * hostile feeds' `<img src=x onerror=…>`) made after a first such image failed
 * has failed too. Images of one address share one request; when it fails,
 * each queues its `error` event, in no fixed order — but the second image
 * here is made after that, so its event comes after that of any image made
 * from feed text before this call: whose `onerror` would have run by then.
 * A check of `window.__pwned` after this is sound.
 */
export async function imageFailed(src = 'x', doc: Document = document): Promise<void> {
  await failedImage(src, doc);
  await failedImage(src, doc);
}
