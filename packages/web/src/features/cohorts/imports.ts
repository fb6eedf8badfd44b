import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { problemText } from '../../lib/problem-text';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportRow = components['schemas']['ImportRow'];
export type RowStatus = ImportRow['status'];

/** The API takes files up to 1 MB (sent base64-encoded in JSON); larger ones are refused here first. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The file's bytes as base64, in slices so a large file does not overflow the argument list. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const FILE_PROBLEMS = [
  'missing_columns',
  'no_header_row',
  'no_rows',
  'too_many_rows',
  'xls_not_supported',
  'unreadable_file',
] as const;

/** Why an upload was refused, in words the coordinator can act on. */
export function uploadProblem(error: unknown, t: Translate, lang: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'registration_closed') return t('import.error.registration_closed');
    if (error.code === 'upload_too_large') return t('import.error.upload_too_large');
    const fileError = error.fieldErrors.find((e) => e.path === 'content') as
      | { message: string; code?: string }
      | undefined;
    const code = FILE_PROBLEMS.find((c) => c === fileError?.code);
    if (code === 'missing_columns') {
      // The message ends with the missing headers as written in the template (Chinese).
      const columns = formatList(fileError!.message.split(': ').slice(1).join(': ').split(', '), lang);
      return t('import.error.missing_columns', { columns });
    }
    if (code) return t(`import.error.${code}` as MessageKey);
  }
  return problemText(error, t);
}

/** A row's reason: the API's Chinese sentence in Chinese, the reason's name in English. */
export function reasonText(row: ImportRow, lang: string, t: Translate): string {
  if (!row.reason) return '';
  if (lang === 'zh-CN' && row.message) return row.message;
  return t(`import.reason.${row.reason}` as MessageKey);
}
