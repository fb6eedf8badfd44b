import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, uniqueEmail, uniqueSuffix, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';

let organiser: Account;

beforeAll(async () => {
  organiser = await newAccount('organiser', { isAdmin: true });
});

describe('universities: coordinator', () => {
  let own: Awaited<ReturnType<typeof newUniversity>>;
  let other: Awaited<ReturnType<typeof newUniversity>>;
  let coordinator: Account;

  beforeAll(async () => {
    own = await newUniversity({ contacts: [{ name: '李老师', phone: '13912345678' }] });
    other = await newUniversity();
    coordinator = await newAccount('coordinator', { universityId: own.universityId });
  });

  it('sees only their own university in the list, with phones masked', async () => {
    const list = await call('GET', '/v1/universities', { token: coordinator.token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: any) => u.universityId)).toEqual([own.universityId]);
    expect(list.body.items[0].contacts[0].phone).toBe('139****5678');
  });

  it('reads their own university and gets 404 for another', async () => {
    expect((await call('GET', `/v1/universities/${own.universityId}`, { token: coordinator.token })).status).toBe(200);
    const hidden = await call('GET', `/v1/universities/${other.universityId}`, { token: coordinator.token });
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('not_found');
  });

  it('sees phones masked on the detail page and can send them back unchanged', async () => {
    const detail = await call('GET', `/v1/universities/${own.universityId}`, { token: coordinator.token });
    expect(detail.body.contacts[0].phone).toBe('139****5678');
    const edited = await call('PATCH', `/v1/universities/${own.universityId}`, {
      token: coordinator.token,
      body: {
        version: detail.body.version,
        contacts: [...detail.body.contacts, { name: '赵老师', phone: '13700001111' }],
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.contacts.map((c: any) => c.phone)).toEqual(['139****5678', '137****1111']);
    const asOrganiser = await call('GET', `/v1/universities/${own.universityId}`, { token: organiser.token });
    expect(asOrganiser.body.contacts.map((c: any) => c.phone)).toEqual(['13912345678', '13700001111']);
    own = asOrganiser.body;
  });

  it('edits contacts but not fields reserved to organisers', async () => {
    const contacts = await call('PATCH', `/v1/universities/${own.universityId}`, {
      token: coordinator.token,
      body: { version: own.version, contacts: [{ name: '新联系人', email: 'career@example.com' }] },
    });
    expect(contacts.status).toBe(200);
    const reserved = await call('PATCH', `/v1/universities/${own.universityId}`, {
      token: coordinator.token,
      body: { version: contacts.body.version, name: '改名大学', tags: ['985'] },
    });
    expect(reserved.status).toBe(403);
    expect(reserved.body.code).toBe('forbidden_fields');
    expect(reserved.body.errors.map((e: any) => e.path).sort()).toEqual(['name', 'tags']);
    const elsewhere = await call('PATCH', `/v1/universities/${other.universityId}`, {
      token: coordinator.token,
      body: { version: 1, contacts: [] },
    });
    expect(elsewhere.status).toBe(404);
  });

  it('cannot create universities, invite coordinators or read the audit log', async () => {
    const create = await call('POST', '/v1/universities', {
      token: coordinator.token,
      body: { name: `x${uniqueSuffix()}`, city: 'a', province: 'b' },
    });
    expect(create.status).toBe(403);
    const invite = await call('POST', `/v1/universities/${own.universityId}/coordinators`, {
      token: coordinator.token,
      body: { name: '某人', email: uniqueEmail() },
    });
    expect(invite.status).toBe(403);
    const audit = await call('GET', `/v1/audit?entityType=university&entityId=${own.universityId}`, {
      token: coordinator.token,
    });
    expect(audit.status).toBe(403);
  });
});

describe('coordinator invitations', () => {
  it('invites a coordinator who activates the code, signs in and sees their university', async () => {
    // Inviting a coordinator creates an account, which is an admin's job.
    const organiserAccount = await newAccount('organiser', { isAdmin: true });
    const u = await newUniversity();
    const email = uniqueEmail('coord');
    const invited = await call('POST', `/v1/universities/${u.universityId}/coordinators`, {
      token: organiserAccount.token,
      body: { name: '张联络员', email },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.user).toMatchObject({
      email,
      role: 'coordinator',
      universityId: u.universityId,
      status: 'invited',
    });
    expect(invited.body.invitationCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const listed = await call('GET', `/v1/universities/${u.universityId}/coordinators`, {
      token: organiserAccount.token,
    });
    expect(listed.body.items.map((x: any) => x.email)).toEqual([email]);

    const activated = await call('POST', '/v1/auth/activate', {
      body: { code: invited.body.invitationCode.toLowerCase(), password: 'a-good-password' },
    });
    expect(activated.status).toBe(200);
    expect(activated.body.user.status).toBe('active');
    const again = await call('POST', '/v1/auth/activate', {
      body: { code: invited.body.invitationCode, password: 'another-password' },
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('invalid_invitation');

    const login = await call('POST', '/v1/auth/login', { body: { email, password: 'a-good-password' } });
    expect(login.status).toBe(200);
    const mine = await call('GET', '/v1/universities', { token: login.body.token });
    expect(mine.body.items.map((x: any) => x.universityId)).toEqual([u.universityId]);
  });

  it('refuses an invitation for a university that does not exist', async () => {
    const res = await call('POST', '/v1/universities/uni_00000000000000000000000000/coordinators', {
      token: organiser.token,
      body: { name: '某人', email: uniqueEmail() },
    });
    expect(res.status).toBe(404);
  });
});
