import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { problemText } from '../lib/problem-text';
import { Alert } from './feedback';
import { TextField } from './field';

/** Whom the code is mailed to: the email or the phone the person gave, as they type it. */
export type Contact = { email: string } | { phone: string };

/** The screen's words, from its own feature's table. */
export interface RecoveryWords {
  title: string;
  intro: string;
  contact: string;
  send: string;
  sent: string;
  code: string;
  verify: string;
  /** Said for a wrong or used code instead of the generic refusal, when the screen has its own. */
  invalid?: string;
}

/**
 * Opening what one made without an account (a registration, an application): a 6-digit code mailed to
 * its email, asked for by the email or phone it was made with, then traded for short-lived access.
 * The server answers the request alike whether or not the person exists.
 */
export function MailedCodeRecovery({
  words,
  send,
  verify,
}: {
  words: RecoveryWords;
  send(contact: Contact): Promise<unknown>;
  /** Trades the code; the caller keeps the access it gets and opens the record. */
  verify(contact: Contact, code: string): Promise<unknown>;
}) {
  const { t } = useI18n();
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const who = (): Contact => (contact.includes('@') ? { email: contact.trim() } : { phone: contact.trim() });

  const run = async (e: FormEvent, call: () => Promise<unknown>) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await call();
    } catch (failure) {
      const invalid = failure instanceof ApiError && failure.code === 'invalid_code';
      setError(invalid && words.invalid ? words.invalid : problemText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="recover-title">
      <h2 id="recover-title">{words.title}</h2>
      <p>{words.intro}</p>
      {error && (
        <Alert tone="error" focus>
          {error}
        </Alert>
      )}
      <form onSubmit={(e) => run(e, () => send(who()).then(() => setSent(true)))} noValidate>
        <TextField
          id="recover-contact"
          label={words.contact}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          maxLength={254}
          autoComplete="email"
          required
        />
        <div className="form-actions">
          <button type="submit" className="button block-mobile" disabled={busy || !contact.trim()}>
            {words.send}
          </button>
        </div>
      </form>
      {sent && (
        <form onSubmit={(e) => run(e, () => verify(who(), code.trim()))} noValidate>
          <Alert tone="info">{words.sent}</Alert>
          <TextField
            id="recover-code"
            label={words.code}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            maxLength={6}
            autoComplete="one-time-code"
            required
          />
          <div className="form-actions">
            <button type="submit" className="button primary block-mobile" disabled={busy || code.trim().length !== 6}>
              {words.verify}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
