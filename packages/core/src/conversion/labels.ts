/** Chinese names of the conversion vocabulary, for exports (the web has its own copies in i18n). */
export const STAGE_LABELS: Record<string, string> = {
  none: '未开始',
  interested: '有意向',
  applied: '已报名/应聘',
  offered: '已录用',
  agreement_signed: '已签三方协议',
  onboarded: '已报到',
  retained: '留阿在岗',
  declined: '已放弃',
  left: '已离开',
};

export const EMPLOYMENT_KIND_LABELS: Record<string, string> = {
  civil_service: '公务员',
  public_institution: '事业单位',
  state_owned_enterprise: '国有企业',
  private_enterprise: '民营企业',
  research_institute: '科研院所',
};

export const CATEGORY_LABELS: Record<string, string> = {
  senior: '博士/副高/高级技师',
  master: '硕士',
  bachelor: '本科',
};
export const MISSING_LABELS: Record<string, string> = {
  not_onboarded: '未报到',
  no_policy: '无适用政策',
  years_not_confirmed: '未满连续服务年限',
  no_home: '未在本地购房',
  category_not_covered: '该类别不享受',
};
