import { ApiError } from '../../api/errors';
import type { Translate } from '../../i18n/i18n';
import type { Cohort, CreateCohortInput } from './cohorts';
import { fieldText, type FieldErrors } from '../../lib/problem-text';
import { TIME_ZONE } from '../../lib/format';

type CountedDays = Cohort['stipendPolicy']['countedDays'];

export interface CohortDraft {
  name: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  /** `datetime-local` values, read in the cohort's time zone. */
  opensAt: string;
  closesAt: string;
  degrees: string[];
  checkInStart: string;
  checkInEnd: string;
  dailyAllowance: string;
  countedDays: CountedDays;
  travelCap: string;
  projectAward: string;
  mentorAllowance: string;
  description: string;
  universities: { universityId: string; quota: string }[];
}

/**
 * The summer a new cohort is proposed for: this year's while its registration (closing 30 June, Beijing
 * time) is still ahead, else next year's. In December this year's August has passed, and its dates would
 * only be refused.
 */
export function proposedSummer(now = new Date()): number {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, year: 'numeric' }).format(now));
  return now.getTime() < Date.parse(`${year}-06-30T18:00:00+08:00`) ? year : year + 1;
}

export const emptyCohort = (year = proposedSummer()): CohortDraft => ({
  name: '',
  startsOn: `${year}-08-01`,
  endsOn: `${year}-08-31`,
  timeZone: 'Asia/Shanghai',
  opensAt: `${year}-05-01T09:00`,
  closesAt: `${year}-06-30T18:00`,
  degrees: ['master', 'phd'],
  checkInStart: '08:00',
  checkInEnd: '10:30',
  dailyAllowance: '100',
  countedDays: 'checked_in',
  travelCap: '3000',
  projectAward: '2000',
  mentorAllowance: '1000',
  description: '',
  universities: [],
});

/** The wall-clock time of an instant in a time zone, as `YYYY-MM-DDTHH:mm`. */
function wallClock(instant: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A wall-clock time in the time zone as an ISO instant with that zone's offset. */
export function toInstant(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  const offsetMinutes = Math.round((Date.parse(`${wallClock(asUtc, timeZone)}:00Z`) - asUtc) / 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const fen = (yuan: string) => Math.round(Number(yuan || '0') * 100);
const yuan = (fen: number) => String(fen / 100);

export function toCohortDraft(c: Cohort): CohortDraft {
  return {
    name: c.name,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    timeZone: c.timeZone,
    opensAt: wallClock(Date.parse(c.registrationOpensAt), c.timeZone),
    closesAt: wallClock(Date.parse(c.registrationClosesAt), c.timeZone),
    degrees: [...c.eligibleDegreeLevels],
    checkInStart: c.checkInWindow.start,
    checkInEnd: c.checkInWindow.end,
    dailyAllowance: yuan(c.stipendPolicy.dailyAllowanceFen),
    countedDays: c.stipendPolicy.countedDays,
    travelCap: yuan(c.stipendPolicy.travelCapFen),
    projectAward: yuan(c.stipendPolicy.projectAwardFen),
    mentorAllowance: yuan(c.stipendPolicy.mentorAllowancePerMenteeFen),
    description: c.description ?? '',
    universities: c.universities.map((u) => ({ universityId: u.universityId, quota: String(u.quota) })),
  };
}

export function toCohortInput(
  d: CohortDraft,
): Required<Omit<CreateCohortInput, 'description'>> & { description?: string } {
  return {
    name: d.name,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    timeZone: d.timeZone,
    registrationOpensAt: toInstant(d.opensAt, d.timeZone),
    registrationClosesAt: toInstant(d.closesAt, d.timeZone),
    eligibleDegreeLevels: d.degrees as CreateCohortInput['eligibleDegreeLevels'] & string[],
    checkInWindow: { start: d.checkInStart, end: d.checkInEnd },
    stipendPolicy: {
      dailyAllowanceFen: fen(d.dailyAllowance),
      countedDays: d.countedDays,
      travelCapFen: fen(d.travelCap),
      projectAwardFen: fen(d.projectAward),
      mentorAllowancePerMenteeFen: fen(d.mentorAllowance),
    },
    ...(d.description.trim() ? { description: d.description.trim() } : {}),
    universities: d.universities
      .filter((u) => u.universityId)
      .map((u) => ({ universityId: u.universityId, quota: Number(u.quota || '0') })),
  };
}

/** The API's paths mapped onto the form's fields. */
const PATHS: Record<string, string> = {
  registrationOpensAt: 'opensAt',
  registrationClosesAt: 'closesAt',
  eligibleDegreeLevels: 'degrees',
  'checkInWindow.start': 'checkInStart',
  'checkInWindow.end': 'checkInEnd',
  'stipendPolicy.dailyAllowanceFen': 'dailyAllowance',
  'stipendPolicy.travelCapFen': 'travelCap',
  'stipendPolicy.projectAwardFen': 'projectAward',
  'stipendPolicy.mentorAllowancePerMenteeFen': 'mentorAllowance',
};

export function cohortFieldErrors(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const entry of error.fieldErrors) {
    const field = PATHS[entry.path] ?? entry.path;
    if (entry.code === 'below_in_use') out[field] ??= t('cohort.form.quota_too_low');
    else if (entry.code === 'has_registrations') out.universities ??= t('cohort.form.has_registrations');
    else out[field] ??= fieldText(entry, t);
  }
  return out;
}
