// Assertions on promises that the feed tests share.
import { expect } from '@open-wc/testing';
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

/** Waits `ms` milliseconds (0: the next task). */
export const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
