import { Placements, type UniversityView } from '@aksu/core';
import { SYSTEM, type Account } from '../accounts.ts';
import {
  mentorAccount,
  newHostUnit,
  newMentor,
  newProject,
  openProgrammeCohort,
  registeredIntern,
} from '../programme.ts';

export interface ProgrammeWorld {
  cohortId: string;
  hostUnitId: string;
  projectId: string;
  /** The mentor caller's mentor id, and a mentor of nobody the callers know. */
  mentorId: string;
  otherMentorId: string;
  mentorAccount: Account;
  /** University A's intern placed with the mentor: the intern caller's own registration. */
  mentee: string;
  /** University B's intern placed with the other mentor. */
  otherIntern: string;
}

export async function buildProgramme(uniA: UniversityView, uniB: UniversityView): Promise<ProgrammeWorld> {
  const cohort = await openProgrammeCohort([uniA.universityId, uniB.universityId]);
  const unit = await newHostUnit();
  const project = await newProject(unit.hostUnitId, cohort.cohortId, { seats: 10 });
  const { mentor, account } = await mentorAccount(unit.hostUnitId);
  const { mentor: other } = await newMentor(undefined);
  const mentee = await registeredIntern(cohort.cohortId, uniA.universityId);
  const otherIntern = await registeredIntern(cohort.cohortId, uniB.universityId);
  const place = (registrationId: string, mentorId: string) =>
    Placements.place(SYSTEM, cohort.cohortId, { registrationId, projectId: project.projectId, mentorId });
  await place(mentee.registrationId, mentor.mentorId);
  await place(otherIntern.registrationId, other.mentorId);
  return {
    cohortId: cohort.cohortId,
    hostUnitId: unit.hostUnitId,
    projectId: project.projectId,
    mentorId: mentor.mentorId,
    otherMentorId: other.mentorId,
    mentorAccount: account,
    mentee: mentee.registrationId,
    otherIntern: otherIntern.registrationId,
  };
}
