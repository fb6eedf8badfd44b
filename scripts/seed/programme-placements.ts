import {
  allPages,
  HostUnits,
  Mentors,
  Projects,
  type Actor,
  type CreateHostUnitInput,
  type CreateProjectInput,
} from '@aksu/core';
import { createActiveLogin } from './active-login.ts';
import { demoCohorts, demoHostUnits } from './demo-records.ts';
import { DEMO_COHORT_NAME } from './programme-cohorts.ts';

type UnitSeed = CreateHostUnitInput & {
  projects: Omit<CreateProjectInput, 'cohortId'>[];
  mentors: { name: string; title: string; slug: string; maxMentees: number }[];
};

/** Host units across the clusters and counties, each with the projects it posts and its mentors. */
const DEMO_HOST_UNITS: UnitSeed[] = [
  {
    name: '阿克苏纺织工业城（示范企业）',
    kind: 'enterprise',
    cluster: 'textile_apparel',
    county: 'aksu_city',
    address: '阿克苏市纺织工业城纬一路8号',
    contact: { name: '古丽米拉', title: '人力资源部经理', phone: '13899001001' },
    checkInRadiusM: 600,
    location: { lat: 41.1231, lng: 80.2638 },
    projects: [
      {
        title: '智能纺纱工艺参数优化',
        description: '参与智能纺纱生产线的工艺参数优化与质量数据分析。',
        majors: ['纺织工程', '纺织科学与工程'],
        disciplines: ['工学'],
        degreeLevels: ['master', 'phd'],
        seats: 4,
        supervisor: { name: '马建国', title: '总工程师' },
      },
      {
        title: '服装品牌数字化营销',
        description: '协助本地服装品牌开展电商与数字化营销方案设计。',
        majors: ['市场营销', '工商管理'],
        disciplines: ['管理学'],
        degreeLevels: ['master'],
        seats: 2,
        supervisor: { name: '李娜', title: '营销总监' },
      },
    ],
    mentors: [{ name: '马建国', title: '总工程师', slug: 'ma.jianguo', maxMentees: 4 }],
  },
  {
    name: '库车石化产业园管委会',
    kind: 'government_department',
    cluster: 'petrochemical',
    county: 'kuqa',
    address: '库车市经济技术开发区管委会大楼',
    contact: { name: '王海涛', title: '综合办主任', phone: '0997-7123456' },
    checkInRadiusM: 800,
    location: { lat: 41.6896, lng: 82.9628 },
    projects: [
      {
        title: '天然气化工产业链调研',
        description: '调研园区天然气化工上下游企业，形成产业链补链建议。',
        majors: ['化学工程与技术', '化学工程'],
        disciplines: ['工学', '理学'],
        degreeLevels: ['master', 'phd'],
        seats: 3,
        supervisor: { name: '王海涛', title: '综合办主任' },
      },
    ],
    mentors: [{ name: '阿不都热合曼', title: '高级工程师', slug: 'abdurahman', maxMentees: 3 }],
  },
  {
    name: '温宿县林果业技术推广中心',
    kind: 'research_institute',
    cluster: 'green_produce',
    county: 'wensu',
    address: '温宿县托乎拉乡林果示范园',
    contact: { name: '张丽', title: '主任', phone: '13899001003' },
    projects: [
      {
        title: '红枣与核桃病虫害绿色防控',
        description: '在示范园开展病虫害监测与绿色防控技术试验。',
        majors: ['植物保护', '园艺', '果树学'],
        disciplines: ['农学'],
        degreeLevels: ['master', 'phd'],
        seats: 3,
        supervisor: { name: '张丽', title: '推广研究员' },
      },
    ],
    mentors: [{ name: '张丽', title: '推广研究员', slug: 'zhang.li', maxMentees: 3 }],
  },
  {
    name: '阿克苏地区第一人民医院',
    kind: 'hospital',
    cluster: 'digital_economy',
    county: 'aksu_city',
    address: '阿克苏市南大街2号',
    contact: { name: '刘晓东', title: '科教科科长', phone: '0997-2123456' },
    projects: [
      {
        title: '智慧医院信息平台建设',
        description: '参与医院信息系统数据治理与智慧服务功能设计。',
        majors: ['计算机科学与技术', '软件工程', '医学信息学'],
        disciplines: ['工学'],
        degreeLevels: ['master', 'phd'],
        seats: 2,
        supervisor: { name: '刘晓东', title: '科教科科长' },
      },
    ],
    mentors: [],
  },
  {
    name: '阿拉尔经济技术开发区新材料企业',
    kind: 'state_owned_enterprise',
    cluster: 'new_energy_materials',
    county: 'alar',
    address: '阿拉尔市经济技术开发区新材料产业园',
    contact: { name: '赵强', title: '技术中心主任', phone: '13899001005' },
    projects: [
      {
        title: '光伏材料性能测试',
        description: '参与光伏组件材料的性能测试与失效分析。',
        majors: ['材料科学与工程', '材料工程'],
        disciplines: ['工学'],
        degreeLevels: ['phd', 'master'],
        seats: 2,
        supervisor: { name: '赵强', title: '技术中心主任' },
      },
    ],
    mentors: [{ name: '赵强', title: '正高级工程师', slug: 'zhao.qiang', maxMentees: 2 }],
  },
  {
    name: '拜城县文化体育广播电视和旅游局',
    kind: 'government_department',
    cluster: 'culture_tourism',
    county: 'baicheng',
    address: '拜城县团结路文旅大厦',
    contact: { name: '热依汗古丽', title: '产业股股长', phone: '13899001006' },
    projects: [
      {
        title: '克孜尔石窟文旅融合方案',
        description: '围绕克孜尔石窟开展游客调研与文旅融合方案设计。',
        majors: ['旅游管理', '考古学', '文化产业管理'],
        disciplines: ['管理学', '历史学'],
        degreeLevels: [],
        seats: 2,
        supervisor: { name: '热依汗古丽', title: '产业股股长' },
      },
    ],
    mentors: [],
  },
];

/** An independent expert (柔性引才) who mentors across units. */
const INDEPENDENT_MENTORS = [{ name: '陈教授', title: '教授（柔性引进专家）', slug: 'chen.professor', maxMentees: 5 }];

/** How many records a first run creates: units and mentors always, projects only when the demo cohort exists. */
export const PLACEMENT_SEED = {
  hostUnits: DEMO_HOST_UNITS.length,
  mentors: DEMO_HOST_UNITS.reduce((n, u) => n + u.mentors.length, 0) + INDEPENDENT_MENTORS.length,
  projects: DEMO_HOST_UNITS.reduce((n, u) => n + u.projects.length, 0),
};

async function ensureMentor(
  system: Actor,
  hostUnitId: string | undefined,
  m: { name: string; title: string; slug: string; maxMentees: number },
  password: string,
) {
  const outcome = await createActiveLogin(
    () =>
      Mentors.create(system, {
        ...(hostUnitId ? { hostUnitId } : {}),
        name: m.name,
        title: m.title,
        phone: `1389900${String(2000 + m.slug.length * 37).slice(-4)}`,
        email: `mentor.${m.slug}@example.com`,
        maxMentees: m.maxMentees,
      }),
    password,
  );
  return outcome === 'created' ? 1 : 0;
}

/**
 * Host units, their projects for the seed's open demo cohort and mentors with demo logins
 * (`mentor.<slug>@example.com`). Idempotent: units by name among the seed's own, projects by unit,
 * cohort and title, mentors by email. Never another cohort: an organiser's newest cohort is theirs.
 */
export async function seedPlacementData(system: Actor, password: string): Promise<number> {
  let created = 0;
  const units = await demoHostUnits(system);
  const demo = (await demoCohorts(system)).get(DEMO_COHORT_NAME);
  // Once the demo cohort runs or is closed its projects are settled.
  const cohort = demo && demo.status !== 'closed' && demo.status !== 'running' ? demo : undefined;
  for (const { projects, mentors, ...fields } of DEMO_HOST_UNITS) {
    let unit = units.get(fields.name);
    if (!unit) {
      unit = await HostUnits.create(system, fields);
      created++;
    }
    if (cohort) {
      const posted = new Set(
        (await allPages((page) => Projects.listByHostUnit(system, unit!.hostUnitId, page)))
          .filter((p) => p.cohortId === cohort.cohortId)
          .map((p) => p.title),
      );
      for (const project of projects) {
        if (posted.has(project.title)) continue;
        await Projects.create(system, unit.hostUnitId, { ...project, cohortId: cohort.cohortId });
        created++;
      }
    }
    for (const mentor of mentors) created += await ensureMentor(system, unit.hostUnitId, mentor, password);
  }
  for (const mentor of INDEPENDENT_MENTORS) created += await ensureMentor(system, undefined, mentor, password);
  return created;
}
