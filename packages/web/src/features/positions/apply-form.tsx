/** The apply form on a position's public page: details, consent and a PDF CV, uploaded straight to storage. */
import { useRef, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import { Alert } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { useI18n, type Translate } from '../../i18n/i18n';
import { idempotencyKey } from '../../lib/idempotency';
import type { FieldErrors } from '../../lib/problem-text';
import {
  applyDraftProblems,
  applyFieldErrors,
  applyRefusal,
  type ApplyDraft,
  emptyApplyDraft,
  formatMegabytes,
  PDF_TYPE,
  toApplicationInput,
} from './apply-draft';
import { answerLost, type UploadedCv, UploadFailed, uploadCv } from './apply-upload';
import { DEGREES, degreeLabel } from './positions';
import './applying.css';

export type ApplicationReceipt = components['schemas']['ApplicationReceipt'];

/**
 * A 404 on the way is either the position (closed since the page was read) or the upload (its link
 * expired): the position, read again, says which.
 */
async function notFoundText(positionId: string, t: Translate): Promise<string> {
  const { response } = await api.GET('/v1/public/positions/{positionId}', { params: { path: { positionId } } });
  return response.status === 404 ? t('applying.closed') : t('applying.cv_expired');
}

export function ApplyForm({
  positionId,
  onApplied,
}: {
  positionId: string;
  onApplied: (receipt: ApplicationReceipt, email: string) => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ApplyDraft>(emptyApplyDraft);
  const [cv, setCv] = useState<File>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [phase, setPhase] = useState<'uploading' | 'submitting'>();
  // One key per filled-in form: a second tap, or a retry after an answer that never came, is not a
  // second application. Any change to the answers makes it another application, with a key of its own.
  const key = useRef(idempotencyKey());
  // The upload of the chosen file, reused by a retry of the same form.
  const uploaded = useRef<UploadedCv | undefined>(undefined);
  const sending = useRef(false);

  const set = <K extends keyof ApplyDraft>(field: K, value: ApplyDraft[K]) => {
    key.current = idempotencyKey();
    setDraft((d) => ({ ...d, [field]: value }));
  };
  const choose = (file: File | undefined) => {
    key.current = idempotencyKey();
    uploaded.current = undefined;
    setCv(file);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending.current) return;
    sending.current = true;
    setFailure(undefined);
    try {
      const problems = await applyDraftProblems(draft, cv, t);
      setErrors(problems);
      if (Object.keys(problems).length > 0 || !cv) {
        setFailure(t('applying.fix_fields'));
        return;
      }
      if (uploaded.current?.file !== cv) {
        setPhase('uploading');
        uploaded.current = await uploadCv(positionId, cv);
      }
      setPhase('submitting');
      const receipt = await unwrap(
        api.POST('/v1/public/positions/{positionId}/applications', {
          params: { path: { positionId }, header: { 'idempotency-key': key.current } },
          // The mails about this application are written in the language the form was filled in.
          body: { ...toApplicationInput(draft), cvKey: uploaded.current.uploadKey, cvName: cv.name, locale: lang },
        }),
      );
      onApplied(receipt, draft.email.trim());
    } catch (error) {
      // A refused application's checked CV is deleted by the API: a new attempt uploads it again.
      if (!answerLost(error)) {
        uploaded.current = undefined;
        key.current = idempotencyKey();
      }
      if (error instanceof UploadFailed) setFailure(t('applying.cv_upload_failed'));
      else if (error instanceof ApiError && error.status === 404) setFailure(await notFoundText(positionId, t));
      else {
        setErrors(applyFieldErrors(error, t));
        setFailure(applyRefusal(error, t));
      }
    } finally {
      sending.current = false;
      setPhase(undefined);
    }
  };

  const busy = phase !== undefined;
  return (
    <form className="apply-form" onSubmit={submit} noValidate aria-describedby="apply-intro">
      <p id="apply-intro">{t('applying.intro')}</p>
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <TextField
        id="name"
        label={t('applying.name')}
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.name}
        autoComplete="name"
        maxLength={60}
        required
      />
      <TextField
        id="phone"
        label={t('applying.phone')}
        hint={t('applying.phone_hint')}
        value={draft.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={errors.phone}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        required
      />
      <TextField
        id="email"
        label={t('applying.email')}
        hint={t('applying.email_hint')}
        value={draft.email}
        onChange={(e) => set('email', e.target.value)}
        error={errors.email}
        type="email"
        autoComplete="email"
        maxLength={254}
        required
      />
      <SelectField
        id="degreeLevel"
        label={t('applying.degree')}
        value={draft.degreeLevel}
        onChange={(e) => set('degreeLevel', e.target.value as ApplyDraft['degreeLevel'])}
        error={errors.degreeLevel}
        required
      >
        <option value="">{t('applying.choose')}</option>
        {DEGREES.map((degree) => (
          <option key={degree} value={degree}>
            {degreeLabel(t, degree)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="universityName"
        label={t('applying.university')}
        value={draft.universityName}
        onChange={(e) => set('universityName', e.target.value)}
        error={errors.universityName}
        maxLength={120}
        required
      />
      <TextField
        id="discipline"
        label={t('applying.discipline')}
        hint={t('applying.discipline_hint')}
        value={draft.discipline}
        onChange={(e) => set('discipline', e.target.value)}
        error={errors.discipline}
        maxLength={120}
        required
      />
      <TextField
        id="graduationYear"
        label={t('applying.graduation_year')}
        value={draft.graduationYear}
        onChange={(e) => set('graduationYear', e.target.value)}
        error={errors.graduationYear}
        inputMode="numeric"
        maxLength={4}
        required
      />
      <TextField
        id="cv"
        label={t('applying.cv')}
        hint={cv ? t('applying.cv_chosen', { name: cv.name, size: formatMegabytes(cv.size) }) : t('applying.cv_hint')}
        onChange={(e) => choose(e.target.files?.[0])}
        error={errors.cv}
        type="file"
        accept={`${PDF_TYPE},.pdf`}
        required
      />
      <div className={errors.consent ? 'field has-error' : 'field'}>
        <label className="check">
          <input
            type="checkbox"
            id="consent"
            checked={draft.consent}
            onChange={(e) => set('consent', e.target.checked)}
            aria-describedby={errors.consent ? 'consent-error' : undefined}
            aria-invalid={errors.consent ? true : undefined}
          />
          {t('applying.consent')}
        </label>
        {errors.consent && (
          <p id="consent-error" className="field-error">
            {errors.consent}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary block-mobile" disabled={busy}>
          {t('applying.submit')}
        </button>
      </div>
      {phase && (
        <p className="apply-progress" role="status">
          {t(phase === 'uploading' ? 'applying.uploading' : 'applying.submitting')}
        </p>
      )}
    </form>
  );
}
