import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, download } from '../support/http.ts';

let organiser: Account;
let coordinatorA: Account;
let coordinatorB: Account;
let uniA: Awaited<ReturnType<typeof newUniversity>>;
let uniB: Awaited<ReturnType<typeof newUniversity>>;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  [uniA, uniB] = [await newUniversity(), await newUniversity()];
  coordinatorA = await newAccount('coordinator', { universityId: uniA.universityId });
  coordinatorB = await newAccount('coordinator', { universityId: uniB.universityId });
  trip = await newTrip([uniA.universityId, uniB.universityId]);
});

const register = async (eventId: string, body: unknown) => {
  const res = await call('POST', `/v1/public/events/${eventId}/registrations`, { body });
  expect(res.status).toBe(201);
  return res.body;
};

const leadOf = async (email: string) => {
  const found = await call('GET', `/v1/leads?q=${encodeURIComponent(email)}`, { token: organiser.token });
  const exact = found.body.items.filter((l: any) => l.email === email);
  expect(exact).toHaveLength(1);
  return exact[0];
};

async function exportedNames(token: string): Promise<string[]> {
  const res = await download('/v1/leads.xlsx', { token });
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  const sheet = workbook.worksheets[0]!;
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(1).value));
}

describe('a public registration that matches an existing lead', () => {
  it('attaches to the lead without rewriting who they are, and shows no other university the lead', async () => {
    const [first, second] = [await newEvent(trip), await newEvent(trip)];
    const victim = person({ universityId: uniA.universityId, name: '王小明' });
    await register(first.eventId, victim);
    const before = await leadOf(victim.email);

    // Someone else, anonymously, with the victim's phone and their own name, email and university.
    const attacker = person({
      phone: victim.phone,
      name: '冒名者',
      universityId: uniB.universityId,
      degreeLevel: 'phd',
      major: '法学',
    });
    const receipt = await register(second.eventId, attacker);

    const after = await call('GET', `/v1/leads/${before.leadId}`, { token: organiser.token });
    expect(after.body).toMatchObject({
      name: victim.name,
      email: victim.email,
      phone: victim.phone,
      universityId: uniA.universityId,
      degreeLevel: victim.degreeLevel,
      major: victim.major,
      eventCount: 2,
    });
    expect(after.body.events.map((e: any) => e.eventId).sort()).toEqual([first.eventId, second.eventId].sort());

    // The registration keeps what it was submitted with.
    const registrations = await call('GET', `/v1/events/${second.eventId}/registrations?limit=100`, {
      token: organiser.token,
    });
    const kept = registrations.body.items.find((r: any) => r.registrationId === receipt.registrationId);
    expect(kept).toMatchObject({
      leadId: before.leadId,
      name: attacker.name,
      email: attacker.email,
      universityId: uniB.universityId,
    });

    // The attacker's email did not become a key to the victim's lead.
    await register(
      first.eventId,
      person({ email: attacker.email, name: attacker.name, universityId: uniB.universityId }),
    );
    expect((await leadOf(attacker.email)).leadId).not.toBe(before.leadId);

    // The other university's coordinator cannot reach the victim by list, detail, search or export.
    expect((await call('GET', `/v1/leads/${before.leadId}`, { token: coordinatorB.token })).status).toBe(404);
    const listed = await call('GET', '/v1/leads?limit=100', { token: coordinatorB.token });
    expect(listed.body.items.map((l: any) => l.leadId)).not.toContain(before.leadId);
    const searched = await call('GET', `/v1/leads?q=${encodeURIComponent(victim.name)}`, { token: coordinatorB.token });
    expect(searched.body.items).toEqual([]);
    expect(await exportedNames(coordinatorB.token)).not.toContain(victim.name);

    // The victim's own coordinator sees the history only through their university's registrations.
    const own = await call('GET', `/v1/leads/${before.leadId}`, { token: coordinatorA.token });
    expect(own.status).toBe(200);
    expect(own.body.events.map((e: any) => e.eventId)).toEqual([first.eventId]);
    expect(own.body.eventCount).toBe(1);
  });

  it('does not move a lead to another university when a registration names one', async () => {
    const [first, second] = [await newEvent(trip), await newEvent(trip)];
    const someone = person({ universityId: uniA.universityId });
    await register(first.eventId, someone);
    const lead = await leadOf(someone.email);
    await register(second.eventId, {
      ...someone,
      phone: person().phone,
      universityId: uniB.universityId,
      name: '另一个名字',
    });
    const listedA = await call('GET', '/v1/leads?limit=100', { token: coordinatorA.token });
    expect(listedA.body.items.find((l: any) => l.leadId === lead.leadId)).toMatchObject({
      name: someone.name,
      universityId: uniA.universityId,
    });
    expect((await call('GET', `/v1/leads/${lead.leadId}`, { token: coordinatorB.token })).status).toBe(404);
  });
});

describe("an organiser's correction of a lead", () => {
  it('changes name, email, phone and university, moving the email and phone a registration matches by', async () => {
    const [first, second, third] = [await newEvent(trip), await newEvent(trip), await newEvent(trip)];
    const someone = person({ universityId: uniA.universityId });
    await register(first.eventId, someone);
    const lead = await leadOf(someone.email);
    const other = person();
    await register(first.eventId, other);

    const patch = (body: unknown, token = organiser.token) =>
      call('PATCH', `/v1/leads/${lead.leadId}`, { token, body });
    expect((await patch({ version: 1, name: '改名' }, coordinatorA.token)).status).toBe(403);
    const taken = await patch({ version: 1, email: other.email });
    expect(taken.status).toBe(409);
    expect(taken.body.errors.map((e: any) => e.path)).toEqual(['email']);

    const corrected = {
      name: '\u202E王 正',
      email: `fixed.${someone.email}`,
      phone: person().phone,
      universityId: uniB.universityId,
    };
    const res = await patch({ version: 1, ...corrected });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: '王 正',
      email: corrected.email,
      phone: corrected.phone,
      universityId: uniB.universityId,
      universityName: uniB.name,
    });
    expect((await patch({ version: 1, name: '过期' })).status).toBe(409);

    // The new email and phone find the lead; the old ones are free for someone else.
    await register(second.eventId, person({ email: corrected.email }));
    await register(third.eventId, person({ phone: corrected.phone }));
    expect((await call('GET', `/v1/leads/${lead.leadId}`, { token: organiser.token })).body.eventCount).toBe(3);
    await register(second.eventId, person({ email: someone.email, phone: someone.phone }));
    expect((await leadOf(someone.email)).leadId).not.toBe(lead.leadId);

    // The lead is now university B's, and no longer A's.
    expect((await call('GET', `/v1/leads/${lead.leadId}`, { token: coordinatorB.token })).status).toBe(200);
    expect((await call('GET', `/v1/leads/${lead.leadId}`, { token: coordinatorA.token })).status).toBe(404);
  });
});
