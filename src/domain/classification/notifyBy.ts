import type { Classification } from '../schemas/classification';
import { regulatoryClocks, type RegulatoryClockSettings } from './regulatoryClocks';

/** The clock settings `notifyBy` depends on; the current time does not move a due time, so it is not one. */
export type NotifyBySettings = Omit<RegulatoryClockSettings, 'now'>;

/**
 * The classification as stored: `notifyBy` is the earliest regulatory due time (absent when no clock runs), so
 * `imsClass.notifyBy < now()` finds issues with an overdue notification. Overdue due times stay: they are the point.
 */
export function withNotifyBy(classification: Classification, settings: NotifyBySettings): Classification {
  const { notifyBy: _stale, ...rest } = classification;
  // The due times are fixed offsets from awareAt; `now` only feeds "time left", which is discarded here.
  const { earliest } = regulatoryClocks(rest, { ...settings, now: new Date(0) });
  return earliest ? { ...rest, notifyBy: earliest.dueAt } : rest;
}

/** Whether the stored value's `notifyBy` is stale: the trigger writes the field only then, so its own write ends the loop. */
export function isNotifyByStale(stored: Classification, settings: NotifyBySettings): boolean {
  return withNotifyBy(stored, settings).notifyBy !== stored.notifyBy;
}
