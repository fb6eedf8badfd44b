/**
 * Opening one's application without an account: the code from the receipt, or a code mailed to the
 * application's email (asked for by the email or phone it was made with), traded for short-lived access.
 */
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { TextField } from '../../ui/field';
import { MailedCodeRecovery } from '../../ui/mailed-code-recovery';
import { useI18n } from '../../i18n/i18n';

export type ApplicationAccess = { token: string } | { accessToken: string };

/** The access lives only in this tab: closing it ends it, and nobody else at the phone finds it later. */
const storageKey = (positionId: string) => `aksu.application.${positionId}`;

export function storedAccess(positionId: string): ApplicationAccess | undefined {
  const stored = sessionStorage.getItem(storageKey(positionId));
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as ApplicationAccess;
  } catch {
    return undefined;
  }
}

export const keepAccess = (positionId: string, access: ApplicationAccess) =>
  sessionStorage.setItem(storageKey(positionId), JSON.stringify(access));
export const forgetAccess = (positionId: string) => sessionStorage.removeItem(storageKey(positionId));

/** The receipt's code as the receipt links it: `#code=…`, kept out of server logs and referrers. */
export const codeFromHash = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? undefined;
export const myApplicationPath = (positionId: string, code?: string) =>
  `/positions/${positionId}/my${code ? `#code=${encodeURIComponent(code)}` : ''}`;

function ByReceiptCode({ onAccess }: { onAccess: (access: ApplicationAccess) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const open = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) onAccess({ token: code.trim() });
  };
  return (
    <section className="panel" aria-labelledby="open-title">
      <h2 id="open-title">{t('my_application.open_title')}</h2>
      <p>{t('my_application.open_intro')}</p>
      <form onSubmit={open} noValidate>
        <TextField
          id="application-code"
          label={t('my_application.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button primary block-mobile" disabled={!code.trim()}>
            {t('my_application.open')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ByMailedCode({ positionId, onAccess }: { positionId: string; onAccess: (a: ApplicationAccess) => void }) {
  const { t } = useI18n();
  const path = { params: { path: { positionId } } };
  return (
    <MailedCodeRecovery
      words={{
        title: t('my_application.recover_title'),
        intro: t('my_application.recover_intro'),
        contact: t('my_application.contact'),
        send: t('my_application.send'),
        sent: t('my_application.sent'),
        code: t('my_application.mailed_code'),
        verify: t('my_application.verify'),
      }}
      send={(contact) =>
        unwrap(api.POST('/v1/public/positions/{positionId}/applications/recovery', { ...path, body: contact }))
      }
      verify={async (contact, code) => {
        const { accessToken } = await unwrap(
          api.POST('/v1/public/positions/{positionId}/applications/recovery/verify', {
            ...path,
            body: { ...contact, code },
          }),
        );
        onAccess({ accessToken });
      }}
    />
  );
}

/** Both ways in, the receipt's code first: most applicants still have it. */
export function ApplicationRecovery(props: { positionId: string; onAccess: (access: ApplicationAccess) => void }) {
  return (
    <>
      <ByReceiptCode onAccess={props.onAccess} />
      <ByMailedCode {...props} />
    </>
  );
}
