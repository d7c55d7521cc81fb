// Promises in tests: what a promise rejects with, a promise the test settles
// itself, waiting for a condition, and the turn of the event loop after a
// known completion.
import { expect, waitUntil } from '@open-wc/testing';
import { isFeedError, type FeedError, type FeedErrorCode } from '../../src/feed/errors.js';

/** What a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected the promise to reject');
  throw new Error('unreachable');
}

/** The FeedError a promise rejects with, checked to have `code`. */
export async function feedError(promise: Promise<unknown>, code: FeedErrorCode): Promise<FeedError> {
  const error = await rejection(promise);
  expect(isFeedError(error), String(error)).to.equal(true);
  expect((error as FeedError).code, String(error)).to.equal(code);
  return error as FeedError;
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** A promise the test resolves or rejects when it chooses (a step that waits for the test). */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The next task: every microtask queued so far (the continuations of a promise
 * that has just settled) has run. Not a wait for time to pass — a check that
 * something did not happen comes after a known completion, then this.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** `waitUntil` with a timeout that fits a map or an iframe (open-wc's default is 1 s), checked every 20 ms. */
export const until = (predicate: () => unknown, message: string, timeout = 8000): Promise<void> => waitUntil(predicate, message, { timeout, interval: 20 });
