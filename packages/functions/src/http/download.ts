import type { Context } from 'hono';
import { XLSX_CONTENT_TYPE, type SpreadsheetFile } from '@aksu/core/exports/workbook';

/**
 * RFC 5987 value: percent-encoded UTF-8, also escaping the characters encodeURIComponent leaves
 * alone but the header grammar does not allow.
 */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `filename*` carries the Chinese name; the plain `filename` is for clients that predate it (and
 * must be ASCII, or some proxies reject the header).
 */
export const contentDisposition = (file: Pick<SpreadsheetFile, 'filename' | 'asciiFilename'>) =>
  `attachment; filename="${file.asciiFilename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; ` +
  `filename*=UTF-8''${rfc5987(file.filename)}`;

/** A spreadsheet download. Never cached: the sheets carry phone numbers and live figures. */
export function sendSpreadsheet(c: Context, file: SpreadsheetFile) {
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': contentDisposition(file),
    'cache-control': 'no-store',
  });
}
