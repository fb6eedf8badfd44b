import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { addTable } from '../exports/table.ts';
import { newWorkbook, toFile, yuan, YUAN_FORMAT, type SpreadsheetFile } from '../exports/workbook.ts';
import { localDateTime } from '../time.ts';
import type { FrozenRecord } from './compute.ts';
import type { PayoutBatchView } from './stipends.schema.ts';

const KIND = { intern: '实习生生活补贴', mentor: '导师帮带补贴' } as const;
const STATUS = { open: '待发放', paid: '已发放' } as const;

/**
 * A payout batch for finance: one row per payee with the amount (发放明细), and every statement line
 * behind it (补贴明细), so the totals can be checked against their explanation.
 */
export async function batchWorkbook(batch: PayoutBatchView, cohortName: string): Promise<SpreadsheetFile> {
  const data = await batchGet(
    batch.items.map((i) => ({ cohortId: batch.cohortId, payeeId: i.payeeId })),
    (keys) => db().service.entities.stipendStatement.get(keys).go(),
  );
  const statements = new Map(data.map((s) => [s.payeeId, s as FrozenRecord]));
  const workbook = await newWorkbook();

  const payees = addTable(
    workbook,
    '发放明细',
    [
      { header: '序号', width: 6, value: ({ n }) => n },
      { header: '姓名', width: 14, value: ({ item }) => item.payeeName },
      { header: '补贴类别', width: 16, value: ({ item }) => KIND[item.payeeKind] },
      { header: '编号', width: 34, value: ({ item }) => item.payeeId },
      { header: '金额(元)', width: 14, numFmt: YUAN_FORMAT, value: ({ item }) => yuan(item.totalFen) },
      { header: '状态', width: 10, value: () => STATUS[batch.status] },
    ],
    batch.items.map((item, i) => ({ n: i + 1, item })),
  );
  const total = payees.addRow([
    '',
    '合计',
    `${batch.count} 人`,
    '',
    yuan(batch.totalFen),
    batch.paidAt ? `发放于 ${localDateTime(batch.paidAt)}` : '',
  ]);
  total.font = { bold: true };

  addTable(
    workbook,
    '补贴明细',
    [
      { header: '姓名', width: 14, value: ({ item }) => item.payeeName },
      { header: '补贴类别', width: 16, value: ({ item }) => KIND[item.payeeKind] },
      { header: '说明', width: 56, value: ({ line }) => line.label },
      { header: '数量', width: 8, value: ({ line }) => line.quantity },
      { header: '单价(元)', width: 12, numFmt: YUAN_FORMAT, value: ({ line }) => yuan(line.unitFen) },
      { header: '金额(元)', width: 12, numFmt: YUAN_FORMAT, value: ({ line }) => yuan(line.amountFen) },
    ],
    batch.items.flatMap((item) => (statements.get(item.payeeId)?.lines ?? []).map((line) => ({ item, line }))),
  );
  return toFile(workbook, `${cohortName}-补贴发放批次-${batch.batchId}`, `payout-batch-${batch.batchId}`);
}
