/** The demo recruitment notice's positions and who applies to them: made up, spread over the eight clusters. */
import type { CreatePositionInput } from '@aksu/core';

type Cluster = CreatePositionInput['cluster'];
type County = CreatePositionInput['county'];

export const DEMO_NOTICE_TITLE = '阿克苏地区2026年面向全国引进高层次和急需紧缺人才公告';

/** Per cluster: the sector and five posts (title, degree, disciplines, majors). */
export const CLUSTER_POSTS: Array<{
  cluster: Cluster;
  sector: string;
  posts: Array<[string, 'bachelor' | 'master' | 'phd', string[], string[]]>;
}> = [
  {
    cluster: 'textile_apparel',
    sector: '纺织服装',
    posts: [
      ['纺织工艺工程师', 'master', ['工学'], ['纺织工程']],
      ['服装设计师', 'bachelor', ['艺术学'], ['服装与服饰设计']],
      ['印染技术主管', 'master', ['工学'], ['纺织化学与染整工程']],
      ['质量检测工程师', 'bachelor', ['工学'], []],
      ['纺织新材料研究员', 'phd', ['工学'], ['材料科学与工程']],
    ],
  },
  {
    cluster: 'green_produce',
    sector: '现代农业',
    posts: [
      ['果树栽培技术员', 'master', ['农学'], ['果树学']],
      ['植物保护工程师', 'master', ['农学'], ['植物保护']],
      ['农产品加工工程师', 'bachelor', ['工学', '农学'], ['食品科学与工程']],
      ['土壤与肥料研究员', 'phd', ['农学'], ['农业资源与环境']],
      ['冷链物流规划师', 'bachelor', ['管理学'], []],
    ],
  },
  {
    cluster: 'petrochemical',
    sector: '石油化工',
    posts: [
      ['化工工艺工程师', 'master', ['工学'], ['化学工程与技术']],
      ['安全环保工程师', 'master', ['工学'], ['安全科学与工程']],
      ['设备工程师', 'bachelor', ['工学'], ['过程装备与控制工程']],
      ['催化研究员', 'phd', ['理学', '工学'], ['化学']],
      ['分析化验主管', 'bachelor', ['理学'], []],
    ],
  },
  {
    cluster: 'new_energy_materials',
    sector: '新能源',
    posts: [
      ['光伏电站运维工程师', 'bachelor', ['工学'], ['电气工程及其自动化']],
      ['储能系统工程师', 'master', ['工学'], []],
      ['硅基材料研究员', 'phd', ['工学'], ['材料科学与工程']],
      ['电网调度工程师', 'master', ['工学'], ['电气工程']],
      ['新能源项目经理', 'master', ['管理学', '工学'], []],
    ],
  },
  {
    cluster: 'modern_logistics',
    sector: '现代物流',
    posts: [
      ['物流信息系统工程师', 'bachelor', ['工学'], ['计算机科学与技术']],
      ['国际贸易专员', 'bachelor', ['经济学'], ['国际经济与贸易']],
      ['供应链规划师', 'master', ['管理学'], ['物流工程']],
      ['口岸通关主管', 'bachelor', ['法学', '管理学'], []],
      ['物流园区运营经理', 'master', ['管理学'], []],
    ],
  },
  {
    cluster: 'culture_tourism',
    sector: '文化旅游',
    posts: [
      ['旅游规划师', 'master', ['管理学'], ['旅游管理']],
      ['文物保护研究员', 'phd', ['历史学'], ['考古学']],
      ['新媒体运营主管', 'bachelor', ['文学'], []],
      ['景区运营经理', 'master', ['管理学'], []],
      ['非遗传承项目专员', 'bachelor', ['艺术学', '文学'], []],
    ],
  },
  {
    cluster: 'digital_economy',
    sector: '数字经济',
    posts: [
      ['软件开发工程师', 'bachelor', ['工学'], ['计算机科学与技术', '软件工程']],
      ['数据分析师', 'master', ['理学', '工学'], ['统计学']],
      ['网络安全工程师', 'master', ['工学'], ['网络空间安全']],
      ['人工智能算法研究员', 'phd', ['工学'], ['计算机科学与技术']],
      ['智慧城市项目经理', 'master', ['工学', '管理学'], []],
    ],
  },
  {
    cluster: 'equipment_manufacturing',
    sector: '装备制造',
    posts: [
      ['机械设计工程师', 'bachelor', ['工学'], ['机械工程']],
      ['农机装备研发工程师', 'master', ['工学'], ['农业工程']],
      ['自动化控制工程师', 'master', ['工学'], ['控制科学与工程']],
      ['焊接工艺主管', 'bachelor', ['工学'], []],
      ['智能制造研究员', 'phd', ['工学'], ['机械工程']],
    ],
  },
];

export const COUNTIES: County[] = ['aksu_city', 'kuqa', 'wensu', 'shaya', 'xinhe', 'baicheng', 'wushi', 'awati'];
export const POST_KINDS = ['career_establishment', 'state_enterprise', 'other'] as const;

/** Employing units for the clusters the demo host units leave out (name, sector, county). */
export const DEMO_EMPLOYERS: Array<[string, string, 'kuqa' | 'wensu']> = [
  ['阿克苏综合物流园区（示范企业）', '现代物流', 'wensu'],
  ['库车装备制造产业园（示范企业）', '装备制造', 'kuqa'],
];

/**
 * Who applies and how far each gets, by the position's index in the notice: the 2024 cohort's
 * interns (whose outcomes an accepted offer moves), the running cohort's intern, and people new to
 * the platform (who become leads). `to` is where screening leaves the application.
 */
export type Target = 'submitted' | 'shortlisted' | 'interview' | 'offered' | 'accepted' | 'rejected';
export const INTERN_2024_APPLICATIONS: Array<{ position: number; to: Target }> = [
  { position: 0, to: 'accepted' },
  { position: 2, to: 'accepted' },
  { position: 5, to: 'accepted' },
  { position: 10, to: 'accepted' },
  { position: 15, to: 'accepted' },
  { position: 30, to: 'accepted' },
  { position: 6, to: 'offered' },
  { position: 11, to: 'offered' },
  { position: 16, to: 'interview' },
  { position: 20, to: 'interview' },
  { position: 25, to: 'shortlisted' },
  { position: 35, to: 'shortlisted' },
];
export const NEWCOMER_APPLICATIONS: Array<{ position: number; to: Target }> = Array.from({ length: 24 }, (_, i) => ({
  position: (i * 7) % 40,
  to: (['submitted', 'shortlisted', 'submitted', 'rejected', 'interview', 'submitted'] as const)[i % 6]!,
}));
/** The running cohort's intern (intern@example.com) applies too, and is shortlisted. */
export const RUNNING_INTERN_APPLICATION = { position: 30, to: 'shortlisted' as Target };

const SURNAMES = '王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙'.split(' ');
const GIVEN = '嘉宁 浩宇 思琪 子轩 梦瑶 志远 雨欣 天佑'.split(' ');
export const newcomerName = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`;
