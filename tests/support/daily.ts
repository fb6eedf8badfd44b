import { addDays, db, issueToken, localDate, newId, Placements } from '@aksu/core';
import { SYSTEM, uniqueEmail, type Account } from './accounts.ts';
import { acceptedIntern, mentorAccount, newCohort, newHostUnit, newProject } from './programme.ts';

export const UNIT_LOCATION = { lat: 41.1681, lng: 80.2606 };

export interface DailyIntern {
  registrationId: string;
  universityId: string;
  token: string;
}

/** A signed-in intern without a password: the user record the token names, written directly. */
export async function internToken(registrationId: string, universityId: string): Promise<string> {
  const at = new Date().toISOString();
  const userId = newId('user');
  await db()
    .service.entities.user.create({
      userId,
      email: uniqueEmail('intern'),
      name: '实习生',
      role: 'intern',
      universityId,
      internId: registrationId,
      status: 'active',
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  return issueToken({ userId, role: 'intern', universityId, internId: registrationId }, process.env.JWT_SECRET!);
}

/**
 * A running cohort whose dates and window (00:00–23:59 in its zone) include now, so tests never
 * depend on the wall clock: a host unit with a location and a 300 m radius, a mentor with their first
 * `mentees` interns, and `interns` placed interns of the given universities in turn.
 */
export async function dailyWorld(options: {
  interns: number;
  universities: string[];
  mentees?: number;
  timeZone?: string;
}) {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const today = localDate(new Date(), timeZone);
  const cohort = await newCohort({
    status: 'running',
    timeZone,
    startsOn: addDays(today, -10),
    endsOn: addDays(today, 10),
    checkInWindow: { start: '00:00', end: '23:59' },
  });
  const unit = await newHostUnit({ location: UNIT_LOCATION, checkInRadiusM: 300 });
  const { mentor, account: mentorAcc } = await mentorAccount(unit.hostUnitId, {
    maxMentees: Math.max(1, options.mentees ?? 2),
  });
  const projects: string[] = [];
  for (let i = 0; i < Math.ceil(options.interns / 200); i++)
    projects.push((await newProject(unit.hostUnitId, cohort.cohortId, { seats: 200 })).projectId);

  const interns: DailyIntern[] = new Array(options.interns);
  const mentees = options.mentees ?? 2;
  for (let start = 0; start < options.interns; start += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, options.interns - start) }, async (_, k) => {
        const i = start + k;
        const universityId = options.universities[i % options.universities.length]!;
        const r = await acceptedIntern(cohort.cohortId, universityId);
        await Placements.place(SYSTEM, cohort.cohortId, {
          registrationId: r.registrationId,
          projectId: projects[Math.floor(i / 200)]!,
          ...(i < mentees ? { mentorId: mentor.mentorId } : {}),
        });
        interns[i] = {
          registrationId: r.registrationId,
          universityId,
          token: await internToken(r.registrationId, universityId),
        };
      }),
    );
  }
  return { cohort, today, unit, mentor, mentorAccount: mentorAcc as Account, interns };
}
