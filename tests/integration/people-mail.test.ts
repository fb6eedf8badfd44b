import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, PASSWORD, type Account } from '../support/accounts.ts';
import { startBackbone, type Backbone } from '../support/backbone.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import { call } from '../support/http.ts';
import { mentorAccount, newHostUnit, newProject } from '../support/programme.ts';
import { chooseLanguage, everything, FULL_ID, inbox, inboxKinds, mailbox } from '../support/people-mail.ts';
import { replayStream, streamRecords } from '../support/stream-replay.ts';
import { reviewIdOf, sendDigests } from '../support/review-digests.ts';

/** Each test walks a whole flow through the API and the worker; on two shared cores that can take a while. */
const LONG = 120_000;

let backbone: Backbone;
let organiser: Account;

beforeAll(async () => {
  backbone = await startBackbone();
  organiser = await newAccount('organiser', { isAdmin: true });
});

afterAll(async () => {
  await backbone?.stop();
});

const { mailTo, one } = mailbox(() => backbone);

describe('coordinators hear of a review once, as a digest; accepted students get their activation code', () => {
  it(
    'one review request accepts three students of two universities: one digest ' +
      'per coordinator, in their language, and one acceptance mail per student',
    async () => {
      const [uniA, uniB] = await Promise.all([newUniversity(), newUniversity()]);
      const [coordinatorA, coordinatorB] = await Promise.all([
        newAccount('coordinator', { universityId: uniA.universityId }),
        newAccount('coordinator', { universityId: uniB.universityId }),
      ]);
      await chooseLanguage(coordinatorA.token, 'en');
      const cohort = await openCohort([
        { universityId: uniA.universityId, quota: 10 },
        { universityId: uniB.universityId, quota: 10 },
      ]);
      const bodies = [studentBody(), studentBody(), studentBody()];
      const tokens = [coordinatorA.token, coordinatorA.token, coordinatorB.token];
      const registered = [];
      for (const [i, body] of bodies.entries()) {
        const created = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: tokens[i], body });
        expect(created.status).toBe(201);
        registered.push(created.body.registrationId as string);
      }

      const decided = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
        token: organiser.token,
        body: { registrationIds: registered, decision: 'accepted', reason: '材料齐全' },
      });
      expect(decided.status).toBe(200);
      const codes = (decided.body.results as Array<{ invitationCode: string }>).map((r) => r.invitationCode);
      expect(codes.every(Boolean)).toBe(true);
      // The digests go out with the job's next run once the decisions are gathered.
      const reviewId = await reviewIdOf(registered[0]!);
      await sendDigests(reviewId, registered);

      // Coordinator A (English) gets one digest naming both of their students and not the other university's.
      const digestA = await one(coordinatorA.email, `2 of your students accepted`);
      expect(digestA.subject).toContain(cohort.name);
      expect(digestA.text).toContain(bodies[0]!.name);
      expect(digestA.text).toContain(bodies[1]!.name);
      expect(digestA.text).not.toContain(bodies[2]!.name);
      expect(digestA.text).toContain('Note: 材料齐全');
      expect(digestA.text).toContain(`/cohorts/${cohort.cohortId}`);
      // Coordinator B (no preference: Chinese) gets theirs with their one student.
      const digestB = await one(coordinatorB.email, '1 名本校学生录取');
      expect(digestB.text).toContain(bodies[2]!.name);
      expect(digestB.text).not.toContain(bodies[0]!.name);

      // Each student: a Chinese acceptance at the address they registered with, carrying the code the
      // organiser was shown, which activates their account.
      for (const [i, body] of bodies.entries()) {
        const mail = await one(body.email, `录取通知：${cohort.name}`);
        expect(mail.text).toContain(codes[i]!);
        expect(mail.text).toContain('/activate');
      }
      const activated = await call('POST', '/v1/auth/activate', { body: { code: codes[0], password: PASSWORD } });
      expect(activated.status).toBe(200);
      await inboxKinds(activated.body.token, ['intern.accepted']);
      const internItems = await inbox(activated.body.token);
      expect(`${internItems[0]!.title} ${internItems[0]!.body}`).not.toContain(codes[0]!);

      // The digests are in the coordinators' centres too, once each.
      await inboxKinds(coordinatorA.token, ['coordinator.review-digest']);
      await inboxKinds(coordinatorB.token, ['coordinator.review-digest']);

      // No mail names a student's national ID.
      for (const message of [digestA, digestB, ...bodies.flatMap((b) => mailTo(b.email))]) {
        expect(everything(message)).not.toMatch(FULL_ID);
        for (const body of bodies) expect(everything(message)).not.toContain(body.nationalId);
      }

      // Nor does any event the decisions wrote: the outbox items as the stream carries them.
      const images = (await streamRecords())
        .map((r) => JSON.stringify(r.dynamodb?.NewImage ?? {}))
        .filter((image) => image.includes('"outboxEvent"'));
      expect(
        images.filter((image) => image.includes('registration.decided') && image.includes(cohort.cohortId)),
      ).toHaveLength(registered.length);
      for (const image of images) for (const body of bodies) expect(image).not.toContain(body.nationalId);

      // The whole stream handled again sends nothing twice, nor gathers a decision again: the job's
      // next run, sending a later review, is the marker that anything the replay had put in a digest
      // would have gone out before counting.
      await replayStream();
      const late = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinatorB.token,
        body: studentBody(),
      });
      await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
        token: organiser.token,
        body: { registrationIds: [late.body.registrationId], decision: 'waitlisted' },
      });
      await sendDigests(await reviewIdOf(late.body.registrationId), [late.body.registrationId]);
      await one(coordinatorB.email, '列入候补');
      expect(mailTo(coordinatorA.email, cohort.name)).toHaveLength(1);
      expect(mailTo(coordinatorB.email, cohort.name)).toHaveLength(2);
      for (const body of bodies) expect(mailTo(body.email)).toHaveLength(1);
      expect((await inbox(coordinatorA.token)).map((n) => n.kind)).toEqual(['coordinator.review-digest']);
    },
    LONG,
  );
});

describe('a placement tells the intern where and with whom, and the mentor of a new mentee', () => {
  it(
    'placing sends the intern unit, project, mentor and letter link, ' +
      'and the mentor the mentee; a mentor change tells only the new mentor',
    async () => {
      const uni = await newUniversity();
      const coordinator = await newAccount('coordinator', { universityId: uni.universityId });
      const cohort = await openCohort([{ universityId: uni.universityId, quota: 10 }]);
      const student = studentBody();
      const created = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinator.token,
        body: student,
      });
      const registrationId = created.body.registrationId as string;
      const decided = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
        token: organiser.token,
        body: { registrationIds: [registrationId], decision: 'accepted' },
      });
      const intern = await call('POST', '/v1/auth/activate', {
        body: { code: decided.body.results[0].invitationCode, password: PASSWORD },
      });
      expect(intern.status).toBe(200);
      const unit = await newHostUnit();
      const project = await newProject(unit.hostUnitId, cohort.cohortId);
      const first = await mentorAccount(unit.hostUnitId);
      const second = await mentorAccount(unit.hostUnitId);

      const placed = await call('POST', `/v1/cohorts/${cohort.cohortId}/placements`, {
        token: organiser.token,
        body: { registrationId, projectId: project.projectId, mentorId: first.mentor.mentorId },
      });
      expect(placed.status).toBe(201);

      const mail = await one(student.email, `岗位安排：${unit.name}`);
      expect(mail.text).toContain(project.title);
      expect(mail.text).toContain(`帮带导师：${first.mentor.name}`);
      expect(mail.text).toContain(`http://localhost:3000/placements/${registrationId}/letter`);
      expect(mail.html).toContain(`/placements/${registrationId}/letter`);
      const mentorMail = await one(first.mentor.email, `新的帮带学员：${student.name}`);
      expect(mentorMail.text).toContain(uni.name);
      expect(mentorMail.text).toContain(project.title);

      const changed = await call('POST', `/v1/placements/${registrationId}/mentor`, {
        token: organiser.token,
        body: { mentorId: second.mentor.mentorId },
      });
      expect(changed.status).toBe(200);
      await one(second.mentor.email, `新的帮带学员：${student.name}`);
      // The change's handler has run to its end: the intern and the first mentor heard nothing more.
      expect(mailTo(student.email).filter((m) => m.subject.includes('岗位'))).toHaveLength(1);
      expect(mailTo(first.mentor.email, '新的帮带学员')).toHaveLength(1);

      await inboxKinds(intern.body.token, ['intern.accepted', 'intern.placed']);
      expect((await inbox(intern.body.token)).find((n) => n.kind === 'intern.placed')).toMatchObject({
        link: `/placements/${registrationId}/letter`,
      });
      await inboxKinds(second.account.token, ['mentor.new-mentee']);

      await replayStream();
      // A move is the marker: its placement mail comes after anything the replay could have sent.
      const other = await newProject(unit.hostUnitId, cohort.cohortId);
      expect(
        (
          await call('POST', `/v1/placements/${registrationId}/move`, {
            token: organiser.token,
            body: { projectId: other.projectId },
          })
        ).status,
      ).toBe(200);
      await one(student.email, `岗位调整：${unit.name}`);
      expect(mailTo(student.email).filter((m) => m.subject.includes(`岗位安排`))).toHaveLength(1);
      expect(mailTo(first.mentor.email, '新的帮带学员')).toHaveLength(1);
      expect(mailTo(second.mentor.email, '新的帮带学员')).toHaveLength(1);
      expect((await inbox(second.account.token)).map((n) => n.kind)).toEqual(['mentor.new-mentee']);
    },
    LONG,
  );
});

/**
 * A running cohort around today with one placed intern whose account was made for them (not by the
 * acceptance): the intern is found by the email they registered with.
 */
