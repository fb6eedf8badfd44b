import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { backfillWaitlistIndex, db, promoteFromWaitlist, waitlistInOrder } from '@aksu/core';
import { newAccount, newUniversity } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, concurrently } from '../support/http.ts';

let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  trip = await newTrip([(await newUniversity()).universityId]);
});

const register = (eventId: string) => call('POST', `/v1/public/events/${eventId}/registrations`, { body: person() });
const cancel = (eventId: string, token: string) =>
  call('POST', `/v1/public/events/${eventId}/my/cancel`, { body: { token } });

/** The event's entries on the waitlist index, read straight from the table: what promotion walks. */
async function indexEntries(eventId: string): Promise<Array<{ registrationId: string; arrival?: number }>> {
  const { client, config, service } = db();
  const key = service.entities.registration.query.waitlist({ waitingIn: eventId }).params() as {
    ExpressionAttributeValues: { ':pk': string };
  };
  const page = await client.send(
    new QueryCommand({
      TableName: config.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': key.ExpressionAttributeValues[':pk'] },
    }),
  );
  return (page.Items ?? []) as Array<{ registrationId: string; arrival?: number }>;
}

/** Takes a registration off the index the way one stored before the index existed looks. */
async function asBeforeTheIndex(eventId: string, registrationId: string) {
  const { client, config } = db();
  const { pk, sk } = db().service.entities.registration.get({ eventId, registrationId }).params().Key as {
    pk: string;
    sk: string;
  };
  await client.send(
    new UpdateCommand({
      TableName: config.tableName,
      Key: { pk, sk },
      UpdateExpression: 'REMOVE waitingIn, waitingOrder, gsi2pk, gsi2sk',
    }),
  );
}

async function fill(capacity: number, arrivals: number) {
  const event = await newEvent(trip, { capacity });
  const results = await concurrently(arrivals, () => register(event.eventId));
  expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
  const waiting = results
    .filter((r) => r.body.status === 'waitlisted')
    .map((r) => ({ id: r.body.registrationId as string, token: r.body.checkInToken as string }));
  return { event, waiting };
}

describe('the waitlist index', () => {
  it('holds exactly the people waiting, in arrival order, and loses each one whose wait ends', async () => {
    const { event, waiting } = await fill(3, 12);
    const entries = await indexEntries(event.eventId);
    expect(entries.map((e) => e.arrival)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect((await waitlistInOrder(event.eventId, 2)).map((r) => r.arrival)).toEqual([4, 5]);

    // A waiting person who cancels leaves the index; so does whoever a freed seat promotes.
    const leaving = waiting.find((w) => entries.find((e) => e.registrationId === w.id)?.arrival === 6)!;
    expect((await cancel(event.eventId, leaving.token)).status).toBe(200);
    await newSeat(event.eventId);
    const promoted = await promoteFromWaitlist(event.eventId);
    expect(promoted).toHaveLength(1);
    expect((await indexEntries(event.eventId)).map((e) => e.arrival)).toEqual([5, 7, 8, 9, 10, 11, 12]);
    // The promoted person's lead history follows: registered for the event, no longer waitlisted.
    const { registration, leadEvent } = db().service.entities;
    const { data: seated } = await registration.get({ eventId: event.eventId, registrationId: promoted[0]! }).go();
    const { data: history } = await leadEvent.get({ leadId: seated!.leadId, eventId: event.eventId }).go();
    expect(history?.status).toBe('registered');
  });

  it('still promotes people who waited before the index existed, and the backfill puts them on it once', async () => {
    const { event, waiting } = await fill(2, 6);
    for (const w of waiting) await asBeforeTheIndex(event.eventId, w.id);
    expect(await indexEntries(event.eventId)).toEqual([]);

    // The index looks empty but the event's count says four wait: the first by arrival gets the seat.
    await newSeat(event.eventId);
    const [promoted] = await promoteFromWaitlist(event.eventId);
    const arrivalOf = await arrivals(event.eventId);
    expect(arrivalOf.get(promoted!)).toBe(3);

    const first = await backfillWaitlistIndex();
    expect(first.registrations).toBeGreaterThanOrEqual(3);
    expect((await indexEntries(event.eventId)).map((e) => e.arrival)).toEqual([4, 5, 6]);
    const again = await backfillWaitlistIndex();
    expect(again.registrations).toBe(0);
  });
});

/** Each registration's arrival number, as organisers see the list. */
async function arrivals(eventId: string): Promise<Map<string, number>> {
  const organiser = await newAccount('organiser');
  const list = await call('GET', `/v1/events/${eventId}/registrations?limit=100`, { token: organiser.token });
  expect(list.status).toBe(200);
  return new Map(
    list.body.items.map((r: { registrationId: string; arrival: number }) => [r.registrationId, r.arrival]),
  );
}

/** Raises the event's capacity by one through the organiser API: a seat frees up for the waitlist. */
async function newSeat(eventId: string) {
  const organiser = await newAccount('organiser');
  const current = await call('GET', `/v1/events/${eventId}`, { token: organiser.token });
  const raised = await call('PATCH', `/v1/events/${eventId}`, {
    token: organiser.token,
    body: { version: current.body.version, capacity: current.body.capacity + 1 },
  });
  expect(raised.status).toBe(200);
}
