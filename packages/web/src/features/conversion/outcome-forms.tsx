import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { EMPLOYMENT_KINDS, kindKey, stageKey, type Outcome } from './conversion';
import { today } from '../../lib/format';
import { fieldErrorsOf, problemText } from '../../lib/problem-text';
import { Alert } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';

/** The next step of an outcome (organisers). Sends the version it read; a stale one says so. */
export function TransitionForm({ outcome, onDone }: { outcome: Outcome; onDone: (o: Outcome) => void }) {
  const { t } = useI18n();
  const [to, setTo] = useState(
    outcome.allowedTransitions.find((s) => s !== 'declined') ?? outcome.allowedTransitions[0] ?? '',
  );
  const [form, setForm] = useState({
    on: today(),
    employer: outcome.employer ?? '',
    post: outcome.post ?? '',
    employmentKind: outcome.employmentKind ?? '',
    reason: '',
    agreementConfirmedOn: '',
    inHighTechZone: false,
  });
  const [error, setError] = useState<unknown>(null);
  if (outcome.allowedTransitions.length === 0) return null;
  const fields = error ? fieldErrorsOf(error, t) : {};
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const body = {
        to: to as Exclude<Outcome['stage'], 'none'>,
        on: form.on,
        version: outcome.version,
        ...(form.employer ? { employer: form.employer } : {}),
        ...(form.post ? { post: form.post } : {}),
        ...(form.employmentKind ? { employmentKind: form.employmentKind as (typeof EMPLOYMENT_KINDS)[number] } : {}),
        ...(form.reason ? { reason: form.reason } : {}),
        ...(form.agreementConfirmedOn ? { agreementConfirmedOn: form.agreementConfirmedOn } : {}),
        ...(to === 'onboarded' ? { inHighTechZone: form.inHighTechZone } : {}),
      };
      onDone(
        await unwrap(
          api.POST('/v1/outcomes/{outcomeId}/transitions', {
            params: { path: { outcomeId: outcome.outcomeId } },
            body,
          }),
        ),
      );
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="conv-form" noValidate onSubmit={submit} aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('conv.next_step')}</h2>
      {error != null && <Alert tone="error" title={problemText(error, t)} />}
      <SelectField id="to" label={t('conv.to')} value={to} onChange={(e) => setTo(e.target.value)}>
        {outcome.allowedTransitions.map((s) => (
          <option key={s} value={s}>
            {t(stageKey(s))}
          </option>
        ))}
      </SelectField>
      <TextField
        id="on"
        type="date"
        label={t('conv.on')}
        value={form.on}
        onChange={set('on')}
        error={fields.on}
        max={today()}
        required
      />
      {to !== 'declined' && to !== 'left' && (
        <>
          <TextField
            id="employer"
            label={t('conv.employer')}
            value={form.employer}
            onChange={set('employer')}
            error={fields.employer}
          />
          <TextField id="post" label={t('conv.post')} value={form.post} onChange={set('post')} error={fields.post} />
          <SelectField
            id="employmentKind"
            label={t('conv.employment_kind')}
            value={form.employmentKind}
            onChange={set('employmentKind')}
          >
            <option value="">—</option>
            {EMPLOYMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(kindKey(k))}
              </option>
            ))}
          </SelectField>
        </>
      )}
      {to === 'agreement_signed' && (
        <TextField
          id="agreementConfirmedOn"
          type="date"
          label={t('conv.agreement_confirmed_on')}
          value={form.agreementConfirmedOn}
          onChange={set('agreementConfirmedOn')}
          error={fields.agreementConfirmedOn}
          max={today()}
          required
        />
      )}
      {to === 'onboarded' && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.inHighTechZone}
            onChange={(e) => setForm({ ...form, inHighTechZone: e.target.checked })}
          />{' '}
          {t('conv.in_high_tech_zone')}
        </label>
      )}
      {(to === 'declined' || to === 'left') && (
        <TextField
          id="reason"
          label={t('conv.reason')}
          value={form.reason}
          onChange={set('reason')}
          error={fields.reason}
          required
        />
      )}
      <button type="submit" className="button">
        {t('conv.save')}
      </button>
    </form>
  );
}

/** The next yearly confirmation of the retention ledger (organisers). */
export function RetentionForm({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n();
  const year = outcome.retainedYears + 1;
  const [form, setForm] = useState({
    confirmedOn: today(),
    stillEmployed: true,
    employer: outcome.employer ?? '',
    proofReference: '',
    homeBoughtOn: '',
  });
  const [error, setError] = useState<unknown>(null);
  if (!outcome.onboardedOn || year > 5 || (outcome.stage !== 'onboarded' && outcome.stage !== 'retained')) return null;
  const fields = error ? fieldErrorsOf(error, t) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await unwrap(
        api.POST('/v1/outcomes/{outcomeId}/retention', {
          params: { path: { outcomeId: outcome.outcomeId } },
          body: {
            year,
            confirmedOn: form.confirmedOn,
            stillEmployed: form.stillEmployed,
            employer: form.employer,
            ...(form.proofReference ? { proofReference: form.proofReference } : {}),
            ...(form.homeBoughtOn ? { homeBoughtOn: form.homeBoughtOn } : {}),
          },
        }),
      );
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="conv-form" noValidate onSubmit={submit} aria-labelledby="retention-form-title">
      <h2 id="retention-form-title">{t('conv.confirm_year', { n: year })}</h2>
      {error != null && <Alert tone="error" title={problemText(error, t)} />}
      <TextField
        id="confirmedOn"
        type="date"
        label={t('conv.on')}
        value={form.confirmedOn}
        onChange={(e) => setForm({ ...form, confirmedOn: e.target.value })}
        error={fields.confirmedOn}
        max={today()}
        required
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.stillEmployed}
          onChange={(e) => setForm({ ...form, stillEmployed: e.target.checked })}
        />{' '}
        {t('conv.still_employed')}
      </label>
      <TextField
        id="retention-employer"
        label={t('conv.employer')}
        value={form.employer}
        onChange={(e) => setForm({ ...form, employer: e.target.value })}
        error={fields.employer}
        required
      />
      <TextField
        id="proofReference"
        label={t('conv.proof')}
        value={form.proofReference}
        onChange={(e) => setForm({ ...form, proofReference: e.target.value })}
        error={fields.proofReference}
      />
      <TextField
        id="homeBoughtOn"
        type="date"
        label={t('conv.home_bought_on')}
        value={form.homeBoughtOn}
        onChange={(e) => setForm({ ...form, homeBoughtOn: e.target.value })}
        error={fields.homeBoughtOn}
      />
      <button type="submit" className="button">
        {t('conv.save')}
      </button>
    </form>
  );
}
