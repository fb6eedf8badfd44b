import { safeCell } from '../exports/safe-cell.ts';
import { newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
import { COLUMNS, degreeChoices, fillHint, type ColumnSpec } from './columns.ts';
import { MAX_ROWS, TEMPLATE_SHEET } from './read-file.ts';

/** Rows of the template that carry the drop-down lists and text format. */
const PREPARED_ROWS = 1_000;

const EXAMPLE: Record<string, string> = {
  姓名: '张三',
  性别: '男',
  身份证号: '110101200001011232',
  手机号: '13800138000',
  邮箱: 'zhangsan@example.com',
  学历层次: '硕士',
  专业: '计算机科学与技术',
  学科门类: '工学',
  年级: '2',
  校内导师: '李老师',
  籍贯: '新疆阿克苏',
  籍贯县市: '库车市',
  是否阿克苏籍: '是',
  饮食备注: '清真',
  健康备注: '',
  紧急联系人: '张父',
  紧急联系电话: '13900139000',
  与紧急联系人关系: '父亲',
};

type DegreeLevels = Parameters<typeof degreeChoices>[0];

/** The columns as one cohort's template prints them: its degree column offers the cohort's levels only. */
function cohortColumns(levels: DegreeLevels): ColumnSpec[] {
  const choices = degreeChoices(levels);
  const hint = choices.length === 1 ? `本批次只接受${choices[0]}` : `${choices.join(' 或 ')}（本批次接受的层次）`;
  return COLUMNS.map((c) => (c.key === 'degreeLevel' ? { ...c, choices, hint } : c));
}

/**
 * The registration template: the sheet to fill (text-formatted ID and phone columns so Excel keeps
 * every digit, drop-down lists for the fixed choices) and an instructions sheet with one example.
 * The example is not on the sheet to fill, so it can never be imported by mistake.
 */
export async function templateWorkbook(cohortName?: string, degreeLevels?: DegreeLevels): Promise<SpreadsheetFile> {
  const columns = cohortColumns(degreeLevels);
  const degrees = degreeChoices(degreeLevels);
  const example: Record<string, string> = {
    ...EXAMPLE,
    学历层次: degrees.includes(EXAMPLE.学历层次!) ? EXAMPLE.学历层次! : degrees[0]!,
  };
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    style: c.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    if (column.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
    cell.note = `${column.required ? '必填' : '选填'}：${fillHint(column)}`;
    if (!column.choices) return;
    for (let row = 2; row <= PREPARED_ROWS + 1; row++) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `请从列表中选择：${column.choices.join('、')}`,
      };
    }
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'header', width: 18 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写要求', key: 'hint', width: 60 },
    { header: '示例', key: 'example', width: 26 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of columns) {
    const required = column.required ? '必填' : '选填';
    help.addRow({ header: column.header, required, hint: fillHint(column), example: example[column.header] ?? '' });
  }
  help.addRow({});
  for (const line of [
    `请在“${TEMPLATE_SHEET}”表中每行填写一名学生，第一行列名请勿修改；列的顺序可以调整，多余的列会被忽略。`,
    `每次最多导入 ${MAX_ROWS} 行。也可另存为 CSV（UTF-8 或 GBK 编码均可）后上传。`,
    '同一身份证号在本批次只能报名一次；重复上传同一文件不会产生重复报名，已报名的行会标为“已拒绝：已报名”。',
    '超出本校名额的行会被拒绝，名额调整后可重新上传同一文件。',
    '导入完成后可下载结果文件，其中“状态”和“原因”两列说明每一行的处理结果。',
    '上传即表示学生本人已同意将以上信息用于本次社会实践活动的组织与联络。',
  ]) {
    help.addRow({ header: line });
  }
  const name = cohortName ? `${cohortName}-报名导入模板` : '社会实践报名导入模板';
  return toFile(workbook, name, 'registration-import-template');
}

/**
 * The same columns as CSV, UTF-8 with a BOM so Excel opens the Chinese headers correctly; every CSV cell goes through
 * safeCell.
 */
export function templateCsv(): { filename: string; asciiFilename: string; body: Uint8Array } {
  const text = `\uFEFF${COLUMNS.map((c) => safeCell(c.header)).join(',')}\r\n`;
  return {
    filename: '社会实践报名导入模板.csv',
    asciiFilename: 'registration-import-template.csv',
    body: new TextEncoder().encode(text),
  };
}
