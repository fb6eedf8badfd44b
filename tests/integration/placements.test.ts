import { beforeAll, describe, expect, it } from 'vitest';
import { concurrently } from '../support/http.ts';
import { placementDesk, storedRegistration, type PlacementDesk } from '../support/placement-desk.ts';
import {
  newHostUnit,
  newMentor,
  newProject,
  openProgrammeCohort,
  registeredIntern,
  registeredInterns,
} from '../support/programme.ts';

let uni: PlacementDesk['uni'];
let cohortId: string;
let as: PlacementDesk['as'];
let place: PlacementDesk['place'];
let seatsOf: PlacementDesk['seatsOf'];

beforeAll(async () => {
  ({ uni, cohortId, as, place, seatsOf } = await placementDesk());
});

const registration = storedRegistration;

describe('placements', () => {
  it('30 concurrent placements into a project with 5 seats place exactly 5', async () => {
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohortId, { seats: 5 });
    const interns = await registeredInterns(cohortId, uni.universityId, 30);
    const results = await concurrently(30, (i) => place(interns[i]!.registrationId, project.projectId));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(25).fill('no_seats_left'));
    expect(await seatsOf(project.projectId)).toMatchObject({ seats: 5, placed: 5 });
    const listed = await as('GET', `/v1/projects/${project.projectId}/interns?limit=100`);
    expect(listed.body.items).toHaveLength(5);
    const placedIds = results
      .filter((r) => r.status === 201)
      .map((r) => r.body.registrationId)
      .sort();
    expect(listed.body.items.map((p: { registrationId: string }) => p.registrationId).sort()).toEqual(placedIds);
    const records = await Promise.all(interns.map((i) => registration(i.registrationId)));
    expect(
      records
        .filter((r) => r.projectId === project.projectId)
        .map((r) => r.registrationId)
        .sort(),
    ).toEqual(placedIds);
    expect(records.filter((r) => r.projectId).every((r) => r.hostUnitId === unit.hostUnitId && r.placedAt)).toBe(true);
  });

  it('moving an intern frees the old seat in the same step', async () => {
    const unit = await newHostUnit();
    const [a, b] = await Promise.all([
      newProject(unit.hostUnitId, cohortId, { seats: 1 }),
      newProject(unit.hostUnitId, cohortId, { seats: 1 }),
    ]);
    const [x, y, z] = await registeredInterns(cohortId, uni.universityId, 3);
    expect((await place(x!.registrationId, a.projectId)).status).toBe(201);
    expect((await place(y!.registrationId, a.projectId)).body.code).toBe('no_seats_left');
    const moved = await as('POST', `/v1/placements/${x!.registrationId}/move`, { projectId: b.projectId });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ projectId: b.projectId, projectTitle: b.title, version: 2 });
    expect(await seatsOf(a.projectId)).toMatchObject({ placed: 0 });
    expect(await seatsOf(b.projectId)).toMatchObject({ placed: 1 });
    expect((await registration(x!.registrationId)).projectId).toBe(b.projectId);
    expect((await place(y!.registrationId, a.projectId)).status).toBe(201);
    expect((await place(z!.registrationId, b.projectId)).body.code).toBe('no_seats_left');
    // A move into a full project changes nothing.
    const refused = await as('POST', `/v1/placements/${y!.registrationId}/move`, { projectId: b.projectId });
    expect(refused.body.code).toBe('no_seats_left');
    expect(await seatsOf(a.projectId)).toMatchObject({ placed: 1 });
    expect((await as('GET', `/v1/placements/${y!.registrationId}`)).body.projectId).toBe(a.projectId);
  });

  it('releasing a placement frees the seat and the mentor slot, and the intern is unplaced again', async () => {
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohortId, { seats: 1 });
    const { mentor } = await newMentor(unit.hostUnitId, { maxMentees: 1 });
    const [x, y] = await registeredInterns(cohortId, uni.universityId, 2);
    expect((await place(x!.registrationId, project.projectId, { mentorId: mentor.mentorId })).status).toBe(201);
    const released = await as('POST', `/v1/placements/${x!.registrationId}/release`);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ registrationId: x!.registrationId, status: 'accepted' });
    expect(await seatsOf(project.projectId)).toMatchObject({ placed: 0 });
    expect((await as('GET', `/v1/mentors/${mentor.mentorId}`)).body.mentees).toBe(0);
    const record = await registration(x!.registrationId);
    expect([record.projectId, record.hostUnitId, record.mentorId, record.placedAt]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect((await as('GET', `/v1/placements/${x!.registrationId}`)).status).toBe(404);
    expect(
      (await as('GET', `/v1/cohorts/${cohortId}/unplaced-interns`)).body.items.map(
        (i: { registrationId: string }) => i.registrationId,
      ),
    ).toContain(x!.registrationId);
    expect((await as('POST', `/v1/placements/${x!.registrationId}/release`)).status).toBe(404);
    expect((await place(y!.registrationId, project.projectId, { mentorId: mentor.mentorId })).status).toBe(201);
  });

  it('refuses a second placement of the same intern and interns who are not accepted', async () => {
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohortId, { seats: 10 });
    const intern = await registeredIntern(cohortId, uni.universityId);
    const twice = await concurrently(5, () => place(intern.registrationId, project.projectId));
    expect(twice.filter((r) => r.status === 201)).toHaveLength(1);
    expect(twice.filter((r) => r.status === 409).every((r) => r.body.code === 'conflict')).toBe(true);
    expect(await seatsOf(project.projectId)).toMatchObject({ placed: 1 });
    const submitted = await registeredIntern(cohortId, uni.universityId, {}, 'submitted');
    expect((await place(submitted.registrationId, project.projectId)).status).toBe(409);
    const elsewhere = await registeredIntern(
      (await openProgrammeCohort([uni.universityId])).cohortId,
      uni.universityId,
    );
    expect((await place(elsewhere.registrationId, project.projectId)).status).toBe(400);
  });

  it('keeps seats at or above the interns placed', async () => {
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohortId, { seats: 3 });
    for (const intern of await registeredInterns(cohortId, uni.universityId, 2)) {
      expect((await place(intern.registrationId, project.projectId)).status).toBe(201);
    }
    const below = await as('PATCH', `/v1/projects/${project.projectId}`, { version: 1, seats: 1 });
    expect(below.status).toBe(409);
    expect(below.body.errors[0].path).toBe('seats');
    expect(await seatsOf(project.projectId)).toMatchObject({ seats: 3, placed: 2, version: 1 });
    const exact = await as('PATCH', `/v1/projects/${project.projectId}`, { version: 1, seats: 2 });
    expect(exact.status).toBe(200);
    expect(exact.body).toMatchObject({ seats: 2, placed: 2, version: 2 });
    expect((await as('PATCH', `/v1/projects/${project.projectId}`, { version: 1, title: '旧版本' })).body.code).toBe(
      'version_conflict',
    );
  });
});
