import { localDate, localTimeOfDay } from '../time.ts';

/** How long a phone may hold a check-in made offline before the server refuses it. */
export const LATE_SYNC_GRACE_MS = 48 * 60 * 60 * 1000;
/** A tap sent this long after it happened is marked as synced late; a live request takes far less. */
export const LATE_AFTER_MS = 2 * 60 * 1000;
/** Phones' clocks run a little ahead; a happenedAt later than this beyond the server's time is refused. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The cohort day an instant belongs to: the cohort's local calendar date, never the server's. */
export function cohortDay(at: Date | number, timeZone: string): string {
  return localDate(at, timeZone);
}

/**
 * Whether the local time of day falls inside the window, both ends included (a window ending 10:30 still takes 10:30).
 */
export function insideWindow(at: Date | number, timeZone: string, window: { start: string; end: string }): boolean {
  const time = localTimeOfDay(at, timeZone);
  return time >= window.start && time <= window.end;
}

/** Whether the window of the day an instant falls on has closed (the absentee job marks that day). */
export function windowClosed(at: Date | number, timeZone: string, window: { end: string }): boolean {
  return localTimeOfDay(at, timeZone) > window.end;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in whole metres (haversine); plenty for a radius of a few hundred metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

export type SyncVerdict = { ok: true; at: Date; syncedLate: boolean } | { ok: false; reason: 'future' | 'too_late' };

/**
 * When the check-in happened. A phone that was offline sends the time of the tap; it counts for that
 * moment while it arrives inside the grace period, and is marked as synced late.
 */
export function judgeHappenedAt(now: Date, happenedAt: string | undefined): SyncVerdict {
  if (!happenedAt) return { ok: true, at: now, syncedLate: false };
  const at = new Date(happenedAt);
  const age = now.getTime() - at.getTime();
  if (age < -CLOCK_SKEW_MS) return { ok: false, reason: 'future' };
  if (age > LATE_SYNC_GRACE_MS) return { ok: false, reason: 'too_late' };
  return { ok: true, at: age < 0 ? now : at, syncedLate: age > LATE_AFTER_MS };
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
