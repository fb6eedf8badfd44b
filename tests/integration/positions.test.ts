import { localDate } from '@aksu/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, type Account } from '../support/accounts.ts';
import { POLICY_AMOUNTS } from '../support/conversion.ts';
import { call, concurrently } from '../support/http.ts';
import { positionBody } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

let organiser: Account;
let hostUnitId: string;
let employerId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  hostUnitId = (await newHostUnit()).hostUnitId;
  const employer = await as('POST', '/v1/employers', { name: '库车市人民医院', sector: '医疗卫生', county: 'kuqa' });
  expect(employer.status).toBe(201);
  employerId = employer.body.employerId;
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
const create = async (overrides: Record<string, unknown> = {}) => {
  const res = await as('POST', '/v1/positions', { ...positionBody(hostUnitId), ...overrides });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const move = (p: { positionId: string; version: number }, to: string) =>
  as('POST', `/v1/positions/${p.positionId}/transitions`, { to, version: p.version });
const published = async (overrides: Record<string, unknown> = {}) => {
  const res = await move(await create(overrides), 'published');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const anonymous = (path: string) => call('GET', path);
const publicIds = async (query: string) => {
  const res = await anonymous(`/v1/public/positions?limit=100${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((p: { positionId: string }) => p.positionId);
};

describe('positions', () => {
  it('goes draft → published → filled, each step audited, with the unit named', async () => {
    const draft = await create({ unitId: employerId });
    expect(draft).toMatchObject({
      status: 'draft',
      unitKind: 'employer',
      unitName: '库车市人民医院',
      allowedTransitions: ['published'],
      version: 1,
    });
    const live = (await move(draft, 'published')).body;
    expect(live).toMatchObject({ status: 'published', allowedTransitions: ['closed', 'filled'], version: 2 });
    expect(live.publishedAt).toEqual(expect.any(String));
    const edited = await as('PATCH', `/v1/positions/${draft.positionId}`, { version: 2, headcount: 4 });
    expect(edited.body).toMatchObject({ headcount: 4, version: 3 });
    const filled = (await move(edited.body, 'filled')).body;
    expect(filled).toMatchObject({ status: 'filled', allowedTransitions: [], version: 4 });

    const audit = await as('GET', `/v1/audit?entityType=position&entityId=${draft.positionId}`);
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(
      ['create', 'transition:filled', 'transition:published', 'update'].sort(),
    );
    const update = audit.body.items.find((a: { action: string }) => a.action === 'update');
    expect(update.changes).toEqual({ headcount: { before: 3, after: 4 } });
    expect(update.actorId).toBe(organiser.user.userId);
  });

  it('answers a move off the lifecycle with 409 and the allowed moves', async () => {
    const draft = await create();
    const skip = await move(draft, 'filled');
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({
      code: 'invalid_transition',
      from: 'draft',
      to: 'filled',
      allowed: ['published'],
    });
    const closed = (await move((await move(draft, 'published')).body, 'closed')).body;
    const reopen = await move(closed, 'published');
    expect(reopen.status).toBe(409);
    expect(reopen.body).toMatchObject({ code: 'invalid_transition', allowed: [] });
    const edit = await as('PATCH', `/v1/positions/${draft.positionId}`, { version: closed.version, headcount: 9 });
    expect(edit.status).toBe(409);
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const draft = await create();
    const first = await as('PATCH', `/v1/positions/${draft.positionId}`, { version: 1, title: '主治医师' });
    expect(first.status).toBe(200);
    const second = await as('PATCH', `/v1/positions/${draft.positionId}`, { version: 1, title: '住院医师' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('version_conflict');
    const staleMove = await move({ positionId: draft.positionId, version: 1 }, 'published');
    expect(staleMove.status).toBe(409);
    expect(staleMove.body.code).toBe('version_conflict');
    const now = await as('GET', `/v1/positions/${draft.positionId}`);
    expect(now.body).toMatchObject({ title: '主治医师', status: 'draft', version: 2 });
  });

  it('lets one of several concurrent moves from the same version win', async () => {
    const draft = await create();
    const results = await concurrently(5, () => move(draft, 'published'));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    // A loser that read before the winner wrote meets the version condition; one that read after, the lifecycle.
    const losers = results.filter((r) => r.status === 409).map((r) => r.body.code);
    expect(losers).toHaveLength(4);
    for (const code of losers) expect(['version_conflict', 'invalid_transition']).toContain(code);
    const audit = await as('GET', `/v1/audit?entityType=position&entityId=${draft.positionId}`);
    expect(audit.body.items.filter((a: { action: string }) => a.action === 'transition:published')).toHaveLength(1);
  });

  it('refuses an unknown unit and a salary band upside down', async () => {
    const unknown = await as('POST', '/v1/positions', positionBody('emp_00000000000000000000000000'));
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].path).toBe('unitId');
    const band = await as('POST', '/v1/positions', {
      ...positionBody(hostUnitId),
      salaryBand: { minFen: 9_000_00, maxFen: 8_000_00, per: 'month' },
    });
    expect(band.status).toBe(400);
    expect(band.body.errors[0]).toMatchObject({ path: 'salaryBand.maxFen', code: 'end_before_start' });
  });
});

describe('the public position list', () => {
  it('shows published positions only: a draft or closed one is 404 and left out of the list', async () => {
    const draft = await create();
    const live = await published();
    const closed = (await move(await published(), 'closed')).body;
    expect((await anonymous(`/v1/public/positions/${draft.positionId}`)).status).toBe(404);
    expect((await anonymous(`/v1/public/positions/${closed.positionId}`)).status).toBe(404);
    const one = await anonymous(`/v1/public/positions/${live.positionId}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ positionId: live.positionId, title: '临床医师', headcount: 3 });
    expect(one.body).not.toHaveProperty('version');
    expect(one.body).not.toHaveProperty('createdBy');
    const ids = await publicIds('');
    expect(ids).toContain(live.positionId);
    expect(ids).not.toContain(draft.positionId);
    expect(ids).not.toContain(closed.positionId);
  });

  it('filters by degree, discipline, county, cluster and kind of post', async () => {
    const phd = await published({
      degreeLevel: 'phd',
      disciplines: ['工学（计算机）'],
      majors: ['Software Engineering'],
      county: 'kuqa',
      cluster: 'petrochemical',
    });
    const anyDiscipline = await published({
      degreeLevel: 'bachelor',
      disciplines: [],
      county: 'wensu',
      cluster: 'green_produce',
      postKind: 'state_enterprise',
    });
    const other = await published({ postKind: 'other', county: 'alar', cluster: 'modern_logistics' });
    expect(await publicIds('&degreeLevel=phd')).toEqual([phd.positionId]);
    const engineering = await publicIds(`&discipline=${encodeURIComponent('工学')}`);
    expect(engineering.sort()).toEqual([phd.positionId, anyDiscipline.positionId].sort());
    // Part of a discipline or of a major, in any case, finds it too.
    for (const typed of ['计算机', 'software']) {
      const found = await publicIds(`&discipline=${encodeURIComponent(typed)}`);
      expect(found.sort(), typed).toEqual([phd.positionId, anyDiscipline.positionId].sort());
    }
    const medicine = await publicIds(`&discipline=${encodeURIComponent('医学')}`);
    expect(medicine).toEqual(expect.arrayContaining([anyDiscipline.positionId, other.positionId]));
    expect(medicine).not.toContain(phd.positionId);
    expect(await publicIds('&county=wensu')).toEqual([anyDiscipline.positionId]);
    expect(await publicIds('&cluster=modern_logistics')).toEqual([other.positionId]);
    expect(await publicIds('&postKind=state_enterprise')).toEqual([anyDiscipline.positionId]);
    expect(await publicIds('&postKind=other&county=alar&cluster=modern_logistics')).toEqual([other.positionId]);
    expect(await publicIds('&postKind=other&county=kuqa')).toEqual([]);
  });

  it('lists the latest published first, whenever each was drafted', async () => {
    const older = await create({ title: '先起草' });
    const newer = await published({ title: '后起草先发布' });
    await move(older, 'published');
    const ids = await publicIds('');
    expect(ids.indexOf(older.positionId)).toBeLessThan(ids.indexOf(newer.positionId));
  });

  it('leaves out positions past their deadline and pages through the rest newest first', async () => {
    const past = await published({ deadline: '2020-01-31' });
    expect(await publicIds('')).not.toContain(past.positionId);
    expect((await anonymous(`/v1/public/positions/${past.positionId}`)).status).toBe(200);
    const all = await publicIds('');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await anonymous(`/v1/public/positions?limit=2${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((p: { positionId: string }) => p.positionId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect((await anonymous('/v1/public/positions?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });

  it('prices the housing subsidy from the policy version in force, and follows a new version', async () => {
    const master = await published({ degreeLevel: 'master', inHighTechZone: false });
    const zone = await published({ degreeLevel: 'bachelor', inHighTechZone: true });
    expect((await anonymous(`/v1/public/positions/${master.positionId}`)).body.housingSubsidy).toBeNull();

    const first = await as('POST', '/v1/subsidy-policies', {
      name: '2020年住房补贴',
      effectiveFrom: '2020-01-01',
      amounts: POLICY_AMOUNTS,
    });
    expect(first.status).toBe(201);
    const before = (await anonymous(`/v1/public/positions/${master.positionId}`)).body.housingSubsidy;
    expect(before).toEqual({
      policyId: first.body.policyId,
      policyName: '2020年住房补贴',
      effectiveFrom: '2020-01-01',
      yearsRequired: 5,
      zone: 'prefecture',
      amountFen: 400_000_00,
      byDegree: [
        { degreeLevel: 'master', amountFen: 400_000_00 },
        { degreeLevel: 'phd', amountFen: 500_000_00 },
      ],
    });
    const inZone = (await anonymous(`/v1/public/positions/${zone.positionId}`)).body.housingSubsidy;
    expect(inZone).toMatchObject({ zone: 'high_tech_zone', amountFen: 100_000_00 });

    const raised = await as('POST', '/v1/subsidy-policies', {
      name: '新版住房补贴',
      effectiveFrom: localDate(),
      amounts: { ...POLICY_AMOUNTS, master: { prefecture: 450_000_00, highTechZone: 450_000_00 } },
    });
    expect(raised.status).toBe(201);
    const listed = (await anonymous('/v1/public/positions?limit=100')).body.items.find(
      (p: { positionId: string }) => p.positionId === master.positionId,
    );
    expect(listed.housingSubsidy).toMatchObject({
      policyId: raised.body.policyId,
      policyName: '新版住房补贴',
      effectiveFrom: localDate(),
      amountFen: 450_000_00,
    });
    // Nothing of it is stored on the position.
    const stored = await as('GET', `/v1/positions/${master.positionId}`);
    expect(stored.body).not.toHaveProperty('housingSubsidy');
  });
});

describe('announcements', () => {
  it('publishes a notice with a stable link showing its published positions in its order', async () => {
    const a = await published({ title: '岗位甲' });
    const b = await published({ title: '岗位乙' });
    const draft = await create({ title: '岗位丙' });
    const slug = `notice-${Date.now()}`;
    const created = await as('POST', '/v1/announcements', {
      title: '2026年阿克苏地区引才公告',
      body: '公告正文',
      slug,
      positionIds: [b.positionId, draft.positionId, a.positionId],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ slug, status: 'draft', allowedTransitions: ['published'] });
    expect((await anonymous(`/v1/public/announcements/${slug}`)).status).toBe(404);

    const retitled = await as('PATCH', `/v1/announcements/${created.body.announcementId}`, {
      version: 1,
      title: '2026年阿克苏地区引才公告（第一批）',
    });
    expect(retitled.body).toMatchObject({ slug, version: 2 });
    const stale = await as('PATCH', `/v1/announcements/${created.body.announcementId}`, { version: 1, body: 'x' });
    expect(stale.status).toBe(409);

    const live = await as('POST', `/v1/announcements/${created.body.announcementId}/transitions`, {
      to: 'published',
      version: 2,
    });
    expect(live.body).toMatchObject({ status: 'published', allowedTransitions: ['closed'] });
    const page = await anonymous(`/v1/public/announcements/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ slug, title: '2026年阿克苏地区引才公告（第一批）' });
    expect(page.body.positions.map((p: { title: string }) => p.title)).toEqual(['岗位乙', '岗位甲']);
    expect(page.body.positions[0]).toHaveProperty('housingSubsidy');
    const emptied = await as('PATCH', `/v1/announcements/${created.body.announcementId}`, {
      version: 3,
      positionIds: [draft.positionId],
    });
    expect(emptied.status).toBe(409);
    expect(emptied.body.code).toBe('no_published_positions');

    const skip = await as('POST', `/v1/announcements/${created.body.announcementId}/transitions`, {
      to: 'draft',
      version: 3,
    });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'invalid_transition', allowed: ['closed'] });
    await as('POST', `/v1/announcements/${created.body.announcementId}/transitions`, { to: 'closed', version: 3 });
    expect((await anonymous(`/v1/public/announcements/${slug}`)).status).toBe(404);

    const audit = await as('GET', `/v1/audit?entityType=announcement&entityId=${created.body.announcementId}`);
    expect(audit.body.items).toHaveLength(4);
  });

  it('is not published before one of its positions is, and keeps each link to one notice', async () => {
    const draft = await create();
    const created = await as('POST', '/v1/announcements', {
      title: '空公告',
      body: '正文',
      positionIds: [draft.positionId],
    });
    expect(created.body.slug).toMatch(/^[0-9a-z]{10}$/);
    const early = await as('POST', `/v1/announcements/${created.body.announcementId}/transitions`, {
      to: 'published',
      version: 1,
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('no_published_positions');
    const taken = await as('POST', '/v1/announcements', { title: '重名公告', body: '正文', slug: created.body.slug });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].path).toBe('slug');
    const unknown = await as('POST', '/v1/announcements', {
      title: '未知岗位',
      body: '正文',
      positionIds: ['pos_00000000000000000000000000'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].path).toBe('positionIds.0');
  });
});
