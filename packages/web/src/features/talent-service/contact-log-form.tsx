import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/format';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { CONTACT_KINDS, contactKindKey, type ContactKind } from './care';

const blank = () => ({ on: today(), kind: 'visit' as ContactKind, raised: '', followUps: '' });

/**
 * A visit, call, festival care visit or health check reminder, dated no later than today. A contact
 * later than the last one moves the last contact day, which clears an overdue contact.
 */
export function ContactLogForm({ outcomeId, onLogged }: { outcomeId: string; onLogged: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(blank);
  const [logged, setLogged] = useState(false);
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLogged(false);
    if (!form.on) return reject(['on']);
    const result = await send(() =>
      unwrap(
        api.POST('/v1/talent-service/people/{outcomeId}/contacts', {
          params: { path: { outcomeId } },
          body: {
            on: form.on,
            kind: form.kind,
            ...(form.raised.trim() ? { raised: form.raised.trim() } : {}),
            ...(form.followUps.trim() ? { followUps: form.followUps.trim() } : {}),
          },
        }),
      ),
    );
    if (!result) return;
    setForm(blank());
    setLogged(true);
    onLogged();
  }

  return (
    <form className="care-section" noValidate onSubmit={submit} aria-labelledby="care-log-title">
      <h2 id="care-log-title">{t('care.log_title')}</h2>
      {failure && <Alert tone="error" title={failure} />}
      {logged && <Alert tone="success" title={t('care.logged')} />}
      <div className="grid-2">
        <TextField
          id="care-log-on"
          type="date"
          label={t('care.log_on')}
          value={form.on}
          onChange={set('on')}
          error={errors.on}
          max={today()}
          required
        />
        <SelectField id="care-log-kind" label={t('care.log_kind')} value={form.kind} onChange={set('kind')}>
          {CONTACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(contactKindKey(k))}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id="care-log-raised"
        label={t('care.log_raised')}
        value={form.raised}
        onChange={set('raised')}
        error={errors.raised}
        maxLength={2000}
      />
      <TextAreaField
        id="care-log-follow-ups"
        label={t('care.log_follow_ups')}
        value={form.followUps}
        onChange={set('followUps')}
        error={errors.followUps}
        maxLength={2000}
      />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('common.saving') : t('care.log_submit')}
      </button>
    </form>
  );
}
