import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextAreaField } from '../../ui/field';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime, formatList, degreeKey } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { INVITATION_KINDS, invitationKey, kindKey, type InvitationKind } from './trips';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './trips.css';

export default function LeadPage() {
  const { t, lang } = useI18n();
  const { leadId = '' } = useParams();
  const { user } = useSession();
  const lead = useResource(
    (signal) => unwrap(api.GET('/v1/leads/{leadId}', { params: { path: { leadId } }, signal })),
    ['/v1/leads/{leadId}', leadId],
  );
  const [kind, setKind] = useState<InvitationKind>('summer_programme');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  useTitle(lead.data?.name ?? t('leads.title'));

  if (lead.status === 'error') return <LoadError error={lead.error} onRetry={lead.reload} />;
  if (!lead.data) return <Loading />;
  const data = lead.data;

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const invitation = await unwrap(
        api.POST('/v1/leads/{leadId}/invitations', {
          params: { path: { leadId } },
          body: { kind, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      );
      lead.setData({ ...data, invitations: [...data.invitations, invitation] });
      setNote('');
      setDone(true);
    } catch (error) {
      setFailure(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page narrow" aria-labelledby="lead-title">
      <p className="back">
        <Link to="/leads">{t('leads.back')}</Link>
      </p>
      <h1 id="lead-title">{data.name}</h1>
      <section className="panel">
        <dl className="facts">
          <div>
            <dt>{t('reg.university')}</dt>
            <dd>{data.universityName ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('reg.degree')}</dt>
            <dd>
              {t(degreeKey(data.degreeLevel))} · {data.major} · {t('leads.graduates', { year: data.graduationYear })}
            </dd>
          </div>
          <div>
            <dt>{t('reg.phone')}</dt>
            <dd>{data.phone}</dd>
          </div>
          <div>
            <dt>{t('reg.email')}</dt>
            <dd className="break">{data.email}</dd>
          </div>
          <div>
            <dt>{t('reg.hometown')}</dt>
            <dd>
              {data.hometown ?? t('common.none')}
              {data.fromRegion ? ` · ${t('leads.local')}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('leads.interest')}</dt>
            <dd>
              {formatList(
                [
                  data.interestedInSummerProgramme ? t('invitation.summer_programme') : '',
                  data.interestedInFullTime ? t('invitation.full_time') : '',
                ].filter(Boolean),
                lang,
              ) || t('common.none')}
            </dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="lead-events">
        <h2 id="lead-events">{t('leads.events')}</h2>
        <ul className="plain-list">
          {data.events.map((e) => (
            <li key={e.registrationId}>
              <strong>{e.eventTitle}</strong>
              <span className="muted">
                {' '}
                · {t(kindKey(e.kind))} · {formatDateTime(e.startsAt, lang)} ·{' '}
                {e.checkedInAt ? t('leads.attended') : t('leads.registered_only')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="lead-invitations">
        <h2 id="lead-invitations">{t('leads.invitations')}</h2>
        {data.invitations.length === 0 ? (
          <p className="muted">{t('leads.no_invitations')}</p>
        ) : (
          <ul className="plain-list">
            {data.invitations.map((inv) => (
              <li key={inv.invitationId}>
                {t(invitationKey(inv.kind))} · {formatDateTime(inv.invitedAt, lang)}
                {inv.note ? ` · ${inv.note}` : ''}
              </li>
            ))}
          </ul>
        )}
        {user?.role === 'organiser' && (
          <form className="inline-form" onSubmit={invite} noValidate>
            {done && <Alert tone="success">{t('leads.invited')}</Alert>}
            {failure && <Alert tone="error">{failure}</Alert>}
            <SelectField
              id="invite-kind"
              label={t('leads.invite_kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as InvitationKind)}
            >
              {INVITATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(invitationKey(k))}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              id="invite-note"
              label={t('leads.invite_note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={1000}
            />
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('common.saving') : t('leads.invite')}
            </button>
          </form>
        )}
      </section>
    </section>
  );
}
