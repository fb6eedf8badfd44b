import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, uniqueSuffix, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;

beforeAll(async () => {
  organiser = await newAccount('organiser', { isAdmin: true });
});

describe('universities: organiser', () => {
  it('creates a university with defaults and reads it back', async () => {
    const name = `塔里木大学${uniqueSuffix()}`;
    const created = await call('POST', '/v1/universities', {
      token: organiser.token,
      body: { name, nameEn: 'Tarim University', city: '阿拉尔', province: '新疆', tags: ['本地'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, country: '中国', tags: ['本地'], contacts: [], version: 1 });
    expect(created.body.universityId).toMatch(/^uni_/);
    const read = await call('GET', `/v1/universities/${created.body.universityId}`, { token: organiser.token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('refuses a second university with the same name, whatever the spacing', async () => {
    const name = `重名大学${uniqueSuffix()}`;
    await newUniversity({ name });
    const again = await call('POST', '/v1/universities', {
      token: organiser.token,
      body: { name: ` ${name} `, city: '北京', province: '北京' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_exists');
    expect(again.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lists by province, searches by any name, and pages with a cursor', async () => {
    const province = `省${uniqueSuffix()}`;
    const tag = uniqueSuffix();
    for (let i = 0; i < 5; i++)
      await newUniversity({ name: `分页大学${tag}${i}`, province, nameEn: `Paging ${tag.toUpperCase()} ${i}` });
    await newUniversity({ name: `别的大学${tag}` });

    const first = await call('GET', `/v1/universities?province=${encodeURIComponent(province)}&limit=2`, {
      token: organiser.token,
    });
    expect(first.status).toBe(200);
    expect(first.body.items.map((u: any) => u.name)).toEqual([`分页大学${tag}0`, `分页大学${tag}1`]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call(
        'GET',
        `/v1/universities?province=${encodeURIComponent(province)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        {
          token: organiser.token,
        },
      );
      names.push(...page.body.items.map((u: any) => u.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toHaveLength(5);

    const search = await call('GET', `/v1/universities?q=${`paging ${tag}`.toUpperCase()}`, { token: organiser.token });
    expect(search.body.items).toHaveLength(5);
  });

  it('answers a tampered cursor with 400 invalid_cursor', async () => {
    const forged = Buffer.from(JSON.stringify({ pk: 'x', sk: 'y' })).toString('base64url');
    for (const cursor of ['not-a-cursor', forged]) {
      const res = await call('GET', `/v1/universities?cursor=${cursor}`, { token: organiser.token });
      expect(res.status, cursor).toBe(400);
      expect(res.body.code).toBe('invalid_cursor');
    }
  });

  it('applies a PATCH with the current version and refuses a stale one', async () => {
    const u = await newUniversity();
    const ok = await call('PATCH', `/v1/universities/${u.universityId}`, {
      token: organiser.token,
      body: { version: 1, shortName: '测大', tags: ['211'] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ shortName: '测大', tags: ['211'], version: 2 });
    const stale = await call('PATCH', `/v1/universities/${u.universityId}`, {
      token: organiser.token,
      body: { version: 1, city: '天津' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('lets exactly one of two concurrent PATCHes with the same version succeed', async () => {
    const u = await newUniversity();
    const results = await concurrently(2, (i) =>
      call('PATCH', `/v1/universities/${u.universityId}`, {
        token: organiser.token,
        body: { version: 1, city: `城市${i}` },
      }),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const read = await call('GET', `/v1/universities/${u.universityId}`, { token: organiser.token });
    expect(read.body.version).toBe(2);
    expect(read.body.city).toBe(results.find((r) => r.status === 200)!.body.city);
  });

  it('lets exactly one of ten concurrent PATCHes win', async () => {
    const u = await newUniversity();
    const results = await concurrently(10, (i) =>
      call('PATCH', `/v1/universities/${u.universityId}`, {
        token: organiser.token,
        body: { version: 1, city: `城市${i}` },
      }),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
  });

  it('renames only to a free name and frees the old one', async () => {
    const a = await newUniversity();
    const b = await newUniversity();
    const clash = await call('PATCH', `/v1/universities/${a.universityId}`, {
      token: organiser.token,
      body: { version: 1, name: b.name },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('already_exists');
    const renamed = await call('PATCH', `/v1/universities/${a.universityId}`, {
      token: organiser.token,
      body: { version: 1, name: `${a.name}新` },
    });
    expect(renamed.status).toBe(200);
    const reuse = await call('POST', '/v1/universities', {
      token: organiser.token,
      body: { name: a.name, city: '北京', province: '北京' },
    });
    expect(reuse.status).toBe(201);
  });

  it('writes an audit entry for every change, with phones masked', async () => {
    const u = await newUniversity();
    await call('PATCH', `/v1/universities/${u.universityId}`, {
      token: organiser.token,
      body: { version: 1, contacts: [{ name: '王老师', phone: '13812345678' }] },
    });
    const audit = await call('GET', `/v1/audit?entityType=university&entityId=${u.universityId}`, {
      token: organiser.token,
    });
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: any) => e.action)).toEqual(['create', 'update']);
    expect(audit.body.items[1].changes.contacts.after).toEqual([{ name: '王老师', phone: '138****5678' }]);
    expect(JSON.stringify(audit.body)).not.toContain('13812345678');
  });
});
