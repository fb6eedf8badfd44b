import { beforeAll, describe, expect, it } from 'vitest';
import { Users } from '@aksu/core';
import { PASSWORD, type Account } from '../support/accounts.ts';
import { concurrently } from '../support/http.ts';
import { placementDesk, storedRegistration, type PlacementDesk } from '../support/placement-desk.ts';
import {
  mentorAccount,
  newHostUnit,
  newMentor,
  newProject,
  registeredIntern,
  registeredInterns,
} from '../support/programme.ts';

let coordinator: Account;
let uni: PlacementDesk['uni'];
let otherUni: PlacementDesk['otherUni'];
let cohortId: string;
let as: PlacementDesk['as'];
let place: PlacementDesk['place'];
let seatsOf: PlacementDesk['seatsOf'];

beforeAll(async () => {
  ({ coordinator, uni, otherUni, cohortId, as, place, seatsOf } = await placementDesk());
});

const registration = storedRegistration;

describe('mentors', () => {
  it('creates a mentor with an invited account whose code is shown once', async () => {
    const unit = await newHostUnit();
    const created = await as('POST', '/v1/mentors', {
      hostUnitId: unit.hostUnitId,
      name: '李导师',
      title: '高级工程师',
      phone: '13912345678',
      email: 'li.mentor@example.com',
      maxMentees: 2,
    });
    expect(created.status).toBe(201);
    expect(created.body.mentor).toMatchObject({
      hostUnitId: unit.hostUnitId,
      hostUnitName: unit.name,
      maxMentees: 2,
      mentees: 0,
    });
    const session = await Users.activate(
      { code: created.body.invitationCode, password: PASSWORD },
      process.env.JWT_SECRET!,
    );
    expect(session.user).toMatchObject({ role: 'mentor', mentorId: created.body.mentor.mentorId });
    const again = await as('GET', `/v1/mentors/${created.body.mentor.mentorId}`);
    expect(again.body.invitationCode).toBeUndefined();
    const taken = await as('POST', '/v1/mentors', {
      name: '重复',
      title: '专家',
      phone: '13912345679',
      email: 'li.mentor@example.com',
      maxMentees: 2,
    });
    expect(taken.body.code).toBe('already_exists');
  });

  it(
    'assigns mentors concurrently without ever exceeding ' + 'their maximum, and frees the old slot on a change',
    async () => {
      const unit = await newHostUnit();
      const project = await newProject(unit.hostUnitId, cohortId, { seats: 12 });
      const { mentor } = await newMentor(unit.hostUnitId, { maxMentees: 3 });
      const { mentor: spare } = await newMentor(undefined, { maxMentees: 1 });
      const interns = await registeredInterns(cohortId, uni.universityId, 10);
      for (const intern of interns) expect((await place(intern.registrationId, project.projectId)).status).toBe(201);
      const results = await concurrently(10, (i) =>
        as('POST', `/v1/placements/${interns[i]!.registrationId}/mentor`, { mentorId: mentor.mentorId }),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(3);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(7).fill('mentor_full'));
      expect((await as('GET', `/v1/mentors/${mentor.mentorId}`)).body).toMatchObject({ maxMentees: 3, mentees: 3 });
      const mentees = await as('GET', `/v1/mentors/${mentor.mentorId}/mentees`);
      expect(mentees.body.items).toHaveLength(3);

      const first = results.find((r) => r.status === 200)!.body.registrationId;
      const changed = await as('POST', `/v1/placements/${first}/mentor`, { mentorId: spare.mentorId });
      expect(changed.body).toMatchObject({ mentorId: spare.mentorId, mentorName: spare.name });
      expect((await as('GET', `/v1/mentors/${mentor.mentorId}`)).body.mentees).toBe(2);
      expect((await as('GET', `/v1/mentors/${spare.mentorId}`)).body.mentees).toBe(1);
      expect((await registration(first)).mentorId).toBe(spare.mentorId);
      const removed = await as('POST', `/v1/placements/${first}/mentor`, { mentorId: null });
      expect(removed.body.mentorId).toBeUndefined();
      expect((await as('GET', `/v1/mentors/${spare.mentorId}`)).body.mentees).toBe(0);
      expect((await registration(first)).mentorId).toBeUndefined();
      expect((await as('PATCH', `/v1/mentors/${mentor.mentorId}`, { version: 1, maxMentees: 1 })).status).toBe(409);
    },
  );

  it('refuses a mentor of another host unit', async () => {
    const [unit, elsewhere] = await Promise.all([newHostUnit(), newHostUnit()]);
    const project = await newProject(unit.hostUnitId, cohortId);
    const { mentor } = await newMentor(elsewhere.hostUnitId);
    const intern = await registeredIntern(cohortId, uni.universityId);
    const refused = await place(intern.registrationId, project.projectId, { mentorId: mentor.mentorId });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].path).toBe('mentorId');
    expect(await seatsOf(project.projectId)).toMatchObject({ placed: 0 });
  });

  it('a mentor sees their mentees with contact and nothing else', async () => {
    const unit = await newHostUnit({ county: 'wensu' });
    const project = await newProject(unit.hostUnitId, cohortId);
    const { mentor, account } = await mentorAccount(unit.hostUnitId);
    const { mentor: other } = await newMentor(unit.hostUnitId);
    const [mine, theirs] = await Promise.all([
      registeredIntern(cohortId, uni.universityId),
      registeredIntern(cohortId, otherUni.universityId),
    ]);
    await place(mine.registrationId, project.projectId, { mentorId: mentor.mentorId });
    await place(theirs.registrationId, project.projectId, { mentorId: other.mentorId });

    const list = await as('GET', `/v1/mentors/${mentor.mentorId}/mentees`, undefined, account.token);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      registrationId: mine.registrationId,
      internName: mine.name,
      email: mine.email,
      hostUnitName: unit.name,
      projectTitle: project.title,
    });
    expect(list.body.items[0].phone).toBe(`${mine.phone.slice(0, 3)}****${mine.phone.slice(-4)}`);
    expect((await as('GET', `/v1/mentors/${mentor.mentorId}/mentees`)).body.items[0].phone).toBe(mine.phone);
    expect((await as('GET', `/v1/placements/${mine.registrationId}`, undefined, account.token)).status).toBe(200);
    expect((await as('GET', `/v1/placements/${mine.registrationId}/letter`, undefined, account.token)).status).toBe(
      200,
    );
    expect((await as('GET', `/v1/placements/${theirs.registrationId}`, undefined, account.token)).status).toBe(404);
    expect((await as('GET', `/v1/mentors/${other.mentorId}/mentees`, undefined, account.token)).status).toBe(404);
    expect((await as('GET', `/v1/cohorts/${cohortId}/placements`, undefined, account.token)).status).toBe(403);
    expect((await as('GET', `/v1/projects/${project.projectId}/interns`, undefined, account.token)).status).toBe(403);
    expect((await as('GET', `/v1/host-units/${unit.hostUnitId}`, undefined, account.token)).status).toBe(403);

    // Coordinators read their own university's placements only.
    const own = await as('GET', `/v1/cohorts/${cohortId}/placements?limit=100`, undefined, coordinator.token);
    expect(own.status).toBe(200);
    expect(
      own.body.items.map((p: { universityId: string }) => p.universityId).every((u: string) => u === uni.universityId),
    ).toBe(true);
    expect(own.body.items.some((p: { registrationId: string }) => p.registrationId === mine.registrationId)).toBe(true);
    expect((await as('GET', `/v1/placements/${theirs.registrationId}`, undefined, coordinator.token)).status).toBe(404);
    expect(
      (await as('POST', `/v1/placements/${mine.registrationId}/mentor`, { mentorId: null }, coordinator.token)).status,
    ).toBe(403);
  });
});

describe('host units', () => {
  it('lists by kind and cluster, and refuses a stale edit', async () => {
    const hospital = await newHostUnit({ kind: 'hospital', cluster: 'digital_economy' });
    const school = await newHostUnit({ kind: 'school', cluster: 'digital_economy' });
    await newHostUnit({ kind: 'hospital', cluster: 'modern_logistics' });
    const ids = (res: { body: { items: Array<{ hostUnitId: string }> } }) => res.body.items.map((u) => u.hostUnitId);
    const both = await as('GET', '/v1/host-units?cluster=digital_economy&kind=hospital&limit=100');
    expect(ids(both)).toContain(hospital.hostUnitId);
    expect(ids(both)).not.toContain(school.hostUnitId);
    expect(
      both.body.items.every(
        (u: { kind: string; cluster: string }) => u.kind === 'hospital' && u.cluster === 'digital_economy',
      ),
    ).toBe(true);
    const byKind = await as('GET', '/v1/host-units?kind=school&limit=100');
    expect(ids(byKind)).toContain(school.hostUnitId);
    expect(byKind.body.items.every((u: { kind: string }) => u.kind === 'school')).toBe(true);

    const moved = await as('PATCH', `/v1/host-units/${hospital.hostUnitId}`, {
      version: 1,
      cluster: 'culture_tourism',
      location: { lat: 41.17, lng: 80.26 },
      checkInRadiusM: 500,
    });
    expect(moved.body).toMatchObject({
      cluster: 'culture_tourism',
      version: 2,
      checkInRadiusM: 500,
      location: { lat: 41.17, lng: 80.26 },
    });
    expect(ids(await as('GET', '/v1/host-units?cluster=culture_tourism&limit=100'))).toContain(hospital.hostUnitId);
    expect(ids(await as('GET', '/v1/host-units?cluster=digital_economy&limit=100'))).not.toContain(hospital.hostUnitId);
    expect((await as('PATCH', `/v1/host-units/${hospital.hostUnitId}`, { version: 1, name: '旧版本' })).body.code).toBe(
      'version_conflict',
    );
    expect((await as('GET', '/v1/host-units', undefined, coordinator.token)).status).toBe(403);
  });
});
