import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, PASSWORD, uniqueEmail, type Account } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newEmployer, newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

/*
 * A unit's reviewer over HTTP: invited by an admin with its unit, it sees its unit's positions and
 * their applications only (another unit's is 404, as if it did not exist) and screens them up to an
 * offer; accepting stays with organisers.
 */

useLocalS3();

let admin: Account;
let reviewer: Account;
let unitX: string;
let unitY: string;
const positionsOfX: string[] = [];
let positionOfY: string;

beforeAll(async () => {
  admin = await newAccount('organiser', { isAdmin: true });
  unitX = (await newEmployer({ name: '评审单位甲' })).employerId;
  unitY = (await newEmployer({ name: '评审单位乙' })).employerId;
  for (const title of ['临床医师', '护士']) positionsOfX.push((await newPosition(unitX, { title })).positionId);
  positionsOfX.push((await newPosition(unitX, { title: '药师' }, { draft: true })).positionId);
  positionOfY = (await newPosition(unitY, { title: '教师' })).positionId;
  reviewer = await newAccount('reviewer', { unitId: unitX });
});

const asAdmin = (method: string, path: string, body?: unknown) => call(method, path, { token: admin.token, body });
const asReviewer = (method: string, path: string, body?: unknown) =>
  call(method, path, { token: reviewer.token, body });
const move = (a: { applicationId: string; version: number }, to: string, reason?: string) =>
  asReviewer('POST', `/v1/applications/${a.applicationId}/transitions`, { to, version: a.version, reason });

describe('inviting a reviewer', () => {
  it('binds the account to the unit, and the token signed in with it carries the unit', async () => {
    const email = uniqueEmail('reviewer');
    const invited = await asAdmin('POST', '/v1/users', { email, name: '评审人', role: 'reviewer', unitId: unitY });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body.user).toMatchObject({ role: 'reviewer', unitId: unitY, status: 'invited' });
    const activated = await call('POST', '/v1/auth/activate', {
      body: { code: invited.body.invitationCode, password: PASSWORD },
    });
    expect(activated.status).toBe(200);
    const list = await call('GET', '/v1/positions?limit=100', { token: activated.body.token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { positionId: string }) => p.positionId)).toEqual([positionOfY]);
  });

  it('needs the unit, an existing one, and no other role names one', async () => {
    const email = uniqueEmail('reviewer');
    const missing = await asAdmin('POST', '/v1/users', { email, name: '评审人', role: 'reviewer' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'unitId', code: 'unit_required' })]);
    const misplaced = await asAdmin('POST', '/v1/users', { email, name: '专员', role: 'organiser', unitId: unitX });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.errors).toEqual([expect.objectContaining({ path: 'unitId', code: 'unit_not_allowed' })]);
    const unknown = await asAdmin('POST', '/v1/users', {
      email,
      name: '评审人',
      role: 'reviewer',
      unitId: 'emp_01J0000000000000000000000Z',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'unitId', code: 'not_found' })]);
  });

  it('is for admins only', async () => {
    const res = await call('POST', '/v1/users', {
      token: reviewer.token,
      body: { email: uniqueEmail('reviewer'), name: '评审人', role: 'reviewer', unitId: unitX },
    });
    expect(res.status).toBe(403);
  });
});

describe('what a reviewer sees', () => {
  it('lists its unit’s positions only, whatever unit it asks for', async () => {
    const mine = await asReviewer('GET', '/v1/positions?limit=100');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((p: { positionId: string }) => p.positionId).sort()).toEqual([...positionsOfX].sort());
    const published = await asReviewer('GET', '/v1/positions?status=published&limit=100');
    expect(published.body.items).toHaveLength(2);
    expect((await asReviewer('GET', `/v1/positions?unitId=${unitX}`)).status).toBe(200);
    expect((await asReviewer('GET', `/v1/positions?unitId=${unitY}`)).status).toBe(404);
  });

  it('reads its unit’s positions; another unit’s is 404, like one that does not exist', async () => {
    const own = await asReviewer('GET', `/v1/positions/${positionsOfX[0]}`);
    expect(own.status).toBe(200);
    expect(own.body.unitName).toBe('评审单位甲');
    // The position's own moves are the office's.
    expect(own.body.allowedTransitions).toEqual([]);
    expect((await asAdmin('GET', `/v1/positions/${positionsOfX[0]}`)).body.allowedTransitions).not.toEqual([]);
    const other = await asReviewer('GET', `/v1/positions/${positionOfY}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not_found');
  });

  it('reads its unit’s applications with the CV link and the contacts masked; another unit’s are 404', async () => {
    const ownApplication = await newApplication(positionsOfX[0]!, { phone: '13812345678' });
    const otherApplication = await newApplication(positionOfY);
    const list = await asReviewer('GET', `/v1/positions/${positionsOfX[0]}/applications`);
    expect(list.status).toBe(200);
    const listed = list.body.items.find(
      (a: { applicationId: string }) => a.applicationId === ownApplication.applicationId,
    );
    expect(listed.phone).toBe('138****5678');
    expect(listed.email).toMatch(/^.\*\*\*@/);
    const one = await asReviewer('GET', `/v1/applications/${ownApplication.applicationId}`);
    expect(one.status).toBe(200);
    expect(one.body.cv.url).toMatch(/^https?:\/\//);
    expect((await fetch(one.body.cv.url)).status).toBe(200);
    // The organiser's view of the same is whole.
    expect((await asAdmin('GET', `/v1/applications/${ownApplication.applicationId}`)).body.phone).toBe('13812345678');

    expect((await asReviewer('GET', `/v1/positions/${positionOfY}/applications`)).status).toBe(404);
    expect((await asReviewer('GET', `/v1/applications/${otherApplication.applicationId}`)).status).toBe(404);
    const moved = await move({ applicationId: otherApplication.applicationId, version: 1 }, 'shortlisted');
    expect(moved.status).toBe(404);
  });

  it('publishes, edits and closes no position', async () => {
    const position = (await asReviewer('GET', `/v1/positions/${positionsOfX[0]}`)).body;
    const close = await asReviewer('POST', `/v1/positions/${position.positionId}/transitions`, {
      to: 'closed',
      version: position.version,
    });
    expect(close.status).toBe(403);
    const edit = await asReviewer('PATCH', `/v1/positions/${position.positionId}`, {
      version: position.version,
      headcount: 9,
    });
    expect(edit.status).toBe(403);
  });
});

describe('screening by a reviewer', () => {
  it('shortlists, interviews and offers; accepting is the organisers’', async () => {
    const { applicationId } = await newApplication(positionsOfX[1]!);
    let current = { applicationId, version: 1 };
    for (const to of ['shortlisted', 'interview', 'offered']) {
      const res = await move(current, to);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.status).toBe(to);
      current = res.body;
    }
    // An offer is answered by the applicant: the reviewer has no move left, the organisers have theirs.
    expect((await asReviewer('GET', `/v1/applications/${applicationId}`)).body.allowedTransitions).toEqual([]);
    const accept = await move(current, 'accepted');
    expect(accept.status).toBe(403);
    expect(accept.body.code).toBe('forbidden');
    const accepted = await asAdmin('POST', `/v1/applications/${applicationId}/transitions`, {
      to: 'accepted',
      version: current.version,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  });

  it('rejects with a reason, and a move the lifecycle does not allow is 409 with the moves left', async () => {
    const { applicationId } = await newApplication(positionsOfX[0]!);
    const opened = (await asReviewer('GET', `/v1/applications/${applicationId}`)).body;
    expect(opened.allowedTransitions.sort()).toEqual(['rejected', 'shortlisted']);
    const early = await move(opened, 'offered');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('invalid_transition');
    expect(early.body.allowed).toContain('shortlisted');
    const silent = await move(opened, 'rejected');
    expect(silent.status).toBe(400);
    expect(silent.body.errors[0]).toMatchObject({ path: 'reason', code: 'reason_required' });
    const rejected = await move(opened, 'rejected', '专业不符');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '专业不符' });
  });

  it('works the same for a reviewer of a host unit', async () => {
    const hostUnitId = (await newHostUnit()).hostUnitId;
    const hostReviewer = await newAccount('reviewer', { unitId: hostUnitId });
    const { positionId } = await newPosition(hostUnitId);
    const { applicationId } = await newApplication(positionId);
    const list = await call('GET', '/v1/positions', { token: hostReviewer.token });
    expect(list.body.items.map((p: { positionId: string }) => p.positionId)).toEqual([positionId]);
    const res = await call('POST', `/v1/applications/${applicationId}/transitions`, {
      token: hostReviewer.token,
      body: { to: 'shortlisted', version: 1 },
    });
    expect(res.status).toBe(200);
    expect((await asReviewer('GET', `/v1/applications/${applicationId}`)).status).toBe(404);
  });
});
