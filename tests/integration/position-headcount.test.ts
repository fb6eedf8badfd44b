import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, type Account } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

/** A position's headcount against the offers already accepted: never edited below them, and down to them it is filled. */
useLocalS3();

let organiser: Account;
let hostUnitId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  hostUnitId = (await newHostUnit()).hostUnitId;
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });

/** An application of the position moved to `offered`, in its latest version. */
async function offered(positionId: string) {
  const { applicationId } = await newApplication(positionId);
  let current = (await as('GET', `/v1/applications/${applicationId}`)).body;
  for (const to of ['shortlisted', 'interview', 'offered']) {
    const moved = await as('POST', `/v1/applications/${applicationId}/transitions`, { to, version: current.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    current = moved.body;
  }
  return current as { applicationId: string; version: number };
}

const accept = (a: { applicationId: string; version: number }) =>
  as('POST', `/v1/applications/${a.applicationId}/transitions`, { to: 'accepted', version: a.version });

async function accepted(positionId: string): Promise<void> {
  const moved = await accept(await offered(positionId));
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
}

describe('a position’s headcount', () => {
  it('cannot be edited below the offers already accepted, and down to them fills the position', async () => {
    const { positionId } = await newPosition(hostUnitId, { headcount: 5, title: '数据分析师' });
    await accepted(positionId);
    await accepted(positionId);
    const read = async () => (await as('GET', `/v1/positions/${positionId}`)).body;

    const below = await as('PATCH', `/v1/positions/${positionId}`, { headcount: 1, version: (await read()).version });
    expect(below.status).toBe(409);
    expect(below.body.errors).toEqual([expect.objectContaining({ path: 'headcount', code: 'below_in_use' })]);
    expect((await read()).headcount).toBe(5);

    const lower = await as('PATCH', `/v1/positions/${positionId}`, { headcount: 3, version: (await read()).version });
    expect(lower.status, JSON.stringify(lower.body)).toBe(200);
    expect(lower.body).toMatchObject({ headcount: 3, accepted: 2, status: 'published' });

    // Down to the offers accepted: no place is left, so the edit fills the position, as the last acceptance would.
    const waiting = await offered(positionId);
    const down = await as('PATCH', `/v1/positions/${positionId}`, { headcount: 2, version: lower.body.version });
    expect(down.status, JSON.stringify(down.body)).toBe(200);
    expect(down.body).toMatchObject({ headcount: 2, accepted: 2, status: 'filled', allowedTransitions: [] });
    expect(await read()).toMatchObject({ status: 'filled', endedAt: expect.any(String) });
    expect((await call('GET', `/v1/public/positions/${positionId}`)).status).toBe(404);
    const late = await accept(waiting);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('headcount_reached');
    const audit = await as('GET', `/v1/audit?entityType=position&entityId=${positionId}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['update', 'transition:filled']),
    );
  });

  it('ends filled with the headcount taken whether an acceptance or the lowering lands first', async () => {
    for (let round = 0; round < 2; round++) {
      const { positionId } = await newPosition(hostUnitId, { headcount: 3, title: '数据分析师' });
      await accepted(positionId);
      await accepted(positionId);
      const third = await offered(positionId);
      const { version } = (await as('GET', `/v1/positions/${positionId}`)).body;
      const [edit, acceptance] = await Promise.all([
        as('PATCH', `/v1/positions/${positionId}`, { headcount: 2, version }),
        accept(third),
      ]);
      // One of the two wins; the other is refused for the reason the winner made true.
      expect([edit.status, acceptance.status].sort(), JSON.stringify([edit.body, acceptance.body])).toEqual([200, 409]);
      const after = (await as('GET', `/v1/positions/${positionId}`)).body;
      expect(after.status).toBe('filled');
      expect(after.accepted).toBe(after.headcount);
      expect(after.accepted).toBe(acceptance.status === 200 ? 3 : 2);
    }
  });
});
