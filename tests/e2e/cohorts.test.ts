import { beforeAll, describe, expect, it } from 'vitest';
import { Universities } from '@aksu/core';
import {
  browserSession,
  createAccount,
  horizontalOverflow,
  PASSWORD,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';
import { nationalIdFor } from './cohort-screens.ts';

const session = browserSession();
let organiserEmail: string;
let coordinatorEmail: string;
let universityName: string;

beforeAll(async () => {
  const id = unique();
  universityName = `塔里木大学测试${id}`;
  const university = await Universities.create(SYSTEM, { name: universityName, city: '阿拉尔', province: '新疆' });
  organiserEmail = `organiser.cohort.${id}@example.org`;
  coordinatorEmail = `coordinator.cohort.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '人才专员', role: 'organiser' });
  await createAccount({
    email: coordinatorEmail,
    name: '院校联络员',
    role: 'coordinator',
    universityId: university.universityId,
  });
});

describe('社会实践: a cohort from setup to an accepted intern signing in', () => {
  it(
    'organiser sets up and opens a cohort, the coordinator registers ' +
      'on a phone, the organiser accepts and the intern activates',
    async () => {
      const cohortName = `2030年百名硕博社会实践${unique()}`;
      const now = new Date();
      const local = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

      // The organiser creates the cohort with one university and a quota of 2, then opens registration.
      const organiser = await session.newPage();
      await signIn(organiser, session.url, organiserEmail);
      await organiser.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '社会实践' }).click();
      await organiser.getByRole('link', { name: '新建批次' }).click();
      await organiser.locator('#name').fill(cohortName);
      await organiser.locator('#opensAt').fill(local(new Date(now.getTime() - 86_400_000)));
      await organiser.locator('#closesAt').fill(local(new Date(now.getTime() + 30 * 86_400_000)));
      await organiser.getByRole('button', { name: '添加院校' }).click();
      await organiser.locator('[id="universities.0.universityId"]').selectOption({ label: universityName });
      await organiser.locator('[id="universities.0.quota"]').fill('2');
      await organiser.getByRole('button', { name: '保存' }).click();
      await organiser.getByRole('heading', { level: 1, name: cohortName }).waitFor();
      await organiser.getByRole('button', { name: '转为「报名中」' }).click();
      await organiser.getByText('批次状态已更新为「报名中」。').waitFor();

      // The coordinator registers a student on a phone; a mistyped ID is caught with a Chinese message.
      const coordinator = await session.newPage(PHONE);
      await signIn(coordinator, session.url, coordinatorEmail);
      // On a phone the coordinator's navigation is behind its menu button.
      const nav = coordinator.getByRole('navigation', { name: '主导航' });
      await nav.getByRole('button', { name: /^菜单/ }).click();
      await nav.getByRole('link', { name: '社会实践' }).click();
      await coordinator.getByRole('link', { name: cohortName }).click();
      await coordinator.getByRole('link', { name: '报名学生' }).click();
      const nationalId = nationalIdFor('19990307', 121);
      const typo = nationalId.slice(0, 15) + ((Number(nationalId[15]) + 1) % 10) + nationalId.slice(16);
      const email = `intern.${unique()}@example.edu.cn`;
      await coordinator.locator('#name').fill('艾力·买买提');
      await coordinator.locator('#nationalId').fill(typo);
      await coordinator.locator('#phone').fill('139 1234 5678');
      await coordinator.locator('#email').fill(email);
      await coordinator.locator('#hometown').fill('新疆阿克苏地区库车市');
      await coordinator.locator('#fromRegion').check();
      await coordinator.locator('#degreeLevel').selectOption('master');
      await coordinator.locator('#studyYear').fill('2');
      await coordinator.locator('#major').fill('纺织工程');
      await coordinator.locator('#discipline').fill('工学');
      await coordinator.locator('#supervisor').fill('王教授');
      await coordinator.locator('[id="emergencyContact.name"]').fill('买买提');
      await coordinator.locator('[id="emergencyContact.phone"]').fill('13700001111');
      await coordinator.locator('#consent').check();
      await coordinator.getByRole('button', { name: '提交报名' }).click();
      await coordinator.getByText('身份证号校验不通过，请检查是否有输错。').waitFor();
      expect(await horizontalOverflow(coordinator)).toBe(0);
      await coordinator.locator('#nationalId').fill(nationalId);
      // The notes come from the form's one list of notes; what is typed there is sent, what is left empty is not.
      await coordinator.locator('#dietaryNotes').fill('清真');
      const sent = coordinator.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/registrations'));
      await coordinator.getByRole('button', { name: '提交报名' }).click();
      const body = (await sent).postDataJSON();
      expect(body).toMatchObject({ dietaryNotes: '清真' });
      expect(body).not.toHaveProperty('healthNotes');
      await coordinator.getByText('已为 艾力·买买提 提交报名，状态：待审核。').waitFor();

      // Their students' statuses and their summary, with the phone masked.
      await coordinator.getByRole('link', { name: '返回批次' }).click();
      const row = coordinator.getByTestId('student-row').filter({ hasText: '艾力·买买提' });
      await expect(row.innerText()).resolves.toContain('待审核');
      await expect(row.innerText()).resolves.toContain('139****5678');
      await expect
        .poll(() => coordinator.locator('.cohort-summary [data-column="submitted"]').first().innerText(), {
          timeout: 15_000,
        })
        .toBe('1');

      // The organiser accepts from the review queue with a reason and gets the one-time code.
      await organiser.getByRole('link', { name: '报名审核' }).click();
      await organiser.getByTestId('review-row').filter({ hasText: '艾力·买买提' }).getByRole('checkbox').check();
      await organiser.locator('#decision').selectOption('accepted');
      await organiser.locator('#reason').fill('材料齐全，专业对口');
      await organiser.getByRole('button', { name: '提交审核结果' }).click();
      await organiser.getByText('艾力·买买提：已录取').waitFor();
      const code = await organiser.getByTestId('intern-invitation-code').first().innerText();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

      // The intern activates the account with the code and is signed in.
      const intern = await session.newPage(PHONE);
      await intern.goto(`${session.url}/activate`);
      await intern.locator('#code').fill(code);
      await intern.locator('#password').fill(PASSWORD);
      await intern.locator('#confirm').fill(PASSWORD);
      await intern.locator('form button[type="submit"]').click();
      await intern.getByText('实践学生').first().waitFor();

      // The coordinator confirms the accepted student; the summary follows.
      await coordinator.reload();
      const accepted = coordinator.getByTestId('student-row').filter({ hasText: '艾力·买买提' });
      await expect(accepted.innerText()).resolves.toContain('已录取');
      await accepted.getByRole('button', { name: '确认参加' }).click();
      await coordinator.getByText('艾力·买买提 的状态已更新为「已确认」。').waitFor();
      // The summary is re-read after the status change; poll until its answer has arrived.
      await expect
        .poll(() => coordinator.locator('.cohort-summary [data-column="confirmed"]').first().innerText(), {
          timeout: 15_000,
        })
        .toBe('1');
    },
  );
});
