import type { Actor } from '../auth/actor.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { mentorsById } from '../mentors/index.ts';
import { maskPhone } from '../personal/masking.ts';
import { internsById, mentorOf, type InternRecord, type PlacementRecord } from './records.ts';
import { universityNames } from '../universities/names.ts';
import type { MenteeView, PlacementView, UnplacedInternView } from './placements.schema.ts';

async function projectTitles(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const data = await batchGet(
    unique.map((projectId) => ({ projectId })),
    (keys) => db().service.entities.project.get(keys).go(),
  );
  return new Map(data.map((p) => [p.projectId, p.title]));
}

/** Placements with the names people read: intern, university, unit, project and mentor. */
export async function placementViews(records: PlacementRecord[]): Promise<PlacementView[]> {
  const full = await menteeViews({ userId: 'system', role: 'organiser' }, records);
  return full.map(({ phone: _p, email: _e, hostUnitAddress: _a, ...view }) => view);
}

/** Placements with the intern's contact; the phone in full for organisers only. */
export async function menteeViews(actor: Actor, records: PlacementRecord[]): Promise<MenteeView[]> {
  const [interns, units, titles, mentors, universities] = await Promise.all([
    internsById(records.map((r) => r.registrationId)),
    hostUnitsById(records.map((r) => r.hostUnitId)),
    projectTitles(records.map((r) => r.projectId)),
    mentorsById(records.map(mentorOf).filter((m): m is string => Boolean(m))),
    universityNames(records.map((r) => r.universityId)),
  ]);
  return records.map((r) => {
    const intern = interns.get(r.registrationId);
    const mentorId = mentorOf(r);
    const phone = intern?.phone ?? '';
    return {
      registrationId: r.registrationId,
      cohortId: r.cohortId,
      universityId: r.universityId,
      universityName: universities.get(r.universityId) ?? '',
      internName: intern?.name ?? '',
      gender: intern?.gender ?? 'male',
      degreeLevel: intern?.degreeLevel ?? '',
      major: intern?.major ?? '',
      hostUnitId: r.hostUnitId,
      hostUnitName: units.get(r.hostUnitId)?.name ?? '',
      hostUnitAddress: units.get(r.hostUnitId)?.address ?? '',
      projectId: r.projectId,
      projectTitle: titles.get(r.projectId) ?? '',
      ...(mentorId ? { mentorId, mentorName: mentors.get(mentorId)?.name ?? '' } : {}),
      startDate: r.startDate,
      endDate: r.endDate,
      placedAt: r.placedAt,
      version: r.version,
      phone: actor.role === 'organiser' ? phone : maskPhone(phone),
      email: intern?.email ?? '',
    };
  });
}

export async function unplacedViews(interns: InternRecord[]): Promise<UnplacedInternView[]> {
  const universities = await universityNames(interns.map((i) => i.universityId));
  return interns.map((i) => ({
    registrationId: i.registrationId,
    universityId: i.universityId,
    universityName: universities.get(i.universityId) ?? '',
    name: i.name,
    gender: i.gender,
    degreeLevel: i.degreeLevel,
    major: i.major,
    discipline: i.discipline,
    hometown: i.hometown,
    ...(i.hometownCounty ? { hometownCounty: i.hometownCounty } : {}),
    fromRegion: i.fromRegion,
    status: i.status,
  }));
}

export const placementView = async (record: PlacementRecord) => (await placementViews([record]))[0]!;
