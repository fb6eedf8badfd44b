import { isConditionFailure, isLocalLockTimeout } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { DomainError } from '../errors.ts';

const LOCK_RETRIES = 8;

/**
 * Runs a single-item write again when DynamoDB Local gave up waiting for the item's lock (nothing
 * was written, so running it again is safe even for an ADD). AWS never answers so; its throttling
 * is retried by the SDK. Without this a burst on one item surfaces as 500s locally.
 */
export async function retryingLockTimeouts<T>(write: () => Promise<T>): Promise<T> {
  return retryOnConflict(write, { attempts: LOCK_RETRIES + 1, retryable: isLocalLockTimeout });
}

/** A registration's place in its event's arrival order, and how far the seats reach in that order. */
export interface Arrival {
  /** 1 for the first public registration the server received for the event, 2 for the next... */
  number: number;
  /** Arrivals numbered up to this take a seat: the capacity plus seats handed to newcomers later. */
  seatLine: number;
}

/** Whether an arrival takes a seat: a function of its number and the seat line alone, never of commit order. */
export const withinSeats = (arrival: Arrival) => arrival.number <= arrival.seatLine;

/**
 * The `extra` that hands `free` seats to the next newcomers, given `next` numbers taken so far, or
 * undefined when the line already reaches that far. Numbers already taken are all served or gone
 * (nobody waits when this is asked), so the line moves to `next + free` and never back.
 */
export function extraForNewcomers(next: number, extra: number, capacity: number, free: number): number | undefined {
  const wanted = next + free - capacity;
  return wanted > extra ? wanted : undefined;
}

/**
 * Takes the next arrival number for the event, at receipt: one UpdateItem ADD, no transaction, so
 * arrivals never conflict or retry into another order (and one item's ~1,000 writes a second is far
 * above an event's sign-up rate). The number decides seat or waitlist and the waitlist's order. The
 * same write counts the event's per-minute limit (a burst's one hot item, not two): within the
 * current minute while under `perMinute`, or it starts the minute. Refused past the limit with 429.
 */
export async function takeArrival(
  eventId: string,
  capacity: number,
  perMinute: number,
  now = Date.now(),
): Promise<Arrival> {
  const { eventArrivals } = db().service.entities;
  const window = Math.floor(now / 60_000);
  // DynamoDB numbers are finite: "no limit" is the largest safe one.
  const limit = Number.isFinite(perMinute) ? perMinute : Number.MAX_SAFE_INTEGER;
  const sameMinute = () =>
    eventArrivals
      .update({ eventId })
      .add({ next: 1, inWindow: 1 })
      // A minute another request already started (its clock a moment ahead) counts as this one.
      .where((a, { gte, lt }) => `${gte(a.window, window)} AND ${lt(a.inWindow, limit)}`)
      .go({ response: 'all_new' });
  const newMinute = () =>
    eventArrivals
      .update({ eventId })
      .add({ next: 1 })
      .set({ window, inWindow: 1 })
      .where((a, { notExists, lt }) => `${notExists(a.window)} OR ${lt(a.window, window)}`)
      .go({ response: 'all_new' });
  // Same minute, else a new minute, else the same minute again (someone else just started it).
  for (const write of [sameMinute, newMinute, sameMinute]) {
    try {
      const { data } = await retryingLockTimeouts(write);
      return { number: data.next ?? 1, seatLine: capacity + (data.extra ?? 0) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  throw new DomainError('rate_limited', 'Too many registrations for this event; wait a minute and try again', {
    retryAfterSeconds: 60 - (Math.floor(now / 1000) % 60),
  });
}

/**
 * After everyone waiting was served, `free` seats still free go to the next newcomers: the seat line
 * moves to `next + free`, so arrivals already numbered (all served or gone) are skipped. Optimistic
 * on the counter's values as read; never moves the line back.
 */
export async function handSeatsToNewcomers(eventId: string, capacity: number, free: number): Promise<void> {
  const { eventArrivals } = db().service.entities;
  const moveLine = async () => {
    const { data } = await eventArrivals.get({ eventId }).go({ consistent: true });
    // Nobody has arrived yet: arrivals 1..capacity take the seats anyway.
    if (!data?.next) return;
    const extra = data.extra ?? 0;
    const wanted = extraForNewcomers(data.next, extra, capacity, free);
    if (wanted === undefined) return;
    await retryingLockTimeouts(() =>
      eventArrivals
        .patch({ eventId })
        .set({ extra: wanted })
        .where(
          (a, { eq, notExists }) =>
            `${eq(a.next, data.next!)} AND (${data.extra === undefined ? notExists(a.extra) : eq(a.extra, extra)})`,
        )
        .go(),
    );
  };
  try {
    // Someone arrived meanwhile (the condition failed): read again and recompute.
    await retryOnConflict(moveLine, { attempts: LOCK_RETRIES, retryable: isConditionFailure });
  } catch (error) {
    // Still losing to arrivals after that: the next cancellation or capacity change moves the line.
    if (!isConditionFailure(error)) throw error;
  }
}
