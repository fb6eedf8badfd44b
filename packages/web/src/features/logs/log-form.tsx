import { useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { Alert } from '../../ui/feedback';
import { useI18n } from '../../i18n/i18n';
import { CATEGORIES, logsProblemText, type ActivityLog, type Category } from './logs-stipends';
import { useFormSubmit } from '../../lib/use-form-submit';
import { fieldText } from '../../lib/problem-text';

export interface LogDraft {
  logDate: string;
  hours: number;
  category: Category;
  summary: string;
  attachments: Array<{ name: string; url: string }>;
}

/**
 * The day's log, or an edit of one. `onSubmit` sends it and resolves to what to say; it throws the
 * API's problem, which is shown beside the fields.
 */
export function LogForm({
  idPrefix,
  initial,
  dateEditable,
  submitLabel,
  onSubmit,
  onCancel,
  writtenDates,
}: {
  idPrefix: string;
  initial: LogDraft | ActivityLog;
  dateEditable: boolean;
  submitLabel: string;
  onSubmit: (draft: LogDraft) => Promise<string | undefined>;
  onCancel?: () => void;
  /** Days that already have a log: picking one says so at once instead of after a refused send. */
  writtenDates?: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const [logDate, setLogDate] = useState(initial.logDate);
  const [hours, setHours] = useState(String(initial.hours));
  const [category, setCategory] = useState<Category>(initial.category);
  const [summary, setSummary] = useState(initial.summary);
  const [attachmentName, setAttachmentName] = useState(initial.attachments[0]?.name ?? '');
  const [attachmentUrl, setAttachmentUrl] = useState(initial.attachments[0]?.url ?? '');
  const { errors, failure, busy, send, reject } = useFormSubmit({ problem: logsProblemText });
  const [done, setDone] = useState<string>();
  const written =
    dateEditable && writtenDates?.has(logDate)
      ? fieldText({ path: 'logDate', code: 'already_logged', message: '' }, t)
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    if (written) return reject({ logDate: written });
    const attachments =
      attachmentName.trim() && attachmentUrl.trim() ? [{ name: attachmentName.trim(), url: attachmentUrl.trim() }] : [];
    setDone(await send(() => onSubmit({ logDate, hours: Number(hours), category, summary, attachments })));
  };

  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="log-form" onSubmit={submit} noValidate>
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      {done && <Alert tone="success">{done}</Alert>}
      <div className="field-row">
        {dateEditable ? (
          <TextField
            id={id('date')}
            type="date"
            label={t('logs.date')}
            value={logDate}
            onChange={(e) => setLogDate(e.target.value)}
            error={errors.logDate ?? written}
            required
          />
        ) : (
          <p>
            {t('logs.date')}：{logDate}
          </p>
        )}
        <TextField
          id={id('hours')}
          type="number"
          inputMode="decimal"
          min={0.5}
          max={16}
          step={0.5}
          label={t('logs.hours')}
          hint={t('logs.hours_hint')}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={errors.hours}
          required
        />
      </div>
      <SelectField
        id={id('category')}
        label={t('logs.category')}
        value={category}
        onChange={(e) => setCategory(e.target.value as Category)}
        error={errors.category}
        required
      >
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id('summary')}
        label={t('logs.summary')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={errors.summary}
        maxLength={2000}
        rows={4}
        required
      />
      <div className="field-row">
        <TextField
          id={id('attachment-name')}
          label={t('logs.attachment_name')}
          value={attachmentName}
          onChange={(e) => setAttachmentName(e.target.value)}
          error={errors['attachments.0.name']}
          maxLength={120}
        />
        <TextField
          id={id('attachment-url')}
          type="url"
          label={t('logs.attachment_url')}
          value={attachmentUrl}
          onChange={(e) => setAttachmentUrl(e.target.value)}
          error={errors['attachments.0.url']}
          maxLength={2000}
        />
      </div>
      <div className="actions-row">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('logs.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
