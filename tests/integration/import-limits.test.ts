import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { base64, openCohort, studentRow } from '../support/imports.ts';

let universityId: string;
let coordinator: Account;

beforeAll(async () => {
  universityId = (await newUniversity()).universityId;
  coordinator = await newAccount('coordinator', { universityId });
});

const upload = (cohortId: string, content: Uint8Array) =>
  call('POST', `/v1/cohorts/${cohortId}/imports`, {
    token: coordinator.token,
    body: { filename: '报名.xlsx', content: base64(content), consent: true },
  });

/**
 * A filled template with `padding` extra files of `bytesEach` repeated bytes: each deflates to a
 * thousandth of its size. With `understate`, the zip's local headers and central directory claim
 * each padding file holds 100 bytes, as a zip bomb's do.
 */
async function workbookWith(
  rows: Record<string, string>[],
  padding: number,
  bytesEach: number,
  understate: boolean,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名信息');
  const headers = IMPORT_COLUMNS.map((c) => c.header);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
  for (let i = 0; i < padding; i++) {
    const image = workbook.addImage({
      buffer: Buffer.alloc(bytesEach, i + 1) as unknown as ExcelJS.Buffer,
      extension: 'png',
    });
    sheet.addImage(image, { tl: { col: 20 + i, row: 1 }, ext: { width: 10, height: 10 } });
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (understate) understateMedia(bytes);
  return bytes;
}

/** Rewrites the uncompressed size of every xl/media/ entry to 100, in the directory and the local headers. */
function understateMedia(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let offset = view.getUint32(eocd + 16, true);
  let patched = 0;
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name.startsWith('xl/media/')) {
      view.setUint32(offset + 24, 100, true);
      const local = view.getUint32(offset + 42, true);
      if (view.getUint32(local + 22, true) !== 0) view.setUint32(local + 22, 100, true);
      patched++;
    }
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  if (patched === 0) throw new Error('the workbook has no media to understate');
}

describe('what an upload inflates to', () => {
  it(
    'refuses a workbook whose zip directory understates what ' + 'it inflates to, counting the bytes actually inflated',
    async () => {
      const cohort = await openCohort([{ universityId, quota: 10 }]);
      // Three 12 MB files: each alone is under the limit, together they are over it.
      const bomb = await workbookWith([studentRow()], 3, 12 * 1024 * 1024, true);
      expect(bomb.length).toBeLessThan(200 * 1024);
      const refused = await upload(cohort.cohortId, bomb);
      expect(refused.status).toBe(413);
      expect(refused.body).toMatchObject({ code: 'upload_too_large', maxUnzippedBytes: 32 * 1024 * 1024 });

      // One honest 40 MB file is refused the same way (here the directory says so before inflating).
      const honestHuge = await upload(cohort.cohortId, await workbookWith([studentRow()], 1, 40 * 1024 * 1024, false));
      expect(honestHuge.status).toBe(413);
      expect(honestHuge.body.code).toBe('upload_too_large');
    },
  );

  it('still imports an honest workbook, padding and all', async () => {
    const cohort = await openCohort([{ universityId, quota: 10 }]);
    const created = await upload(
      cohort.cohortId,
      await workbookWith([studentRow(), studentRow()], 2, 1024 * 1024, false),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ totalRows: 2, rejected: 0, status: 'pending' });
  });
});
