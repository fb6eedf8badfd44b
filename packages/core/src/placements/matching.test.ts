import { describe, expect, it } from 'vitest';
import { scoreMatch, suggestPlacements, WEIGHTS, type MatchIntern, type MatchProject } from './matching.ts';

const intern = (over: Partial<MatchIntern> = {}): MatchIntern => ({
  registrationId: 'crg_1',
  degreeLevel: 'master',
  major: '纺织工程',
  discipline: '工学',
  hometown: '北京市海淀区',
  fromRegion: false,
  ...over,
});

const project = (over: Partial<MatchProject> = {}): MatchProject => ({
  projectId: 'prj_1',
  county: 'kuqa',
  majors: ['纺织工程'],
  disciplines: ['工学'],
  degreeLevels: ['master', 'phd'],
  freeSeats: 1,
  ...over,
});

describe('scoreMatch', () => {
  it('scores major fit above discipline fit, with the reasons in Chinese', () => {
    const major = scoreMatch(intern(), project())!;
    expect(major.score).toBe(WEIGHTS.major + WEIGHTS.degree);
    expect(major.reasons).toEqual(['学历层次符合：硕士', '专业对口：纺织工程（岗位需求：纺织工程）']);
    const discipline = scoreMatch(intern({ major: '机械工程' }), project())!;
    expect(discipline.score).toBe(WEIGHTS.discipline + WEIGHTS.degree);
    expect(discipline.reasons[1]).toBe('学科相近：工学（岗位需求：工学）');
  });

  it('matches majors written a little differently', () => {
    expect(scoreMatch(intern({ major: ' 纺织工程专业' }), project())!.reasons[1]).toContain('专业对口');
    expect(scoreMatch(intern({ major: '计算机科学与技术' }), project({ majors: ['计算机'] }))!.reasons[1]).toContain(
      '专业对口',
    );
  });

  it('refuses a degree level the project does not take, and takes any when none is listed', () => {
    expect(scoreMatch(intern({ degreeLevel: 'bachelor' }), project())).toBeNull();
    expect(scoreMatch(intern({ degreeLevel: 'bachelor' }), project({ degreeLevels: [] }))!.reasons[0]).toBe(
      '岗位不限学历层次',
    );
  });

  it('prefers the intern’s home county, then any native of the region', () => {
    const home = scoreMatch(intern({ hometownCounty: '库车', fromRegion: true }), project())!;
    expect(home.reasons).toContain('家乡在库车市，可回乡实践');
    expect(home.score).toBe(WEIGHTS.major + WEIGHTS.degree + WEIGHTS.county);
    const fromHometown = scoreMatch(intern({ hometown: '新疆阿克苏地区库车市', fromRegion: true }), project())!;
    expect(fromHometown.reasons).toContain('家乡在库车市，可回乡实践');
    const region = scoreMatch(intern({ hometown: '新疆阿克苏地区温宿县', fromRegion: true }), project())!;
    expect(region.reasons).toContain('阿克苏地区生源');
    expect(region.score).toBe(WEIGHTS.major + WEIGHTS.degree + WEIGHTS.region);
  });

  it('does not take 阿克苏地区 for 阿克苏市', () => {
    const m = scoreMatch(
      intern({ hometown: '新疆阿克苏地区库车市', fromRegion: true }),
      project({ county: 'aksu_city' }),
    )!;
    expect(m.reasons).not.toContain('家乡在阿克苏市，可回乡实践');
    expect(
      scoreMatch(intern({ hometown: '阿克苏市', fromRegion: true }), project({ county: 'aksu_city' }))!.reasons,
    ).toContain('家乡在阿克苏市，可回乡实践');
  });

  it('gives an open project a modest subject score', () => {
    const m = scoreMatch(intern(), project({ majors: [], disciplines: [], degreeLevels: [] }))!;
    expect(m.score).toBe(WEIGHTS.openSubject + WEIGHTS.openDegree);
    expect(m.reasons).toContain('岗位不限专业');
  });
});

describe('suggestPlacements', () => {
  it('never proposes more interns to a project than it has free seats', () => {
    const interns = Array.from({ length: 7 }, (_, i) => intern({ registrationId: `crg_${i}` }));
    const out = suggestPlacements(interns, [project({ freeSeats: 3 })]);
    expect(out.filter((s) => s.proposal).length).toBe(3);
    expect(out.every((s) => s.alternatives.length === 1)).toBe(true);
  });

  it('gives a seat to the intern who fits it best and the runner-up their next choice', () => {
    const textile = project({ projectId: 'prj_a', majors: ['纺织工程'], freeSeats: 1 });
    const open = project({ projectId: 'prj_b', majors: [], disciplines: [], freeSeats: 1 });
    const weaver = intern({ registrationId: 'crg_w' });
    const chemist = intern({ registrationId: 'crg_c', major: '化学工程', discipline: '理学' });
    const out = suggestPlacements([chemist, weaver], [textile, open]);
    expect(out.find((s) => s.registrationId === 'crg_w')!.proposal!.projectId).toBe('prj_a');
    expect(out.find((s) => s.registrationId === 'crg_c')!.proposal!.projectId).toBe('prj_b');
  });

  it('ignores full projects and proposes nothing where nothing fits', () => {
    const out = suggestPlacements(
      [intern({ degreeLevel: 'bachelor' })],
      [project(), project({ projectId: 'prj_full', degreeLevels: [], freeSeats: 0 })],
    );
    expect(out[0]).toEqual({ registrationId: 'crg_1', alternatives: [] });
  });

  it('lists at most three alternatives, best first', () => {
    const projects = ['a', 'b', 'c', 'd'].map((id, i) =>
      project({ projectId: `prj_${id}`, majors: i === 3 ? ['纺织'] : ['农学'], county: 'wensu' }),
    );
    const out = suggestPlacements([intern()], projects);
    expect(out[0]!.alternatives.map((m) => m.projectId)).toEqual(['prj_d', 'prj_a', 'prj_b']);
  });
});
