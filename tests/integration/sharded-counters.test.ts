import { describe, expect, it } from 'vitest';
import { db, Events } from '@aksu/core';
import { newAccount, newUniversity } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call } from '../support/http.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';

/**
 * The tallies every public registration writes (stop, trip, university) and the funnel counters
 * every outcome change writes (the all-cohorts total above all) are spread over shard items, so no
 * single item takes every write, and the numbers read back stay equal to the raw records.
 */
describe('sharded tallies', () => {
  it(
    'counts a trip’s registrations on several shard items, ' + 'never on one trip item, and reads them back exactly',
    async () => {
      const university = await newUniversity();
      const trip = await newTrip([university.universityId]);
      const [first, second] = [await newEvent(trip, { capacity: 3 }), await newEvent(trip)];
      for (let i = 0; i < 4; i++) await Events.registerPublic(first.eventId, person(), `127.0.1.${i + 2}`);
      for (let i = 0; i < 3; i++) await Events.registerPublic(second.eventId, person(), `127.0.2.${i + 2}`);

      const { tally, tallyShard, registration } = db().service.entities;
      const scope = `trip#${trip.tripId}`;
      expect((await tally.get({ scope }).go()).data).toBeNull();
      const shards = (await tallyShard.query.byScope({ scope }).go({ pages: 'all' })).data;
      expect(shards.length).toBeGreaterThan(1);

      // The seat item of a full event stays one item, exact: 3 seats taken; the one waiting is counted
      // on the event's shards, since only seated people write the seat item.
      expect((await tally.get({ scope: `event#${first.eventId}` }).go()).data).toMatchObject({
        capacity: 3,
        registered: 3,
      });
      const eventShards = (await tallyShard.query.byScope({ scope: `event#${first.eventId}` }).go({ pages: 'all' }))
        .data;
      expect(eventShards.reduce((n, s) => n + (s.waitlisted ?? 0), 0)).toBe(1);

      const raw = [
        ...(await registration.query.byEvent({ eventId: first.eventId }).go({ pages: 'all' })).data,
        ...(await registration.query.byEvent({ eventId: second.eventId }).go({ pages: 'all' })).data,
      ];
      const organiser = await newAccount('organiser');
      const report = (await call('GET', `/v1/trips/${trip.tripId}/report`, { token: organiser.token })).body;
      expect(report.total).toMatchObject({ registrations: raw.length, waitlisted: 1, leads: raw.length });
      const sum = (field: 'registered' | 'waitlisted') => shards.reduce((n, s) => n + (s[field] ?? 0), 0);
      expect(sum('registered')).toBe(raw.filter((r) => r.status === 'registered').length);
      expect(sum('waitlisted')).toBe(raw.filter((r) => r.status === 'waitlisted').length);
    },
  );
});

describe('sharded funnel counters', () => {
  it('spreads a cohort’s total over several items and the dashboard still counts each outcome once', async () => {
    const cohort = await newCohort();
    const university = await newUniversity();
    const organiser = await newAccount('organiser');
    const opened: string[] = [];
    for (let i = 0; i < 6; i++) {
      const intern = await acceptedIntern(cohort.cohortId, university.universityId);
      const res = await call('POST', '/v1/outcomes', {
        token: organiser.token,
        body: { registrationId: intern.registrationId },
      });
      expect(res.status).toBe(201);
      opened.push(res.body.outcomeId);
    }
    const { funnelCounter } = db().service.entities;
    const total = (
      await funnelCounter.query.byGroup({ cohortKey: cohort.cohortId, dimension: 'total' }).go({ pages: 'all' })
    ).data;
    expect(total.length).toBeGreaterThan(1);
    expect(total.every((item) => (item.interns ?? 0) < opened.length)).toBe(true);

    const funnel = (
      await call('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}&by=university`, { token: organiser.token })
    ).body;
    expect(funnel.total.interns).toBe(opened.length);
    expect(funnel.rows).toEqual([expect.objectContaining({ group: university.universityId, interns: opened.length })]);
    const outcomes = (
      await call('GET', `/v1/universities/${university.universityId}/outcomes`, { token: organiser.token })
    ).body;
    expect(outcomes.interns).toBe(opened.length);
  });
});
