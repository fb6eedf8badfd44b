/** 用人单位评审人的首页. Loaded with the recruitment screens (messages.ts), not merged into zh-cn.ts. */
export const zhCNReviewing = {
  'reviewing.title': '本单位岗位',
  'reviewing.intro': '这里是本单位通过人才服务中心发布的岗位。打开岗位的应聘列表，查看简历并进行筛选。',
  'reviewing.none': '本单位还没有岗位',
  'reviewing.none_next': '岗位由人才服务中心代为发布，发布后会显示在这里。',
  'reviewing.none_in_status': '没有“{status}”的岗位',
  'reviewing.applications': '查看应聘',
  'reviewing.back_home': '← 返回本单位岗位',
  'reviewing.applications_of': '查看应聘：{title}',
  'reviewing.rules':
    '您可以将应聘者列入候选、安排面试、发出录用意向或不予录用（需写明原因）。应聘者接受录用、岗位关闭等由人才服务中心办理。',
};
