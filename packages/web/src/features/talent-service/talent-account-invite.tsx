import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { InvitedUser } from '../../api/types';
import { useI18n, type Translate } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { InvitationCode } from '../../ui/invitation-code';

/** A second invitation for the same person is said plainly: the account exists, and where to look for it. */
const inviteProblem = (error: unknown, t: Translate) =>
  error instanceof ApiError && error.code === 'already_exists' ? t('care.account_already') : problemText(error, t);

/**
 * Organisers invite a person who came from a lead (they have no intern account) to the phone app, so
 * they read their card and file requests; once per person, which the API holds.
 */
export function TalentAccountInvite({ outcomeId }: { outcomeId: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [invited, setInvited] = useState<InvitedUser>();
  const [done, setDone] = useState(false);
  const { errors, failure, busy, reject, send } = useFormSubmit({ problem: inviteProblem });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return reject(['email']);
    const result = await send(() =>
      unwrap(
        api.POST('/v1/talent-service/people/{outcomeId}/account', {
          params: { path: { outcomeId } },
          body: { email: email.trim() },
        }),
      ),
    );
    if (result) setInvited(result);
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
          {failure && <Alert tone="error" title={failure} focus />}
          <TextField
            id="care-account-email"
            type="email"
            autoComplete="off"
            label={t('care.account_email')}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.email}
            required
          />
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('care.account_inviting') : t('care.account_invite')}
          </button>
        </form>
      )}
    </section>
  );
}
