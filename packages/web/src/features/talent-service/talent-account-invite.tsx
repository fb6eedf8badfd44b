import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { InvitedUser } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import { Alert } from '../../ui/feedback';
import { InvitationCode } from '../../ui/invitation-code';

/**
 * Organisers invite a person who came from a lead (they have no intern account) to the phone app, so
 * they read their card and file requests; once per person, which the API holds.
 */
export function TalentAccountInvite({ outcomeId }: { outcomeId: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [invited, setInvited] = useState<InvitedUser>();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRefusal(undefined);
    try {
      setInvited(
        await unwrap(
          api.POST('/v1/talent-service/people/{outcomeId}/account', {
            params: { path: { outcomeId } },
            body: { email: email.trim() },
          }),
        ),
      );
    } catch (error) {
      const already = error instanceof ApiError && error.code === 'already_exists';
      setRefusal(already ? t('care.account_already') : problemText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="care-section" aria-labelledby="care-account-title" data-section="account">
      <h2 id="care-account-title">{t('care.account_title')}</h2>
      {invited && !done ? (
        <InvitationCode invited={invited} onDone={() => setDone(true)} />
      ) : done ? (
        <p>{t('care.account_done')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{t('care.account_intro')}</p>
          {refusal && <Alert tone="error" title={refusal} focus />}
          <div className="field">
            <label htmlFor="care-account-email">{t('care.account_email')}</label>
            <input
              id="care-account-email"
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy || !email.trim()}>
            {busy ? t('care.account_inviting') : t('care.account_invite')}
          </button>
        </form>
      )}
    </section>
  );
}
