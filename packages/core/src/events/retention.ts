/**
 * How long a campus event's personal data is kept: registrations, their contact guards, and every
 * delivery and notification about a public registrant expire (through the table's TTL) this many
 * days after the event starts. Counters and leads are not event data and stay.
 */
export const EVENT_DATA_RETENTION_DAYS = 180;

/** Epoch seconds at which an event's personal data expires: its start plus the retention period. */
export function eventDataExpiresAt(startsAt: string): number {
  return Math.floor(Date.parse(startsAt) / 1000) + EVENT_DATA_RETENTION_DAYS * 24 * 3600;
}
