import { beforeAll, describe, expect, it } from 'vitest';
import { Placements } from '@aksu/core';
import { SYSTEM, type Account } from '../support/accounts.ts';
import { placementDesk, type PlacementDesk } from '../support/placement-desk.ts';
import { newHostUnit, newMentor, newProject, openProgrammeCohort, registeredIntern } from '../support/programme.ts';

let coordinator: Account;
let uni: PlacementDesk['uni'];
let otherUni: PlacementDesk['otherUni'];
let as: PlacementDesk['as'];

beforeAll(async () => {
  ({ coordinator, uni, otherUni, as } = await placementDesk());
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
