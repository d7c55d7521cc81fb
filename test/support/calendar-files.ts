// The calendar files an element offers ("In den Kalender"), recorded
// instead of downloaded: the blob's text and the link's file name.
import { waitUntil } from '@open-wc/testing';

/** Runs `act` and waits for `count` calendar files; the download links' clicks are recorded, not followed. */
export async function calendarFiles(act: () => void | Promise<void>, count = 1): Promise<{ name: string; ics: string }[]> {
  const made: Blob[] = [];
  const names: string[] = [];
  const original = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    made.push(blob as Blob);
    return 'blob:calendar';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    await act();
    await waitUntil(() => made.length === count, 'no calendar file');
    return Promise.all(made.map(async (blob, i) => ({ name: names[i]!, ics: await blob.text() })));
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
}
