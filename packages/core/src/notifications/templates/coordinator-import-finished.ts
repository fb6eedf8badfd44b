import { defineTemplate, pick, type Locale } from './define.ts';
import { layout } from './layout.ts';

export interface ImportFinishedData {
  filename: string;
  cohortName: string;
  totalRows: number;
  accepted: number;
  rejected: number;
  /** Rejected rows per reason code (`duplicate_person`, `quota_exceeded`, …), largest first. */
  reasons: Array<{ reason: string; count: number }>;
  /** The job's page in the web app. */
  path: string;
}

const REASONS: Record<string, Record<Locale, string>> = {
  duplicate_person: { 'zh-CN': '重复：已报名', en: 'Duplicate: already registered' },
  duplicate_in_file: { 'zh-CN': '重复：文件内重复', en: 'Duplicate: twice in the file' },
  missing_field: { 'zh-CN': '缺少必填项', en: 'Missing field' },
  invalid_phone: { 'zh-CN': '手机号不正确', en: 'Invalid phone' },
  invalid_national_id: { 'zh-CN': '身份证号不正确', en: 'Invalid national ID' },
  invalid_email: { 'zh-CN': '邮箱不正确', en: 'Invalid email' },
  invalid_value: { 'zh-CN': '填写有误', en: 'Invalid value' },
  not_eligible: { 'zh-CN': '不符合报名条件', en: 'Not eligible' },
  quota_exceeded: { 'zh-CN': '名额已满', en: 'Quota used up' },
  registration_closed: { 'zh-CN': '报名已关闭', en: 'Registration closed' },
  rejected: { 'zh-CN': '未能报名', en: 'Not registered' },
};

/** A reason's name; a code this list does not know yet is shown as it is rather than dropped. */
export const reasonLabel = (locale: Locale, reason: string) =>
  REASONS[reason] ? pick(locale, REASONS[reason]!) : reason;

/** An import ran to its end with nobody watching: the uploader gets the counts per reason and the job's page. */
export const coordinatorImportFinished = defineTemplate<ImportFinishedData>({
  kind: 'coordinator.import-finished',
  essential: false,
  label: { 'zh-CN': '批量导入完成', en: 'Bulk import finished' },
  render(locale, data) {
    const subject = pick(locale, {
      'zh-CN': `批量导入完成：${data.filename}（接受 ${data.accepted} 行，拒绝 ${data.rejected} 行）`,
      en: `Import finished: ${data.filename} (${data.accepted} accepted, ${data.rejected} rejected)`,
    });
    const counts = [
      pick(locale, { 'zh-CN': `接受：${data.accepted} 行`, en: `Accepted: ${data.accepted}` }),
      ...data.reasons.map(({ reason, count }) =>
        pick(locale, {
          'zh-CN': `${reasonLabel(locale, reason)}：${count} 行`,
          en: `${reasonLabel(locale, reason)}: ${count}`,
        }),
      ),
    ];
    const body = layout({
      locale,
      heading: pick(locale, { 'zh-CN': '批量导入已完成', en: 'Your import has finished' }),
      paragraphs: [
        pick(locale, {
          'zh-CN': `“${data.cohortName}”的导入文件 ${data.filename} 已处理完毕，共 ${data.totalRows} 行：`,
          en: `All ${data.totalRows} rows of ${data.filename} for “${data.cohortName}” have been processed:`,
        }),
        ...counts,
        pick(locale, {
          'zh-CN': '打开导入页面可查看每一行的原因，并下载结果文件。',
          en: 'Open the import to read the reason for each row and download the result file.',
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看导入结果', en: 'View the import' }), path: data.path },
    });
    return { subject, ...body, summary: subject, link: data.path };
  },
});
