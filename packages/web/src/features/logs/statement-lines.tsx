import { useI18n } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';
import type { Statement } from './logs-stipends';

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
            <td>{line.label}</td>
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
