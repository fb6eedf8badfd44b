import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { ApplicationReceipt } from './apply-form';
import { myApplicationPath } from './my-application-recovery';
import './applying.css';

/** What the applicant keeps after applying: the code that opens the application later, and the way there. */
export function ApplyReceipt({ receipt, email }: { receipt: ApplicationReceipt; email: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the applicant was looking at is gone: say where they are now.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="apply-receipt">
      <h3 ref={heading} tabIndex={-1} className="application-status">
        {t('applying.receipt_title')}
      </h3>
      <p>{t('applying.receipt_body', { email })}</p>
      <p className="muted">{t('applying.receipt_code')}</p>
      <code className="application-code">{receipt.accessCode}</code>
      <p className="hint">{t('applying.receipt_keep')}</p>
      <p>
        <Link className="button primary block-mobile" to={myApplicationPath(receipt.positionId, receipt.accessCode)}>
          {t('applying.receipt_link')}
        </Link>
      </p>
    </div>
  );
}
