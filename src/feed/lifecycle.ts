/**
 * Where a project or an offer stands today: current, not started yet, or
 * over (ended, paused, planned, or every date past). Elements ask this before
 * they list anything as current; a project that has ended ends its offers.
 */
import { endOfPartial, startOfPartial } from './calendar-days.js';
import { datesAllPast, localNow, type Scheduled } from './schedule.js';
import type { Period } from './types.js';

export type Lifecycle =
  | { readonly state: 'current' }
  /** Over: `until` is the last day, when known (a project's period end). */
  | { readonly state: 'ended'; readonly until?: string }
  | { readonly state: 'paused' }
  | { readonly state: 'planned' }
  /** Not started yet: `from` is the first day (a project's period start). */
  | { readonly state: 'upcoming'; readonly from: string };

const CURRENT: Lifecycle = { state: 'current' };

/** A project by its `period`: ended after its end, upcoming before its start. */
export function projectLifecycle(project: { readonly period?: Period } | undefined, today: string = localNow().date): Lifecycle {
  const period = project?.period;
  if (period?.end && endOfPartial(period.end) < today) return { state: 'ended', until: period.end };
  if (period?.start && startOfPartial(period.start) > today) return { state: 'upcoming', from: period.start };
  return CURRENT;
}

/**
 * An offer: its own `status` first, then its project's period (an offer of an
 * ended project has ended with it; of one not started yet, is upcoming), then
 * its dates (all past: ended).
 */
export function offerLifecycle(offer: Scheduled, project: { readonly period?: Period } | undefined, today: string = localNow().date): Lifecycle {
  if (offer.status === 'ended') return { state: 'ended' };
  if (offer.status === 'paused') return { state: 'paused' };
  if (offer.status === 'planned') return { state: 'planned' };
  const ofProject = projectLifecycle(project, today);
  if (ofProject.state !== 'current') return ofProject;
  if (datesAllPast(offer, today)) return { state: 'ended' };
  return CURRENT;
}

/** Whether an offer is listed as current. */
export function isCurrent(offer: Scheduled, project: { readonly period?: Period } | undefined, today?: string): boolean {
  return offerLifecycle(offer, project, today).state === 'current';
}
