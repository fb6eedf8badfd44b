import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, db } from '@aksu/core';
import { SHARD_COUNT, shardOf } from '@aksu/core/db/shards';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call, concurrently } from '../support/http.ts';
import { mentorAccount, newHostUnit, newProject } from '../support/programme.ts';

let organiser: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uniA = (await newUniversity()).universityId;
  uniB = (await newUniversity()).universityId;
});

const checkIn = (token: string, body: Record<string, unknown> = {}) => call('POST', '/v1/check-ins', { token, body });

describe('sharded cohort-day counters', () => {
  it(
    "spreads a cohort day's check-ins over the counter's shards, " +
      'and the board sums them with an item written before sharding',
    async () => {
      const world = await dailyWorld({ interns: 24, universities: [uniA, uniB], mentees: 0 });
      const taps = await concurrently(24, (n) => checkIn(world.interns[n]!.token));
      expect(taps.map((r) => r.status)).toEqual(Array(24).fill(201));

      const { cohortId } = world.cohort;
      const date = world.today;
      const { attendanceCounter } = db().service.entities;
      const items = (
        await attendanceCounter.query.byCohortDay({ cohortId, date, dimension: 'all' }).go({ pages: 'all' })
      ).data;
      // Each check-in added to its intern's shard: no item took every check-in of the cohort.
      expect(new Set(items.map((c) => c.shard))).toEqual(new Set(world.interns.map((i) => shardOf(i.registrationId))));
      expect(items.length).toBeGreaterThan(1);
      expect(items.length).toBeLessThanOrEqual(SHARD_COUNT);
      expect(Math.max(...items.map((c) => c.checkedIn ?? 0))).toBeLessThan(24);
      expect(items.reduce((s, c) => s + (c.checkedIn ?? 0), 0)).toBe(24);

      // A counter item from before sharding (its sort key ends at the key, no shard) still counts.
      const { Key } = attendanceCounter.get({ cohortId, date, dimension: 'all', key: 'all', shard: '00' }).params() as {
        Key: { pk: string; sk: string };
      };
      const legacy = {
        ...Key,
        sk: Key.sk.replace(/#shard_00$/, ''),
        __edb_e__: 'attendanceCounter',
        __edb_v__: '1',
        cohortId,
        date,
        dimension: 'all',
        key: 'all',
        absent: 3,
      };
      await db().client.send(new PutCommand({ TableName: db().config.tableName, Item: legacy }));

      const board = await call('GET', `/v1/cohorts/${cohortId}/attendance?date=${date}`, { token: organiser.token });
      expect(board.status).toBe(200);
      expect(board.body.totals).toMatchObject({ placed: 24, checkedIn: 24, absent: 3 });
      expect(board.body.byUniversity.map((u: any) => [u.universityId, u.checkedIn]).sort()).toEqual(
        [
          [uniA, 12],
          [uniB, 12],
        ].sort(),
      );
      const days = await call('GET', `/v1/cohorts/${cohortId}/attendance/days`, { token: organiser.token });
      expect(days.body.days.at(-1)).toMatchObject({ date, checkedIn: 24, absent: 3 });
    },
  );

  it(
    "an intern's next check-in is recorded under the host unit " +
      'and mentor of a move and a mentor change made just before',
    async () => {
      const world = await dailyWorld({ interns: 1, universities: [uniA], mentees: 1 });
      const intern = world.interns[0]!;
      const yesterday = await checkIn(intern.token, {
        happenedAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
        clientNonce: 'before-move-01',
      });
      expect(yesterday.status).toBe(201);
      expect(yesterday.body).toMatchObject({ hostUnitId: world.unit.hostUnitId, date: addDays(world.today, -1) });

      const unit = await newHostUnit();
      const project = await newProject(unit.hostUnitId, world.cohort.cohortId, { seats: 2 });
      const { mentor: atNewUnit } = await mentorAccount(unit.hostUnitId);
      const { mentor: next } = await mentorAccount(unit.hostUnitId);
      const moved = await call('POST', `/v1/placements/${intern.registrationId}/move`, {
        token: organiser.token,
        body: { projectId: project.projectId, mentorId: atNewUnit.mentorId },
      });
      expect(moved.status).toBe(200);
      const changed = await call('POST', `/v1/placements/${intern.registrationId}/mentor`, {
        token: organiser.token,
        body: { mentorId: next.mentorId },
      });
      expect(changed.status).toBe(200);

      const today = await checkIn(intern.token);
      expect(today.status).toBe(201);
      expect(today.body).toMatchObject({ hostUnitId: unit.hostUnitId, date: world.today });
      const stored = (
        await db().service.entities.attendanceDay.get({ registrationId: intern.registrationId, date: world.today }).go()
      ).data;
      expect(stored).toMatchObject({ hostUnitId: unit.hostUnitId, mentorKey: next.mentorId });
      const board = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${world.today}`, {
        token: organiser.token,
      });
      expect(board.body.byHostUnit.find((u: any) => u.hostUnitId === unit.hostUnitId)).toMatchObject({ checkedIn: 1 });
    },
  );
});
