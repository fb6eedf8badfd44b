/** Finding one's registration without the mailed link: a code sent to the registration email, traded for access. */
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import type { Translate } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';

export type Access = { token: string } | { accessToken: string };

/** The recovery access token lives only in this tab: closing it ends the access. */
export const storageKey = (eventId: string) => `aksu.registrant.${eventId}`;

export function Recovery({
  eventId,
  onAccess,
  t,
}: {
  eventId: string;
  onAccess: (access: Access) => void;
  t: Translate;
}) {
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const who = () => (contact.includes('@') ? { email: contact.trim() } : { phone: contact.trim() });

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/v1/public/events/{eventId}/recovery', { params: { path: { eventId } }, body: who() }));
      setSent(true);
    } catch (failure) {
      setError(problemText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const verify = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(
        api.POST('/v1/public/events/{eventId}/recovery/verify', {
          params: { path: { eventId } },
          body: { ...who(), code: code.trim() },
        }),
      );
      sessionStorage.setItem(storageKey(eventId), result.accessToken);
      onAccess({ accessToken: result.accessToken });
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'invalid_code'
          ? t('registrant.recover.invalid')
          : problemText(failure, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="recover-title">
      <h2 id="recover-title">{t('registrant.recover.title')}</h2>
      <p>{t('registrant.recover.intro')}</p>
      {error && (
        <Alert tone="error" focus>
          {error}
        </Alert>
      )}
      <form onSubmit={send} noValidate>
        <TextField
          id="recover-contact"
          label={t('registrant.recover.contact')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          maxLength={254}
          autoComplete="email"
          required
        />
        <div className="form-actions">
          <button type="submit" className="button block-mobile" disabled={busy || !contact.trim()}>
            {t('registrant.recover.send')}
          </button>
        </div>
      </form>
      {sent && (
        <form onSubmit={verify} noValidate>
          <Alert tone="info">{t('registrant.recover.sent')}</Alert>
          <TextField
            id="recover-code"
            label={t('registrant.recover.code')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            maxLength={6}
            autoComplete="one-time-code"
            required
          />
          <div className="form-actions">
            <button type="submit" className="button primary block-mobile" disabled={busy || code.trim().length !== 6}>
              {t('registrant.recover.verify')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
