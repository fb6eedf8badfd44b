import { describe, expect, it } from 'vitest';
import { coordinatorImportFinished } from '../notifications/templates/coordinator-import-finished.ts';
import { countsByReason } from './finished.ts';

describe('import finished', () => {
  it('counts rejected rows per reason, largest first, and ignores accepted ones', () => {
    const rows = [
      { status: 'accepted' as const },
      { status: 'rejected' as const, reason: 'invalid_phone' },
      { status: 'rejected' as const, reason: 'duplicate_person' },
      { status: 'rejected' as const, reason: 'duplicate_person' },
      { status: 'rejected' as const },
    ];
    expect(countsByReason(rows)).toEqual([
      { reason: 'duplicate_person', count: 2 },
      { reason: 'invalid_phone', count: 1 },
      { reason: 'rejected', count: 1 },
    ]);
  });

  it('says the counts per reason and links the job, in Chinese and in English', async () => {
    const data = {
      filename: '名单.xlsx',
      cohortName: '2030年社会实践',
      totalRows: 10,
      accepted: 7,
      rejected: 3,
      reasons: [
        { reason: 'duplicate_in_file', count: 2 },
        { reason: 'some_new_reason', count: 1 },
      ],
      path: '/cohorts/coh_1/import?job=imp_1',
    };
    const zh = await coordinatorImportFinished.render('zh-CN', data);
    expect(zh.subject).toBe('批量导入完成：名单.xlsx（接受 7 行，拒绝 3 行）');
    expect(zh.text).toContain('重复：文件内重复：2 行');
    expect(zh.text).toContain('some_new_reason：1 行');
    expect(zh.text).toContain('/cohorts/coh_1/import?job=imp_1');
    expect(zh.link).toBe('/cohorts/coh_1/import?job=imp_1');
    const en = await coordinatorImportFinished.render('en', data);
    expect(en.subject).toBe('Import finished: 名单.xlsx (7 accepted, 3 rejected)');
    expect(en.text).toContain('Duplicate: twice in the file: 2');
    expect(en.html).toContain('href="http');
  });
});
