/**
 * The checker page's worker: checks one feed's text off the page's main
 * thread, so that the page answers while a 5 MiB feed is checked. Started
 * per check by `check-in-worker.ts`, which ends it when the check is done or
 * replaced.
 */
import { checkFeed } from '../src/checker/check.js';
import { packCheck } from './check-transfer.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ readonly text: string; readonly source: string }>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = ({ data: { text, source } }) => {
  try {
    const { packed, transfer } = packCheck(checkFeed(text, source));
    scope.postMessage({ check: packed }, transfer);
  } catch (error) {
    // A fault of the checker itself (never a bad feed): the page says so.
    scope.postMessage({ fault: String(error) }, []);
  }
};
