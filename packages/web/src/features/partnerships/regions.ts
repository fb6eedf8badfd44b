/**
 * Provincial-level regions as the API stores them (short names, e.g. 新疆, 北京), with English names
 * for the English interface. Stored values stay Chinese whatever the interface language.
 */
export const PROVINCES: readonly (readonly [zh: string, en: string])[] = [
  ['北京', 'Beijing'],
  ['天津', 'Tianjin'],
  ['河北', 'Hebei'],
  ['山西', 'Shanxi'],
  ['内蒙古', 'Inner Mongolia'],
  ['辽宁', 'Liaoning'],
  ['吉林', 'Jilin'],
  ['黑龙江', 'Heilongjiang'],
  ['上海', 'Shanghai'],
  ['江苏', 'Jiangsu'],
  ['浙江', 'Zhejiang'],
  ['安徽', 'Anhui'],
  ['福建', 'Fujian'],
  ['江西', 'Jiangxi'],
  ['山东', 'Shandong'],
  ['河南', 'Henan'],
  ['湖北', 'Hubei'],
  ['湖南', 'Hunan'],
  ['广东', 'Guangdong'],
  ['广西', 'Guangxi'],
  ['海南', 'Hainan'],
  ['重庆', 'Chongqing'],
  ['四川', 'Sichuan'],
  ['贵州', 'Guizhou'],
  ['云南', 'Yunnan'],
  ['西藏', 'Tibet'],
  ['陕西', 'Shaanxi'],
  ['甘肃', 'Gansu'],
  ['青海', 'Qinghai'],
  ['宁夏', 'Ningxia'],
  ['新疆', 'Xinjiang'],
  ['香港', 'Hong Kong'],
  ['澳门', 'Macao'],
  ['台湾', 'Taiwan'],
];

const PROVINCE_EN = new Map(PROVINCES);

/** A province as the interface shows it; unknown (e.g. foreign) regions are shown as stored. */
export function provinceLabel(province: string, lang: string): string {
  return lang === 'en' ? (PROVINCE_EN.get(province) ?? province) : province;
}

/** Tags the office uses for every university; others can be typed freely. */
export const COMMON_TAGS = ['985', '211', '双一流', '本地', '境外'] as const;

const TAG_EN: Record<string, string> = { 双一流: 'Double First-Class', 本地: 'Local', 境外: 'Overseas' };

export function tagLabel(tag: string, lang: string): string {
  return lang === 'en' ? (TAG_EN[tag] ?? tag) : tag;
}

const COUNTRY_EN: Record<string, string> = { 中国: 'China', 新加坡: 'Singapore' };

export function countryLabel(country: string, lang: string): string {
  return lang === 'en' ? (COUNTRY_EN[country] ?? country) : country;
}
