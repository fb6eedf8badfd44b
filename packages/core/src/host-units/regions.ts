/**
 * The prefecture's eight industrial clusters (八大产业集群), which host units and talent demand are
 * tagged with, and its counties and county-level cities. Codes are stored; labels are for letters,
 * exports and reasons shown to people.
 */
export const INDUSTRIAL_CLUSTERS = [
  { code: 'textile_apparel', label: '纺织服装' },
  { code: 'green_produce', label: '绿色有机果蔬' },
  { code: 'petrochemical', label: '石油天然气化工' },
  { code: 'new_energy_materials', label: '新能源新材料' },
  { code: 'modern_logistics', label: '现代物流' },
  { code: 'culture_tourism', label: '文化旅游' },
  { code: 'digital_economy', label: '数字经济' },
  { code: 'equipment_manufacturing', label: '装备制造' },
] as const;

export const CLUSTER_CODES = INDUSTRIAL_CLUSTERS.map((c) => c.code) as [ClusterCode, ...ClusterCode[]];
export type ClusterCode = (typeof INDUSTRIAL_CLUSTERS)[number]['code'];

/** Aksu prefecture's two county-level cities and seven counties, plus Alar (the corps city in the prefecture). */
export const AKSU_COUNTIES = [
  { code: 'aksu_city', label: '阿克苏市' },
  { code: 'kuqa', label: '库车市' },
  { code: 'wensu', label: '温宿县' },
  { code: 'shaya', label: '沙雅县' },
  { code: 'xinhe', label: '新和县' },
  { code: 'baicheng', label: '拜城县' },
  { code: 'wushi', label: '乌什县' },
  { code: 'awati', label: '阿瓦提县' },
  { code: 'kalpin', label: '柯坪县' },
  { code: 'alar', label: '阿拉尔市' },
] as const;

export const COUNTY_CODES = AKSU_COUNTIES.map((c) => c.code) as [CountyCode, ...CountyCode[]];
export type CountyCode = (typeof AKSU_COUNTIES)[number]['code'];

export const HOST_UNIT_KINDS = [
  'enterprise',
  'state_owned_enterprise',
  'government_department',
  'research_institute',
  'hospital',
  'school',
] as const;
export type HostUnitKind = (typeof HOST_UNIT_KINDS)[number];

export const KIND_LABELS: Record<HostUnitKind, string> = {
  enterprise: '企业',
  state_owned_enterprise: '国有企业',
  government_department: '政府部门',
  research_institute: '科研院所',
  hospital: '医院',
  school: '学校',
};

export const clusterLabel = (code: string) => INDUSTRIAL_CLUSTERS.find((c) => c.code === code)?.label ?? code;
export const countyLabel = (code: string) => AKSU_COUNTIES.find((c) => c.code === code)?.label ?? code;

/**
 * Whether a free-text hometown names the county: people write 库车, 库车市 or 新疆阿克苏地区库车市,
 * so the label is compared without its 市/县 suffix.
 */
export function hometownIsCounty(hometown: string | undefined, county: string): boolean {
  if (!hometown) return false;
  const stem = countyLabel(county).replace(/[市县]$/, '');
  // "阿克苏地区" names the prefecture, not 阿克苏市; it must not make everyone a city native.
  const place = hometown.replace(/\s+/g, '').replaceAll('阿克苏地区', '');
  return stem.length > 0 && place.includes(stem);
}
