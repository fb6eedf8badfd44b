/** The made-up people of the finished 2024 cohort: names, fields, employers and what became of each. */

const SURNAMES = '王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 林 罗 高'.split(' ');
const GIVEN = '思远 佳怡 子涵 浩然 雨桐 俊杰 欣怡 明轩 诗涵 宇航 梓萱 博文 晨曦 一鸣 若彤 嘉怡 志强 雅琪'.split(' ');
const UYGHUR = ['艾力·买买提', '古丽娜尔·吐尔逊', '阿依努尔·艾则孜', '买尔旦·阿不都', '热依拉·努尔', '迪丽拜尔·卡德尔'];
export const FIELDS: Array<[string, string]> = [
  ['纺织工程', '工学'],
  ['化学工程与技术', '工学'],
  ['植物保护', '农学'],
  ['作物学', '农学'],
  ['临床医学', '医学'],
  ['公共管理', '管理学'],
  ['应用经济学', '经济学'],
  ['计算机科学与技术', '工学'],
  ['生态学', '理学'],
  ['教育学', '教育学'],
];
export const EMPLOYERS: Array<
  [
    string,
    'civil_service' | 'public_institution' | 'state_owned_enterprise' | 'private_enterprise' | 'research_institute',
    string,
  ]
> = [
  ['阿克苏地区第一人民医院', 'public_institution', '住院医师'],
  ['阿克苏纺织工业城（示范企业）', 'private_enterprise', '工艺工程师'],
  ['阿克苏地区行政公署', 'civil_service', '科员'],
  ['新疆农业科学院阿克苏分院', 'research_institute', '助理研究员'],
  ['库车石化产业园管委会', 'state_owned_enterprise', '技术员'],
  ['塔里木大学', 'public_institution', '讲师'],
];

/** Intern i's made-up birth date (YYYYMMDD), spread over five years. */
export function conversionBirth(i: number): string {
  return `${1996 + (i % 5)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}`;
}

/** Intern i's name: one in seven from the region, the rest from common Han surnames and given names. */
export function demoInternName(i: number, fromRegion: boolean): string {
  return fromRegion ? UYGHUR[i % UYGHUR.length]! : `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
}

/**
 * What happened to intern i after the 2024 cohort: about a quarter stayed (onboarded in 2024 or
 * 2025, with their first yearly confirmation), some are on the way, a few declined or left.
 */
export function planOf(i: number) {
  const slot = i % 20;
  if (slot <= 2)
    return { stage: 'onboarded' as const, onboardedOn: '2024-09-02', confirmOn: '2025-09-02', stays: i % 60 !== 2 };
  if (slot <= 4)
    return { stage: 'onboarded' as const, onboardedOn: '2025-07-15', confirmOn: '2026-07-15', stays: true };
  if (slot === 5) return { stage: 'agreement_signed' as const };
  if (slot === 6) return { stage: 'offered' as const };
  if (slot === 7) return { stage: 'declined' as const };
  if (slot <= 9) return { stage: 'interested' as const };
  if (slot === 10) return { stage: 'applied' as const };
  return { stage: 'none' as const };
}
