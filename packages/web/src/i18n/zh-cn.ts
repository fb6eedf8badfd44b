import { zhCNConversion } from '../features/conversion/zh-cn-conversion';
import { zhCNCohorts } from '../features/cohorts/zh-cn-cohorts';
import { zhCNImports } from '../features/cohorts/zh-cn-imports';
import { zhCNPlacements } from '../features/placements/zh-cn-placements';
import { zhCNLogs } from '../features/logs/zh-cn-logs';
import { zhCNAccounts } from '../features/accounts/zh-cn-accounts';
import { zhCNNotifications } from '../features/notifications/zh-cn-notifications';
import { zhCNAttendance } from '../features/attendance/zh-cn-attendance';
import { zhCNTrips } from '../features/trips/zh-cn-trips';
import { zhCNRegistrant } from '../features/trips/zh-cn-registrant';
import { zhCNPartnerships } from '../features/partnerships/zh-cn-partnerships';
import { zhCNHome } from '../features/home/zh-cn-home';
import type { zhCNApplying } from '../features/positions/zh-cn-applying';
import type { zhCNPositions } from '../features/positions/zh-cn-positions';
import type { zhCNReviewing } from '../features/positions/zh-cn-reviewing';
import type { zhCNAttention } from '../features/talent-service/zh-cn-attention';
import type { zhCNCard } from '../features/talent-service/zh-cn-card';
import type { zhCNCare } from '../features/talent-service/zh-cn-care';
import type { zhCNRequests } from '../features/talent-service/zh-cn-requests';
import type { zhCNScreening } from '../features/positions/zh-cn-screening';
import { zhCNCodes } from './zh-cn-problems';
import { codeMessages } from './problem-codes';

/** The interface's source language. Every key here must exist in en.ts (the compiler checks). */
export const zhCN = {
  'app.name': '才聚阿克苏',
  'app.subtitle': '人才服务平台',
  'app.title': '才聚阿克苏 · 人才服务平台',
  'app.slogan': '才聚阿克苏、圆梦在天山',
  'app.owner': '阿克苏地区人才服务中心',

  'layout.skip': '跳到主要内容',
  'layout.nav_label': '主导航',
  'layout.sign_out': '退出登录',
  'layout.menu': '菜单',
  'layout.menu_current': '，当前：',
  'layout.language': '切换语言',

  'nav.universities': '合作院校',
  'nav.users': '账号管理',
  'nav.my_university': '我的院校',
  'nav.my_requests': '我的诉求',
  'nav.my_card': '人才服务卡',

  'role.organiser': '人才服务专员',
  'role.coordinator': '院校联络员',
  'role.mentor': '帮带导师',
  'role.intern': '实践学生',
  'role.reviewer': '用人单位评审人',
  'role.contact': '联系服务人员',
  'role.talent': '服务对象',
  'role.admin': '管理员',

  'status.invited': '待激活',
  'status.active': '已启用',
  'status.disabled': '已停用',

  'common.loading': '正在加载…',
  'common.load_failed': '加载失败',
  'common.retry': '重试',
  'common.save': '保存',
  'common.saving': '正在保存…',
  'common.saved': '已保存。',
  'common.unchanged': '没有需要保存的修改。',
  'common.cancel': '取消',
  'common.none': '未填写',
  'common.load_more': '加载更多',
  'common.back_home': '返回首页',

  'login.title': '登录',
  'login.intro': '面向高校硕博人才的校地合作与招聘服务平台。请使用人才服务中心分配的账号登录。',
  'login.email': '邮箱',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.expired': '登录已过期，请重新登录。',
  'login.have_code': '收到了邀请码？',
  'login.activate_link': '激活账号',

  'activate.title': '激活账号',
  'activate.intro': '输入人才服务中心发给您的邀请码，并设置登录密码。每个邀请码只能使用一次。',
  'activate.code': '邀请码',
  'activate.code_hint': '格式如 ABCD-EFGH，不区分大小写。',
  'activate.password': '设置密码',
  'activate.password_hint': '至少 {n} 个字符。',
  'activate.confirm': '确认密码',
  'activate.mismatch': '两次输入的密码不一致。',
  'activate.submit': '激活并登录',
  'activate.submitting': '正在激活…',
  'activate.back_to_login': '已有账号？返回登录',

  'universities.title': '合作院校',
  'universities.new': '新增院校',
  'universities.search': '搜索院校',
  'universities.search_placeholder': '中文名、英文名或简称',
  'universities.province': '省份',
  'universities.all_provinces': '全部省份',
  'universities.search_submit': '搜索',
  'universities.clear': '清除筛选',
  'universities.count': '共 {n} 所院校',
  'universities.count_more': '已显示 {n} 所院校，还有更多',
  'universities.none': '还没有合作院校。',
  'universities.none_matching': '没有符合条件的院校。',
  'universities.load_more': '加载更多院校',

  'university.name': '院校名称（中文）',
  'university.name_en': '英文名称',
  'university.short_name': '简称',
  'university.city': '所在城市',
  'university.province': '所在省份',
  'university.province_hint': '如 北京、新疆；境外院校填写所在国家或地区。',
  'university.country': '国家/地区',
  'university.tags': '标签',
  'university.other_tags': '其他标签',
  'university.other_tags_hint': '多个标签用逗号或顿号分隔。',
  'university.updated_at': '最近更新',
  'university.facts': '基本信息',
  'university.back_to_list': '← 返回院校列表',
  'university.edit': '编辑院校信息',
  'university.edit_title': '编辑院校信息',
  'university.new_title': '新增合作院校',
  'university.new_intro': '登记新的校地合作院校。带 * 的为必填项。',
  'university.create_submit': '创建院校',
  'university.created': '院校已创建。',
  'university.not_found_title': '未找到该院校',
  'university.not_found_body': '该院校不存在，或您没有查看权限。',
  'university.coordinator_readonly': '基本信息由人才服务中心维护；如需更正，请联系人才服务专员。',

  'contacts.title': '联系人',
  'contacts.none': '暂无联系人。',
  'contacts.row': '联系人 {n}',
  'contacts.name': '姓名',
  'contacts.role': '职务',
  'contacts.phone': '电话',
  'contacts.email': '邮箱',
  'contacts.add': '添加联系人',
  'contacts.remove': '删除联系人 {n}',
  'contacts.edit': '编辑联系人',
  'contacts.phone_masked': '号码已部分隐藏。不修改则保留原号码；如需更改，请输入完整号码。',

  'coordinators.title': '院校联络员',
  'coordinators.none': '尚未邀请联络员。',
  'coordinators.invite_title': '邀请联络员',
  'coordinators.name': '联络员姓名',
  'coordinators.email': '联络员邮箱',
  'coordinators.invite_submit': '发送邀请',

  'invite.created': '已为 {name}（{email}）创建账号',
  'invite.code_label': '邀请码（只显示这一次，请立即复制）：',
  'invite.copy': '复制邀请码',
  'invite.copied': '已复制到剪贴板。',
  'invite.copy_failed': '无法自动复制，请手动选中邀请码复制。',
  'invite.link_label': '激活链接：',
  'invite.instructions':
    '请通过安全渠道将邀请码发给对方。对方在“激活账号”页面输入邀请码并设置密码后即可登录。邀请码 {days} 天内有效。',
  'invite.done': '我已记下邀请码',

  'history.title': '变更记录',
  'history.none': '暂无变更记录。',
  'history.create': '创建',
  'history.update': '修改',
  'history.fields': '修改了：{fields}',
  'history.no_fields': '未改动任何内容',

  'conflict.title': '保存失败：该院校信息已被他人修改',
  'conflict.body': '为避免覆盖他人的修改，您的更改没有保存。表单已更新为最新内容，请核对后重新修改并保存。',

  'users.title': '账号管理',
  'users.list_title': '全部账号',
  'users.invite_title': '邀请人才服务专员、用人单位评审人或联系服务人员',
  'users.invite_hint': '院校联络员请在对应院校的详情页邀请。',
  'users.name': '姓名',
  'users.email': '邮箱',
  'users.is_admin': '设为管理员（可管理账号）',
  'users.invite_submit': '创建账号并生成邀请码',
  'users.you': '（您）',
  'users.view_university': '查看院校',
  'users.disable': '停用',
  'users.enable': '启用',
  'users.disabled_done': '已停用 {name} 的账号。',
  'users.enabled_done': '已启用 {name} 的账号。',

  'welcome.title': '您好，{name}',
  'welcome.body': '社会实践相关功能将在实践批次开始前开放，届时请登录查看。如有疑问，请联系阿克苏地区人才服务中心。',

  'forbidden.title': '无权访问',
  'forbidden.body': '您的账号没有访问此页面的权限。',
  'failed.title': '页面加载失败',
  'failed.body': '可能是网络不稳定，或平台刚刚完成更新。请刷新页面后重试。',
  'failed.reload': '刷新页面',
  'not_found.title': '页面不存在',
  'not_found.body': '您访问的页面不存在或已被移动。',

  'error.validation_failed': '部分内容未填写或格式不正确，请按提示修改。',
  'error.network_error': '无法连接服务器，请检查网络后重试。',
  'error.unknown': '操作失败，请稍后再试。',

  'field.required': '此项为必填。',
  'field.email': '请输入有效的邮箱地址。',
  'field.phone': '请输入有效的手机号或座机号（如 010-12345678）。',
  'field.phone_full': '号码已部分隐藏，无法原样保存，请输入完整号码。',
  'field.password_short': '密码至少需要 10 个字符。',

  'nav.partnerships': '校地合作',
  'nav.recruitment': '引才岗位',
  'nav.unit_positions': '本单位岗位',
  'common.list_separator': '、',
  'relations.title': '合作与往来',
  'relations.partnerships': '合作项目',
  'relations.no_partnerships': '暂无合作项目。',
  'relations.readonly': '合作与往来记录由人才服务中心维护。',
  'reminders.title': '提醒',
  'reminders.expiring': '即将到期（{n} 天内）',
  'reminders.inactive': '长期未联系（{n} 天以上）',
  'reminders.none_expiring': '近期没有即将到期的协议。',
  'reminders.none_inactive': '没有长期未联系的合作。',
  'reminders.overdue': '已过期未处理',
  'reminders.none_overdue': '没有过了到期日仍为已签署或执行中的协议。',
  'reminders.ended_on': '已于 {date} 到期，请续签或标记为已到期',
  'reminders.last_contact': '最近联系：{date}',
  'reminders.digest': '今日提醒已生成：{expiring} 项即将到期，{overdue} 项已过期未处理，{inactive} 项长期未联系。',
  'reminders.digest_pending': '今日的定时提醒尚未生成，以下为实时查询结果。',
  ...zhCNTrips,
  ...zhCNRegistrant,
  ...zhCNPlacements,
  ...zhCNLogs,
  ...zhCNAccounts,
  ...zhCNNotifications,
  ...zhCNAttendance,
  ...zhCNCohorts,
  ...zhCNImports,
  ...zhCNConversion,
  ...zhCNPartnerships,
  ...zhCNHome,
  ...codeMessages(zhCNCodes),
} as const;

/** The keys of the first page's catalogue, which every language lists in full. */
export type EagerKey = keyof typeof zhCN;
/**
 * Keys of screens whose messages load with them (see addMessages in translate.ts): the recruitment and
 * talent service screens, which most visitors of the first page never open.
 */
export type LazyKey =
  | keyof typeof zhCNPositions
  | keyof typeof zhCNApplying
  | keyof typeof zhCNScreening
  | keyof typeof zhCNReviewing
  | keyof typeof zhCNCard
  | keyof typeof zhCNRequests
  | keyof typeof zhCNCare
  | keyof typeof zhCNAttention;
export type MessageKey = EagerKey | LazyKey;
