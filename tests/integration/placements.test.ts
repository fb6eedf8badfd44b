import { beforeAll, describe, expect, it } from 'vitest';
import { Placements } from '@aksu/core';
import { SYSTEM, type Account } from '../support/accounts.ts';
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

describe('suggestions and the acceptance letter', () => {
  it('proposes within free seats with reasons, and accepting all places what fits and lists what did not', async () => {
    const cohort = await openProgrammeCohort([uni.universityId, otherUni.universityId]);
    const unit = await newHostUnit({ county: 'kuqa', cluster: 'textile_apparel' });
    const textile = await newProject(unit.hostUnitId, cohort.cohortId, { majors: ['纺织工程'], seats: 2 });
    const other = await newProject(unit.hostUnitId, cohort.cohortId, {
      majors: ['临床医学'],
      disciplines: ['医学'],
      degreeLevels: ['phd'],
      seats: 5,
    });
    const local = await registeredIntern(cohort.cohortId, uni.universityId, {
      hometown: '新疆阿克苏地区库车市',
      fromRegion: true,
    });
    const [b, c] = await Promise.all([
      registeredIntern(cohort.cohortId, uni.universityId),
      registeredIntern(cohort.cohortId, otherUni.universityId),
    ]);
    await registeredIntern(cohort.cohortId, uni.universityId, {}, 'waitlisted');

    const unplaced = await as('GET', `/v1/cohorts/${cohort.cohortId}/unplaced-interns`);
    expect(unplaced.body.items.map((i: { registrationId: string }) => i.registrationId).sort()).toEqual(
      [local, b, c].map((i) => i!.registrationId).sort(),
    );

    const suggestions = await as('GET', `/v1/cohorts/${cohort.cohortId}/placement-suggestions`);
    expect(suggestions.status).toBe(200);
    const items = suggestions.body.items as Array<{
      intern: { registrationId: string };
      proposal?: { projectId: string; score: number; reasons: string[] };
      alternatives: unknown[];
    }>;
    const proposed = items.filter((s) => s.proposal);
    expect(proposed).toHaveLength(2);
    expect(proposed.every((s) => s.proposal!.projectId === textile.projectId)).toBe(true);
    const mine = items.find((s) => s.intern.registrationId === local.registrationId)!;
    expect(mine.proposal!.reasons).toContain('家乡在库车市，可回乡实践');
    expect(mine.proposal!.reasons.some((r) => r.startsWith('专业对口'))).toBe(true);
    // The master's interns cannot go to a PhD-only project, so it is never among their alternatives.
    expect(
      items.every((s) => s.alternatives.every((a) => (a as { projectId: string }).projectId !== other.projectId)),
    ).toBe(true);

    const accept = await as('POST', `/v1/cohorts/${cohort.cohortId}/placement-suggestions/accept`, {
      items: [local, b, c].map((i) => ({ registrationId: i!.registrationId, projectId: textile.projectId })),
    });
    expect(accept.status).toBe(200);
    expect(accept.body.placed).toHaveLength(2);
    expect(accept.body.refused).toEqual([
      {
        registrationId: c.registrationId,
        projectId: textile.projectId,
        code: 'no_seats_left',
        message: expect.any(String),
      },
    ]);
    expect(
      (await as('GET', `/v1/cohorts/${cohort.cohortId}/unplaced-interns`)).body.items.map(
        (i: { registrationId: string }) => i.registrationId,
      ),
    ).toEqual([c.registrationId]);
    const after = await as('GET', `/v1/cohorts/${cohort.cohortId}/placement-suggestions`);
    expect(after.body.items).toHaveLength(1);
    expect(after.body.items[0].proposal).toBeUndefined();
  });

  it('prints the acceptance letter in Chinese from the placement', async () => {
    const cohort = await openProgrammeCohort([uni.universityId], { name: '2030年百名硕博社会实践' });
    const unit = await newHostUnit({
      name: '阿克苏纺织工业城',
      county: 'aksu_city',
      cluster: 'textile_apparel',
      address: '阿克苏市纺织路8号',
    });
    const project = await newProject(unit.hostUnitId, cohort.cohortId, {
      title: '智能纺纱工艺',
      supervisor: { name: '王主任', title: '高级工程师' },
    });
    const { mentor } = await newMentor(unit.hostUnitId, { name: '赵导师', title: '总工程师' });
    const intern = await registeredIntern(cohort.cohortId, uni.universityId, { name: '陈同学', degreeLevel: 'phd' });
    await Placements.place(SYSTEM, cohort.cohortId, {
      registrationId: intern.registrationId,
      projectId: project.projectId,
      mentorId: mentor.mentorId,
      startDate: '2030-08-03',
    });
    const letter = await as('GET', `/v1/placements/${intern.registrationId}/letter`);
    expect(letter.status).toBe(200);
    expect(letter.body).toMatchObject({
      office: '阿克苏地区人才服务中心',
      slogan: '才聚阿克苏、圆梦在天山',
      internName: '陈同学',
      universityName: uni.name,
      degreeLevel: '博士',
      cohortName: '2030年百名硕博社会实践',
      hostUnitName: '阿克苏纺织工业城',
      hostUnitAddress: '阿克苏市纺织路8号',
      county: '阿克苏市',
      cluster: '纺织服装',
      projectTitle: '智能纺纱工艺',
      projectSupervisor: '王主任 高级工程师',
      mentorName: '赵导师',
      mentorTitle: '总工程师',
      startDate: '2030-08-03',
      endDate: '2030-08-31',
    });
    expect(letter.body.letterNo).toMatch(/^阿人才接〔2030〕[0-9A-Z]{6}号$/);
    expect(JSON.stringify(letter.body)).not.toMatch(/1[3-9]\d{9}/);
    expect(
      (await as('GET', `/v1/placements/${intern.registrationId}/letter`, undefined, coordinator.token)).status,
    ).toBe(200);
  });
});
