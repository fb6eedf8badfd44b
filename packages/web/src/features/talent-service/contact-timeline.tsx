import { useI18n, type MessageKey } from '../../i18n/i18n';
import { contactKindKey, type ContactLog } from './care';

interface Step {
  on: string;
  stage: string;
  employer?: string | null;
}
interface Confirmation {
  year: number;
  confirmedOn: string;
  employer?: string | null;
}

type Entry =
  | { kind: 'contact'; on: string; key: string; log: ContactLog }
  | { kind: 'step'; on: string; key: string; step: Step }
  | { kind: 'retention'; on: string; key: string; confirmation: Confirmation };

/**
 * Contacts and visits next to the outcome's steps and retention years, newest first. A contact
 * reads no outcome, so their timeline is the contact log alone.
 */
export function ContactTimeline({
  log,
  steps = [],
  confirmations = [],
}: {
  log: ContactLog[];
  steps?: Step[];
  confirmations?: Confirmation[];
}) {
  const { t } = useI18n();
  const entries: Entry[] = [
    ...log.map((l) => ({ kind: 'contact' as const, on: l.on, key: l.logId, log: l })),
    ...steps.map((s, i) => ({ kind: 'step' as const, on: s.on, key: `step${i}`, step: s })),
    ...confirmations.map((c) => ({
      kind: 'retention' as const,
      on: c.confirmedOn,
      key: `year${c.year}`,
      confirmation: c,
    })),
  ].sort((a, b) => b.on.localeCompare(a.on));

  return (
    <section className="care-section" aria-labelledby="care-timeline-title">
      <h2 id="care-timeline-title">{t('care.timeline')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('care.timeline_empty')}</p>
      ) : (
        <ol className="care-timeline">
          {entries.map((e) => (
            <li key={e.key} data-kind={e.kind}>
              <strong>{e.on}</strong> · <TimelineText entry={e} />
              {e.kind === 'contact' && e.log.raised && (
                <p className="muted">{t('care.timeline_raised', { text: e.log.raised })}</p>
              )}
              {e.kind === 'contact' && e.log.followUps && (
                <p className="muted">{t('care.timeline_follow_ups', { text: e.log.followUps })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineText({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  if (entry.kind === 'contact')
    return <>{t('care.timeline_by', { kind: t(contactKindKey(entry.log.kind)), by: entry.log.byName || '—' })}</>;
  if (entry.kind === 'retention')
    return (
      <>
        {t('care.timeline_retention', { n: entry.confirmation.year })}
        {entry.confirmation.employer ? ` · ${entry.confirmation.employer}` : ''}
      </>
    );
  return (
    <>
      {t(`conv.stage.${entry.step.stage}` as MessageKey)}
      {entry.step.employer ? ` · ${entry.step.employer}` : ''}
    </>
  );
}
