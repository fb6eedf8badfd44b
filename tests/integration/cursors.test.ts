import { beforeAll, describe, expect, it } from 'vitest';
import { Imports } from '@aksu/core';
import { buildWorld, type World } from '../support/authz/fixtures.ts';
import { SYSTEM, type Account } from '../support/accounts.ts';
import { call, testApp } from '../support/http.ts';
import { base64, studentRow, xlsxOf } from '../support/imports.ts';
import { newPosition } from '../support/positions.ts';

/**
 * Every list in the OpenAPI document that takes a cursor, called on a real target by a caller who may
 * read it, refuses every cursor the server did not hand out with 400 invalid_cursor. The lists are
 * read from the document, so a list added later is covered the moment it is declared.
 */
type Operation = { parameters?: Array<{ name: string; in: string; required?: boolean }> };

const document = (await (await testApp().request('/openapi.json')).json()) as {
  paths: Record<string, Record<string, Operation>>;
};
const lists = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method, op]) => method === 'get' && op.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'))
    .map(([, op]) => ({ path, op })),
);

const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors a client could make up: each must be refused before it reaches the database. */
const CRAFTED: Record<string, string> = {
  'not base64': 'not-a-cursor!',
  'base64 of text': Buffer.from('hello, page two').toString('base64url'),
  'object with wrong keys': json({ pk: 'x', sk: 'y' }),
  'object with unknown keys': json({ foo: 'bar', after: 3 }),
  'object with wrong types': json({ pk: 1, sk: { nested: true }, gsi1pk: null }),
  'empty object': json({}),
  array: json(['pk', 'sk']),
  'JSON null': json(null),
  'JSON number': json(42),
  'list key of the wrong type': json({ after: { page: 2 } }),
  'list key with more beside it': json({ after: 3, pk: 'x' }),
  'a key of this table, made up': json({
    pk: '$aksu#university_1',
    sk: '$university_1#universityid_uni_00000000000000000000000000',
  }),
  huge: json({ pk: 'x'.repeat(1400), sk: 'y' }),
};

let world: World;
let importJobId: string;
let positionId: string;
beforeAll(async () => {
  world = await buildWorld();
  ({ positionId } = await newPosition(world.programme.hostUnitId));
  const job = await Imports.create(SYSTEM, world.cohorts.cohortId, {
    filename: '游标.xlsx',
    content: base64(await xlsxOf([studentRow()])),
    universityId: world.uniA.universityId,
    consent: true,
  });
  importJobId = job.importJobId;
});

function concrete(path: string): string {
  const ids: Record<string, string> = {
    universityId: world.uniA.universityId,
    partnershipId: world.partnershipA.partnershipId,
    tripId: world.trip.tripId,
    eventId: world.eventA.eventId,
    cohortId: world.programme.cohortId,
    importJobId,
    hostUnitId: world.programme.hostUnitId,
    projectId: world.programme.projectId,
    mentorId: world.programme.mentorId,
    registrationId: world.programme.mentee,
    positionId,
  };
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!ids[name]) throw new Error(`no target for the path parameter ${name} of ${path}: add one to the test`);
    return ids[name];
  });
  const query = path === '/v1/audit' ? `entityType=university&entityId=${world.uniA.universityId}` : '';
  return `${filled}?${query}`;
}

/** The first caller the list answers 200 without a cursor, so a refusal below is the cursor's. */
async function readerOf(path: string): Promise<Account> {
  const callers = [world.accounts.organiser, world.accounts.intern, world.accounts.mentor, world.accounts.coordinatorA];
  for (const caller of callers) {
    if ((await call('GET', path, { token: caller.token })).status === 200) return caller;
  }
  throw new Error(`nobody may read ${path}`);
}

describe('crafted cursors', () => {
  it('finds the lists it is meant to cover', () => {
    expect(lists.length).toBeGreaterThanOrEqual(30);
  });

  it.each(lists)('$path answers every cursor it did not hand out with 400 invalid_cursor', async ({ path }) => {
    const url = concrete(path);
    const reader = await readerOf(url);
    const failures: string[] = [];
    for (const [shape, cursor] of Object.entries(CRAFTED)) {
      const res = await call('GET', `${url}&cursor=${encodeURIComponent(cursor)}`, { token: reader.token });
      if (res.status !== 400 || res.body.code !== 'invalid_cursor')
        failures.push(`${shape}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a cursor longer than any it hands out', async () => {
    const res = await call('GET', `/v1/universities?cursor=${'a'.repeat(5000)}`, {
      token: world.accounts.organiser.token,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('query.cursor');
  });

  it('refuses a cursor handed out by one list on another', async () => {
    const organiser = world.accounts.organiser;
    const page = await call('GET', '/v1/universities?limit=1', { token: organiser.token });
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const res = await call('GET', `/v1/trips?cursor=${page.body.nextCursor}`, { token: organiser.token });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_cursor');
  });
});
