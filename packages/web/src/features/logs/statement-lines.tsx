import { type Translate, useI18n } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';
import type { Statement } from './logs-stipends';

type Line = Statement['lines'][number];

/**
 * A line explained in the reader's language, from the parts the API gives for its kind. The API's own
 * `label` is the Chinese the payout workbook prints; a statement approved before the parts were kept has
 * only that, so it is shown as it was approved.
 */
export function lineText(line: Line, t: Translate): string {
  switch (line.kind) {
    case 'daily':
      return line.basis === undefined
        ? line.label
        : t('stipend.line.daily', {
            basis: t(`stipend.basis.${line.basis}`),
            leave: line.withLeave ? t('stipend.line.with_leave') : '',
            count: line.quantity,
            unit: formatYuan(line.unitFen),
          });
    case 'travel':
      return line.capFen === undefined || line.claimedFen === undefined
        ? line.label
        : t(line.claimedFen > line.capFen ? 'stipend.line.travel_capped' : 'stipend.line.travel', {
            claimed: formatYuan(line.claimedFen),
            cap: formatYuan(line.capFen),
          });
    case 'award':
      return t('stipend.line.award', { amount: formatYuan(line.unitFen) });
    case 'mentee':
      return line.menteeName === undefined
        ? line.label
        : t('stipend.line.mentee', { name: line.menteeName, amount: formatYuan(line.unitFen) });
  }
}

/** A statement's lines, each with its explanation, and the total. */
export function StatementLines({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  return (
    <table className="statement-table" data-testid="statement-lines">
      <thead>
        <tr>
          <th scope="col">{t('stipend.line')}</th>
          <th scope="col" className="amount">
            {t('stipend.line_amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {statement.lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, no state per item
          <tr key={`${line.kind}-${i}`}>
            <td>{lineText(line, t)}</td>
            <td className="amount" data-money>
              {formatYuan(line.amountFen)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('stipend.total')}</th>
          <td className="amount statement-total" data-testid="statement-total" data-money>
            {formatYuan(statement.totalFen)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
