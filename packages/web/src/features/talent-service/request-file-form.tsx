import { type FormEvent, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { idempotencyKey } from '../../lib/idempotency';
import { fieldErrorsOf, type FieldErrors, problemText } from '../../lib/problem-text';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import {
  ACCEPT_ATTRIBUTE,
  formatSize,
  kindKey,
  MAX_FILE_BYTES,
  MAX_FILES,
  REQUEST_KINDS,
  type RequestKind,
  type ServiceRequest,
  UploadFailed,
  uploadFile,
  uploadTypeOf,
} from './request-files';

interface Chosen {
  file: File;
  /** 0 to 1 while uploading; the key once storage has it, reused by a retry of the same form. */
  progress?: number;
  uploadKey?: string;
}

/** Whether an answer was lost on the way (a retry then keeps its key and uploads); anything else starts over. */
const answerLost = (error: unknown) => error instanceof ApiError && error.code === 'network_error';

/**
 * Filing a request on the phone: the kind, what is needed, and files checked here before any upload
 * (type and size, each refusal naming the file). One Idempotency-Key per filing, so a double tap or
 * a resend after a lost answer files it once.
 */
export function RequestFileForm({ onFiled, onCancel }: { onFiled: (r: ServiceRequest) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<RequestKind | ''>('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<Chosen[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(idempotencyKey());

  const choose = (list: FileList | null) => {
    const picked = Array.from(list ?? []);
    const refusals: string[] = [];
    const ok = picked.filter((file) => {
      if (!uploadTypeOf(file)) refusals.push(t('req.file_wrong_type', { name: file.name }));
      else if (file.size > MAX_FILE_BYTES)
        refusals.push(t('req.file_too_big', { name: file.name, size: formatSize(file.size) }));
      else return true;
      return false;
    });
    const next = [...files, ...ok.map((file) => ({ file }))];
    if (next.length > MAX_FILES) refusals.push(t('req.file_too_many'));
    setFiles(next.slice(0, MAX_FILES));
    setErrors((e) => ({ ...e, files: refusals.join(' ') }));
  };

  const progressOf = (file: File, progress: number, uploadKey?: string) =>
    setFiles((all) => all.map((c) => (c.file === file ? { ...c, progress, ...(uploadKey ? { uploadKey } : {}) } : c)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: FieldErrors = {};
    if (!kind) missing.kind = t('field.required');
    if (!description.trim()) missing.description = t('field.required');
    if (Object.keys(missing).length) {
      setErrors(missing);
      setFailure(t('error.validation_failed'));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    setErrors({});
    try {
      const attachments = [];
      for (const chosen of files) {
        const uploadKey = chosen.uploadKey ?? (await uploadFile(chosen.file, (p) => progressOf(chosen.file, p)));
        progressOf(chosen.file, 1, uploadKey);
        attachments.push({ uploadKey, name: chosen.file.name });
      }
      const filed = await unwrap(
        api.POST('/v1/me/service-requests', {
          params: { header: { 'idempotency-key': key.current } },
          body: { kind: kind as RequestKind, description, ...(attachments.length ? { attachments } : {}) },
        }),
      );
      onFiled(filed);
    } catch (error) {
      if (!answerLost(error)) {
        // A refused filing's checked files are deleted by the API: a new attempt uploads them again.
        key.current = idempotencyKey();
        setFiles((all) => all.map(({ file }) => ({ file })));
      }
      if (error instanceof UploadFailed) setFailure(t('req.upload_failed'));
      else if (error instanceof ApiError && error.code === 'conflict') setFailure(t('req.nobody_body'));
      else if (error instanceof ApiError && (error.code === 'file_type_mismatch' || error.code === 'not_found'))
        setFailure(t('req.file_refused'));
      else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(problemText(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="request-form" onSubmit={submit} noValidate aria-labelledby="request-form-title">
      <h2 id="request-form-title">{t('req.form_title')}</h2>
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <SelectField
        id="kind"
        label={t('req.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as RequestKind)}
        error={errors.kind}
        required
      >
        <option value="">{t('req.choose')}</option>
        {REQUEST_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(kindKey(k))}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="description"
        label={t('req.description')}
        hint={t('req.description_hint')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
        maxLength={2000}
        rows={5}
        required
      />
      <TextField
        id="files"
        label={t('req.files')}
        hint={t('req.files_hint')}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        onChange={(e) => {
          choose(e.target.files);
          e.target.value = '';
        }}
        error={errors.files || undefined}
        disabled={busy || files.length >= MAX_FILES}
      />
      {files.length > 0 && (
        <ul className="request-chosen">
          {files.map((c) => (
            <li key={`${c.file.name}-${c.file.size}-${c.file.lastModified}`}>
              <span>{t('req.file_size', { name: c.file.name, size: formatSize(c.file.size) })}</span>
              {c.progress !== undefined && (
                <progress max={1} value={c.progress} aria-label={t('req.uploading', { name: c.file.name })} />
              )}
              <button
                type="button"
                className="button link"
                disabled={busy}
                aria-label={t('req.file_remove', { name: c.file.name })}
                onClick={() => setFiles((all) => all.filter((x) => x !== c))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary block-mobile" disabled={busy}>
          {busy ? t('req.submitting') : t('req.submit')}
        </button>
        <button type="button" className="button secondary block-mobile" onClick={onCancel} disabled={busy}>
          {t('req.cancel')}
        </button>
      </div>
    </form>
  );
}
