import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Applications } from '@aksu/core';
import { newAccount, SYSTEM, type Account } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { download } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newAnnouncement, newEmployer, newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';
import { cells, column, organiserCalls, rows, utf8Filename } from '../support/trip-workbooks.ts';

/*
 * Exports of recruitment, read back with the spreadsheet library: a position with its counts and its
 * applicants, and a notice with a row per position and every applicant to any of them, under the
 * office's Chinese headers. Organisers; a unit's reviewer its own unit's position, the contacts masked.
 */

useLocalS3();

let organiser: Account;
let mentor: Account;
let reviewer: Account;
let positionId: string;
let otherId: string;
let announcementId: string;
const { workbookAt } = organiserCalls(() => organiser);

beforeAll(async () => {
  organiser = await newAccount('organiser');
  mentor = await newAccount('mentor');
  const hostUnitId = (await newHostUnit({ name: '阿克苏导出测试医院' })).hostUnitId;
  reviewer = await newAccount('reviewer', { unitId: hostUnitId });
  positionId = (
    await newPosition(hostUnitId, { title: '心内科医师', headcount: 2, cluster: 'digital_economy', county: 'kuqa' })
  ).positionId;
  otherId = (
    await newPosition((await newEmployer()).employerId, { title: '化工工艺工程师', postKind: 'state_enterprise' })
  ).positionId;
  const first = await newApplication(positionId, { name: '张三', degreeLevel: 'phd' });
  await newApplication(positionId, { name: '李四' });
  await newApplication(otherId, { name: '王五' });
  const current = await Applications.get(SYSTEM, first.applicationId);
  await Applications.transition(SYSTEM, first.applicationId, { to: 'shortlisted', version: current.version });
  announcementId = (await newAnnouncement([otherId, positionId])).announcementId;
});

describe('recruitment exports', () => {
  it('a position: its row with the counts and its applicants, with Chinese headers', async () => {
    const { workbook, disposition } = await workbookAt(`/v1/positions/${positionId}/applications.xlsx`);
    expect(utf8Filename(disposition)).toBe('心内科医师-应聘人员.xlsx');
    const positions = workbook.getWorksheet('岗位')!;
    expect(cells(positions, 1)).toEqual([
      '岗位名称',
      '用人单位',
      '产业集群',
      '县市',
      '岗位性质',
      '学历要求',
      '状态',
      '截止日期',
      '招聘人数',
      '报名人数',
      '入围人数',
      '录用通知',
      '接受录用',
      '满额率',
      '发布至录用平均天数',
    ]);
    expect(rows(positions)).toEqual([
      [
        '心内科医师',
        '阿克苏导出测试医院',
        '数字经济',
        '库车市',
        '事业编制',
        '硕士',
        '已发布',
        '2099-12-31',
        2,
        2,
        1,
        0,
        0,
        0,
        null,
      ],
    ]);
    const applicants = workbook.getWorksheet('应聘人员')!;
    expect(cells(applicants, 1).slice(0, 9)).toEqual([
      '应聘岗位',
      '姓名',
      '手机',
      '邮箱',
      '学历',
      '毕业院校',
      '专业',
      '毕业年份',
      '状态',
    ]);
    expect(column(applicants, '姓名')).toEqual(['张三', '李四']);
    expect(column(applicants, '学历')).toEqual(['博士', '硕士']);
    expect(column(applicants, '状态')).toEqual(['入围', '已投递']);
    expect(column(applicants, '手机').every((phone) => typeof phone === 'string')).toBe(true);
  });

  it('a notice: a row per position in its order and every applicant to any of them', async () => {
    const { workbook } = await workbookAt(`/v1/announcements/${announcementId}/applications.xlsx`);
    const positions = workbook.getWorksheet('岗位')!;
    expect(column(positions, '岗位名称')).toEqual(['化工工艺工程师', '心内科医师']);
    expect(column(positions, '岗位性质')).toEqual(['国有企业', '事业编制']);
    expect(column(positions, '报名人数')).toEqual([1, 2]);
    const applicants = workbook.getWorksheet('应聘人员')!;
    expect(column(applicants, '应聘岗位')).toEqual(['化工工艺工程师', '心内科医师', '心内科医师']);
    expect(column(applicants, '姓名')).toEqual(['王五', '张三', '李四']);
  });

  it('a unit’s reviewer exports its own unit’s position with the contacts masked, as on its screens', async () => {
    const res = await download(`/v1/positions/${positionId}/applications.xlsx`, { token: reviewer.token });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const applicants = workbook.getWorksheet('应聘人员')!;
    expect(column(applicants, '姓名')).toEqual(['张三', '李四']);
    expect(column(applicants, '手机')).toEqual([
      expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
      expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
    ]);
    expect(column(applicants, '邮箱')).toEqual([
      expect.stringMatching(/^\w\*\*\*@example\.com$/),
      expect.stringMatching(/^\w\*\*\*@example\.com$/),
    ]);
    // The organiser's download of the same position has them in full.
    const full = (await workbookAt(`/v1/positions/${positionId}/applications.xlsx`)).workbook.getWorksheet('应聘人员')!;
    expect(column(full, '手机')).toEqual([expect.stringMatching(/^\d{11}$/), expect.stringMatching(/^\d{11}$/)]);

    // Another unit's position does not exist for it, and a notice, which groups several units' positions, is the office's.
    expect((await download(`/v1/positions/${otherId}/applications.xlsx`, { token: reviewer.token })).status).toBe(404);
    expect(
      (await download(`/v1/announcements/${announcementId}/applications.xlsx`, { token: reviewer.token })).status,
    ).toBe(403);
  });

  it('is refused to the other roles, and an unknown position or notice is 404', async () => {
    expect((await download(`/v1/positions/${positionId}/applications.xlsx`, { token: mentor.token })).status).toBe(403);
    expect((await download(`/v1/positions/${positionId}/applications.xlsx`)).status).toBe(401);
    const missing = positionId.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await download(`/v1/positions/${missing}/applications.xlsx`, { token: organiser.token })).status).toBe(404);
  });
});
