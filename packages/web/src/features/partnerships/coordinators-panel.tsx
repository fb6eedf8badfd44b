import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { InvitedUser } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePagedList } from '../../lib/use-resource';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { InvitationCode } from '../../ui/invitation-code';
import { StatusBadge } from '../../ui/status-badge';

/** The university's coordinator accounts and the form that invites a new one (organisers). */
export function CoordinatorsPanel({ universityId }: { universityId: string }) {
  const { t } = useI18n();
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/universities/{universityId}/coordinators', {
          params: { path: { universityId }, query: { cursor } },
          signal,
        }),
      ),
    ['/v1/universities/{universityId}/coordinators', universityId],
  );
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const [invited, setInvited] = useState<InvitedUser>();

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!name.trim()) missing.name = t('field.required');
    if (!email.trim()) missing.email = t('field.required');
    if (Object.keys(missing).length) return reject(missing);
    await send(async () => {
      const result = await unwrap(
        api.POST('/v1/universities/{universityId}/coordinators', {
          params: { path: { universityId } },
          body: { name: name.trim(), email: email.trim() },
        }),
      );
      setInvited(result);
      setName('');
      setEmail('');
    });
  };

  return (
    <section className="panel" aria-labelledby="coordinators-title">
      <h2 id="coordinators-title">{t('coordinators.title')}</h2>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="muted">{t('coordinators.none')}</p>}
      {list.items.length > 0 && (
        <ul className="people">
          {list.items.map((user) => (
            <li key={user.userId}>
              <span className="person-name">{user.name}</span>
              <span className="person-email">{user.email}</span>
              <StatusBadge status={user.status} />
            </li>
          ))}
        </ul>
      )}
      {list.nextCursor && (
        <button type="button" className="button secondary" onClick={list.loadMore} disabled={list.loadingMore}>
          {t('common.load_more')}
        </button>
      )}

      <h3>{t('coordinators.invite_title')}</h3>
      {invited ? (
        <InvitationCode invited={invited} onDone={() => setInvited(undefined)} />
      ) : (
        <form className="inline-form" onSubmit={invite} noValidate>
          {failure && <Alert tone="error">{failure}</Alert>}
          <div className="grid-2">
            <TextField
              id="coordinator-name"
              label={t('coordinators.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={errors.name}
              autoComplete="off"
              required
            />
            <TextField
              id="coordinator-email"
              label={t('coordinators.email')}
              type="email"
              inputMode="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email}
              autoComplete="off"
              required
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common.saving') : t('coordinators.invite_submit')}
          </button>
        </form>
      )}
    </section>
  );
}
