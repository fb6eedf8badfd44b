import { countyLabel, hometownIsCounty } from '../host-units/regions.ts';

/**
 * Matching suggestions for the placement board. Pure: the caller reads the unplaced interns and the
 * projects with free seats; this scores each pair and proposes one project per intern without
 * proposing more interns to a project than it has free seats.
 */
export interface MatchIntern {
  registrationId: string;
  degreeLevel: string;
  major: string;
  discipline: string;
  hometown: string;
  hometownCounty?: string;
  fromRegion: boolean;
}

export interface MatchProject {
  projectId: string;
  county: string;
  majors: string[];
  disciplines: string[];
  degreeLevels: string[];
  freeSeats: number;
}

export interface Match {
  projectId: string;
  score: number;
  reasons: string[];
}

export const DEGREE_LABELS: Record<string, string> = { bachelor: '本科', master: '硕士', phd: '博士' };

/** Weights, so a reason's share of the score reads plainly: subject fit first, then degree, then home. */
export const WEIGHTS = {
  major: 50,
  discipline: 30,
  openSubject: 15,
  degree: 20,
  openDegree: 10,
  county: 20,
  region: 8,
} as const;

/** Compared without spaces, case or the common 专业/学 suffix variants people type. */
const normalise = (text: string) =>
  text
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/(专业|方向)$/, '');

function overlaps(value: string, wanted: string[]): string | undefined {
  const v = normalise(value);
  if (!v) return undefined;
  return wanted.find((w) => {
    const n = normalise(w);
    return n.length > 0 && (v.includes(n) || n.includes(v));
  });
}

/**
 * How well an intern fits a project, with the reasons in Chinese. `null` when the project does not
 * take the intern's degree level: that is a rule, not a preference.
 */
export function scoreMatch(intern: MatchIntern, project: MatchProject): Match | null {
  const reasons: string[] = [];
  let score = 0;

  if (project.degreeLevels.length > 0) {
    if (!project.degreeLevels.includes(intern.degreeLevel)) return null;
    score += WEIGHTS.degree;
    reasons.push(`学历层次符合：${DEGREE_LABELS[intern.degreeLevel] ?? intern.degreeLevel}`);
  } else {
    score += WEIGHTS.openDegree;
    reasons.push('岗位不限学历层次');
  }

  const major = overlaps(intern.major, project.majors);
  const discipline = major ? undefined : overlaps(intern.discipline, [...project.disciplines, ...project.majors]);
  if (major) {
    score += WEIGHTS.major;
    reasons.push(`专业对口：${intern.major}（岗位需求：${major}）`);
  } else if (discipline) {
    score += WEIGHTS.discipline;
    reasons.push(`学科相近：${intern.discipline}（岗位需求：${discipline}）`);
  } else if (project.majors.length === 0 && project.disciplines.length === 0) {
    score += WEIGHTS.openSubject;
    reasons.push('岗位不限专业');
  }

  const county = countyLabel(project.county);
  if (hometownIsCounty(intern.hometownCounty, project.county) || hometownIsCounty(intern.hometown, project.county)) {
    score += WEIGHTS.county;
    reasons.push(`家乡在${county}，可回乡实践`);
  } else if (intern.fromRegion) {
    score += WEIGHTS.region;
    reasons.push('阿克苏地区生源');
  }

  return { projectId: project.projectId, score, reasons };
}

export interface InternSuggestion {
  registrationId: string;
  /** The project the board proposes, within free seats; absent when nothing fits or seats ran out. */
  proposal?: Match;
  /** The best fits regardless of who else is proposed there, best first. */
  alternatives: Match[];
}

const byScore = (a: Match, b: Match) => b.score - a.score || a.projectId.localeCompare(b.projectId);

/**
 * Best fits per intern, and one proposal each: the highest-scoring pairs are taken first across the
 * whole cohort, so a project's seats go to the interns who fit it best, and no project is proposed
 * more often than it has free seats. Ties break on ids, so the same data gives the same proposals.
 */
export function suggestPlacements(
  interns: MatchIntern[],
  projects: MatchProject[],
  alternatives = 3,
): InternSuggestion[] {
  const open = projects.filter((p) => p.freeSeats > 0);
  const scored = interns.map((intern) => ({
    intern,
    matches: open
      .map((p) => scoreMatch(intern, p))
      .filter((m): m is Match => m !== null)
      .sort(byScore),
  }));
  const pairs = scored
    .flatMap(({ intern, matches }) => matches.map((m) => ({ registrationId: intern.registrationId, match: m })))
    .sort((a, b) => byScore(a.match, b.match) || a.registrationId.localeCompare(b.registrationId));
  const seats = new Map(open.map((p) => [p.projectId, p.freeSeats]));
  const proposals = new Map<string, Match>();
  for (const { registrationId, match } of pairs) {
    if (proposals.has(registrationId)) continue;
    const left = seats.get(match.projectId) ?? 0;
    if (left <= 0) continue;
    seats.set(match.projectId, left - 1);
    proposals.set(registrationId, match);
  }
  return scored.map(({ intern, matches }) => ({
    registrationId: intern.registrationId,
    ...(proposals.has(intern.registrationId) ? { proposal: proposals.get(intern.registrationId)! } : {}),
    alternatives: matches.slice(0, alternatives),
  }));
}
