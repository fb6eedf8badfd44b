import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, type Account } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

/** A position's headcount against the offers already accepted: never edited below them. */
useLocalS3();

let organiser: Account;
let hostUnitId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  hostUnitId = (await newHostUnit()).hostUnitId;
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });

async function accepted(positionId: string): Promise<void> {
  const { applicationId } = await newApplication(positionId);
  let current = (await as('GET', `/v1/applications/${applicationId}`)).body;
  for (const to of ['shortlisted', 'interview', 'offered', 'accepted']) {
    const moved = await as('POST', `/v1/applications/${applicationId}/transitions`, { to, version: current.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    current = moved.body;
  }
}

describe('a position’s headcount', () => {
  it('cannot be edited below the offers already accepted, and can down to them', async () => {
    const { positionId } = await newPosition(hostUnitId, { headcount: 5, title: '数据分析师' });
    await accepted(positionId);
    await accepted(positionId);
    const read = async () => (await as('GET', `/v1/positions/${positionId}`)).body;

    const below = await as('PATCH', `/v1/positions/${positionId}`, { headcount: 1, version: (await read()).version });
    expect(below.status).toBe(409);
    expect(below.body.errors).toEqual([expect.objectContaining({ path: 'headcount', code: 'below_in_use' })]);
    expect((await read()).headcount).toBe(5);

    const down = await as('PATCH', `/v1/positions/${positionId}`, { headcount: 2, version: (await read()).version });
    expect(down.status, JSON.stringify(down.body)).toBe(200);
    expect(down.body).toMatchObject({ headcount: 2, accepted: 2 });
  });
});
