/**
 * Keeps "heute" and "jetzt geöffnet" true without a reload: a view that shows
 * them tells, for each offer, the minute its words change (the schedule
 * engine's `today().changesAt`); the element gets one timer, for the soonest
 * of those minutes, and is drawn again then (which asks again). The timer is
 * cleared when the element leaves the page and set again when it returns.
 */
import type { ReactiveControllerHost } from 'lit';
import { zonedInstant, type LocalNow } from '../../feed/schedule.js';

type Host = ReactiveControllerHost & HTMLElement;

interface Watch {
  at: number;
  timer: ReturnType<typeof setTimeout>;
}

const watches = new WeakMap<Host, Watch>();
/** Hosts with the controller, and whether each has left the page since. */
const controlled = new WeakMap<Host, { left: boolean }>();

function clear(host: Host): void {
  const watch = watches.get(host);
  if (watch) clearTimeout(watch.timer);
  watches.delete(host);
}

/** Draws `host` again at `changesAt` (`HH:MM` on `now.date` in Europe/Berlin, `24:00` = midnight), unless it is due sooner already. */
export function watchToday(host: Host, now: LocalNow, changesAt: string): void {
  if (!host.isConnected) return;
  if (!controlled.has(host)) {
    const seen = { left: false };
    controlled.set(host, seen);
    host.addController({
      hostConnected: () => {
        if (seen.left) host.requestUpdate();
        seen.left = false;
      },
      hostDisconnected: () => {
        seen.left = true;
        clear(host);
      },
    });
  }
  const at = zonedInstant(now.date, changesAt).getTime();
  const watch = watches.get(host);
  if (watch && watch.at <= at && watch.at > Date.now()) return;
  if (watch) clearTimeout(watch.timer);
  // A few milliseconds late, so the clock reads the new minute when the view asks.
  const timer = setTimeout(
    () => {
      watches.delete(host);
      host.requestUpdate();
    },
    Math.max(0, at - Date.now()) + 50,
  );
  watches.set(host, { at, timer });
}
