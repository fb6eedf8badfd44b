import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { StatementLines } from './statement-lines';
import { useI18n } from '../../i18n/i18n';
import { fenOf, logsProblemText, yuanInput, type Statement } from './logs-stipends';
import { fieldErrorsOf, type FieldErrors } from '../../lib/problem-text';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './logs.css';

/** The intern's stipend statement, every line explained, and the travel claim while it can change. */
export default function MyStipendPage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('stipend.title'));
  const registrationId = user.internId ?? '';
  const statement = useResource(
    async (signal) => {
      const placement = await unwrap(
        api.GET('/v1/placements/{registrationId}', { params: { path: { registrationId } }, signal }),
      );
      return unwrap(
        api.GET('/v1/cohorts/{cohortId}/stipend-statements/{payeeId}', {
          params: { path: { cohortId: placement.cohortId, payeeId: registrationId } },
          signal,
        }),
      );
    },
    ['/v1/cohorts/{cohortId}/stipend-statements/{payeeId}', registrationId],
  );

  return (
    <section className="page narrow" aria-labelledby="stipend-title">
      <h1 id="stipend-title">{t('stipend.title')}</h1>
      {statement.status === 'loading' && <Loading />}
      {statement.status === 'error' && <LoadError error={statement.error} onRetry={statement.reload} />}
      {statement.data && (
        <>
          <p>
            <span className="week-status" data-testid="statement-status">
              {t(`stipend.status.${statement.data.status}`)}
            </span>
          </p>
          <StatementLines statement={statement.data} />
          {statement.data.status === 'computed' && (
            <TravelClaimForm registrationId={registrationId} statement={statement.data} />
          )}
        </>
      )}
    </section>
  );
}

function TravelClaimForm({ registrationId, statement }: { registrationId: string; statement: Statement }) {
  const { t } = useI18n();
  const claim = statement.travelClaim;
  const [amount, setAmount] = useState(claim ? yuanInput(claim.amountFen) : '');
  const [receiptName, setReceiptName] = useState(claim?.receipts[0]?.name ?? '');
  const [receiptUrl, setReceiptUrl] = useState(claim?.receipts[0]?.url ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(undefined);
    setDone(false);
    const amountFen = fenOf(amount);
    if (amountFen === undefined) {
      setErrors({ amountFen: t('error.validation_failed') });
      return;
    }
    setBusy(true);
    try {
      const receipts =
        receiptName.trim() && receiptUrl.trim() ? [{ name: receiptName.trim(), url: receiptUrl.trim() }] : [];
      await unwrap(
        api.PUT('/v1/interns/{registrationId}/travel-claim', {
          params: { path: { registrationId } },
          body: { amountFen, receipts, ...(claim ? { version: claim.version } : {}) },
        }),
      );
      setDone(true);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(logsProblemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel log-form" onSubmit={submit} noValidate aria-labelledby="travel-title">
      <h2 id="travel-title">{t('stipend.travel')}</h2>
      {failure && <Alert tone="error">{failure}</Alert>}
      {done && <Alert tone="success">{t('stipend.travel_saved')}</Alert>}
      <TextField
        id="travel-amount"
        inputMode="decimal"
        label={t('stipend.travel_amount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={errors.amountFen}
        required
      />
      <div className="field-row">
        <TextField
          id="receipt-name"
          label={t('stipend.receipt_name')}
          value={receiptName}
          onChange={(e) => setReceiptName(e.target.value)}
          error={errors.receipts ?? errors['receipts.0.name']}
          maxLength={120}
        />
        <TextField
          id="receipt-url"
          type="url"
          label={t('stipend.receipt_url')}
          value={receiptUrl}
          onChange={(e) => setReceiptUrl(e.target.value)}
          error={errors['receipts.0.url']}
          maxLength={2000}
        />
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {t('stipend.travel_save')}
      </button>
    </form>
  );
}
