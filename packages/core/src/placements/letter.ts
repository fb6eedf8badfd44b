import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { getHostUnitRecord } from '../host-units/host-units.ts';
import { getProjectRecord } from '../host-units/projects.ts';
import { clusterLabel, countyLabel } from '../host-units/regions.ts';
import { getMentorRecord } from '../mentors/index.ts';
import { localDate } from '../time.ts';
import { DEGREE_LABELS } from './matching.ts';
import type { AcceptanceLetterView } from './placements.schema.ts';
import { getIntern, mentorOf, type PlacementRecord } from './records.ts';
import { universityNames } from '../universities/names.ts';

export const OFFICE = '阿克苏地区人才服务中心';
export const SLOGAN = '才聚阿克苏、圆梦在天山';

/**
 * The acceptance letter (接收函) of a placement: everything the printed page says, in Chinese. No
 * phone numbers: the letter is handed around. The number is stable for the placement, so a
 * reprint reads the same.
 */
export async function acceptanceLetter(placement: PlacementRecord): Promise<AcceptanceLetterView> {
  const mentorId = mentorOf(placement);
  const [intern, unit, project, mentor, cohort, universities] = await Promise.all([
    getIntern(placement.registrationId),
    getHostUnitRecord(placement.hostUnitId),
    getProjectRecord(placement.projectId),
    mentorId ? getMentorRecord(mentorId) : Promise.resolve(null),
    db().service.entities.cohort.get({ cohortId: placement.cohortId }).go(),
    universityNames([placement.universityId]),
  ]);
  if (!intern || !unit || !project || !cohort.data) throw notFound('Placement');
  const year = placement.startDate.slice(0, 4);
  return {
    letterNo: `阿人才接〔${year}〕${placement.registrationId.slice(-6)}号`,
    issuedOn: localDate(new Date(placement.placedAt)),
    office: OFFICE,
    slogan: SLOGAN,
    internName: intern.name,
    gender: intern.gender,
    universityName: universities.get(placement.universityId) ?? '',
    degreeLevel: DEGREE_LABELS[intern.degreeLevel] ?? intern.degreeLevel,
    major: intern.major,
    cohortName: cohort.data.name,
    hostUnitName: unit.name,
    hostUnitAddress: unit.address,
    county: countyLabel(unit.county),
    cluster: clusterLabel(unit.cluster),
    projectTitle: project.title,
    projectSupervisor: [project.supervisor.name, project.supervisor.title].filter(Boolean).join(' '),
    ...(mentor ? { mentorName: mentor.name, mentorTitle: mentor.title } : {}),
    startDate: placement.startDate,
    endDate: placement.endDate,
  };
}
