import type { TallyCounts } from '../tallies/index.ts';
import type { AttendanceCounts, EventView } from './events.schema.ts';

/** Whether no-shows can be counted yet: the event was marked held, or its start time has passed. */
export const isOver = (event: EventView, now = new Date()) =>
  event.status === 'held' || (event.status !== 'cancelled' && Date.parse(event.startsAt) < now.getTime());

/** An event's attendance from its tally; no-shows once the event has taken place, null before. */
export function attendanceCounts(event: EventView, t: TallyCounts, now = new Date()): AttendanceCounts {
  return {
    capacity: event.capacity,
    registered: t.registered,
    waitlisted: t.waitlisted,
    checkedIn: t.checkedIn,
    walkIns: t.walkIns,
    noShow: isOver(event, now) ? Math.max(0, t.registered - t.checkedIn) : null,
  };
}
