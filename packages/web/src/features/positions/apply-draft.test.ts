import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { translator } from '../../i18n/translate';
import { applyDraftProblems, applyFieldErrors, applyRefusal, type ApplyDraft, emptyApplyDraft } from './apply-draft';
import './messages';

const t = translator('zh-CN');
const en = translator('en');

const filled: ApplyDraft = {
  name: '李明',
  phone: '13912345678',
  email: 'li.ming@example.com',
  degreeLevel: 'master',
  universityName: '新疆大学',
  discipline: '工学',
  graduationYear: '2026',
  consent: true,
};

const file = (head: Uint8Array<ArrayBuffer> | string, name = '简历.pdf', type = 'application/pdf', size?: number) => {
  const start = typeof head === 'string' ? new TextEncoder().encode(head) : head;
  const body = new Uint8Array(size ?? start.length).fill(0x20);
  body.set(start);
  return new File([body], name, { type });
};
const PDF = '%PDF-1.7\n';
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('the apply form checked before sending', () => {
  it('names every missing answer, the consent and the CV at once', async () => {
    const problems = await applyDraftProblems(emptyApplyDraft(), undefined, t);
    expect(Object.keys(problems).sort()).toEqual(
      [
        'consent',
        'cv',
        'degreeLevel',
        'discipline',
        'email',
        'graduationYear',
        'name',
        'phone',
        'universityName',
      ].sort(),
    );
    expect(problems.cv).toBe('请选择简历文件（PDF）。');
  });

  it('accepts a PDF by its first bytes, and turns away a renamed ZIP, another type and a file over 5 MB', async () => {
    await expect(applyDraftProblems(filled, file(PDF), t)).resolves.toEqual({});
    // Some phones call a PDF application/octet-stream: its name and bytes still say PDF.
    await expect(applyDraftProblems(filled, file(PDF, 'cv.PDF', 'application/octet-stream'), t)).resolves.toEqual({});
    await expect(applyDraftProblems(filled, file(ZIP), en)).resolves.toEqual({
      cv: 'This file is not really a PDF (perhaps another kind of file renamed); choose a real PDF file.',
    });
    await expect(applyDraftProblems(filled, file(PDF, '简历.docx', 'application/msword'), t)).resolves.toEqual({
      cv: '简历必须是 PDF 文件，请另存为 PDF 后重新选择。',
    });
    const big = file(PDF, '简历.pdf', 'application/pdf', 5 * 1024 * 1024 + 1);
    await expect(applyDraftProblems(filled, big, t)).resolves.toEqual({
      cv: '简历文件为 5.0 MB，超过 5 MB 的上限，请压缩后重新选择。',
    });
  });

  it('wants the graduation year as four digits', async () => {
    const problems = await applyDraftProblems({ ...filled, graduationYear: '26' }, file(PDF), t);
    expect(problems).toEqual({ graduationYear: '请填写四位数的毕业年份，例如 2025。' });
  });
});

describe('the API’s refusals of an application', () => {
  const refused = (code: string, status: number, retry?: number) =>
    new ApiError({ code, status, detail: code } as never, retry);

  it('say in the page’s language what happened and what to do', () => {
    expect(applyRefusal(refused('already_applied', 409), t)).toBe(
      '您已申请过这个岗位，不能重复申请。可在“我的申请”中查看进展。',
    );
    expect(applyRefusal(refused('rate_limited', 429, 1), en)).toBe(
      'Too many attempts; please try again in 1 second. Everything you typed is still here.',
    );
    expect(applyRefusal(refused('registration_closed', 409), en)).toBe(
      'This position has closed or stopped recruiting; it no longer takes applications.',
    );
    expect(applyRefusal(refused('file_type_mismatch', 415), t)).toContain('不是 PDF');
  });

  it('put a refused CV beside the file input', () => {
    expect(applyFieldErrors(refused('file_too_large', 413), t)).toEqual({
      cv: '简历超过 5 MB 的上限，请压缩后重新选择。',
    });
  });
});
