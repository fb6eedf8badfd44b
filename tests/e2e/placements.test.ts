import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession, horizontalOverflow, PHONE, signIn, SYSTEM } from './harness.ts';
import { seedPlacementBoard } from './placement-seed.ts';

const session = browserSession();
let seed: Awaited<ReturnType<typeof seedPlacementBoard>>;

beforeAll(async () => {
  seed = await seedPlacementBoard(SYSTEM);
});

describe('岗位安排: the organiser places interns using suggestions and assigns a mentor', () => {
  it(
    'places everyone from the suggestions, assigns a mentor, moves ' +
      'and releases, prints the letter, and the mentor sees the mentee',
    async () => {
      const page = await session.newPage();
      await signIn(page, session.url, seed.organiserEmail);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '岗位安排' }).click();
      await page.getByRole('link', { name: seed.cohort.name }).click();
      await page.getByRole('heading', { name: '待安排学生（3）' }).waitFor();

      // The local textile student's suggestion explains itself.
      const [local, second, third] = seed.students;
      const localRow = page.getByTestId('suggestion').filter({ hasText: local!.name });
      await expect(localRow.getByText('家乡在库车市，可回乡实践').first().isVisible()).resolves.toBe(true);
      await expect(
        localRow
          .getByText(/专业对口：纺织工程/)
          .first()
          .isVisible(),
      ).resolves.toBe(true);

      // Accept one suggestion on its own…
      await localRow.getByRole('button', { name: '采纳' }).first().click();
      await page.getByText(`已将 ${local!.name} 安排到「${seed.textile.title}」。`).waitFor();
      await page.getByRole('heading', { name: '待安排学生（2）' }).waitFor();

      // …then the rest at once.
      await page.getByRole('button', { name: '全部采纳（2 条）' }).click();
      await page.getByText('已安排 2 人；0 条未能安排。').waitFor();
      await page.getByRole('heading', { name: '已安排（3）' }).waitFor();
      await page.getByText('所有已录取学生都已安排。').waitFor();
      const projects = page.getByTestId('board-project');
      await expect(projects.filter({ hasText: seed.textile.title }).innerText()).resolves.toContain('已安排 2 / 2');
      await expect(projects.filter({ hasText: seed.logistics.title }).innerText()).resolves.toContain('已安排 1 / 2');
      const placedThird = page.getByTestId('placement').filter({ hasText: third!.name });
      await expect(placedThird.innerText()).resolves.toContain(seed.logistics.title);
      await expect(page.getByTestId('placement').filter({ hasText: second!.name }).innerText()).resolves.toContain(
        seed.textile.title,
      );

      // Assign the mentor to the local student.
      const localPlaced = page.getByTestId('placement').filter({ hasText: local!.name });
      await localPlaced.getByLabel('导师').selectOption({ label: `${seed.mentor.name}（带教 0 / 2）` });
      await localPlaced.getByRole('button', { name: '指定' }).click();
      await page.getByText(`已更新 ${local!.name} 的导师。`).waitFor();
      await page
        .getByTestId('placement')
        .filter({ hasText: local!.name })
        .filter({ hasText: `导师：${seed.mentor.name}` })
        .waitFor();

      // Move the second student to the logistics project, then release the third: seats follow.
      const secondPlaced = page.getByTestId('placement').filter({ hasText: second!.name });
      await secondPlaced.getByLabel('调整到').selectOption({ label: `${seed.unit.name} · ${seed.logistics.title}` });
      await secondPlaced.getByRole('button', { name: '调整' }).click();
      await page.getByText(`已调整 ${second!.name} 的岗位。`).waitFor();
      await projects.filter({ hasText: seed.textile.title }).filter({ hasText: '已安排 1 / 2' }).waitFor();
      await projects.filter({ hasText: seed.logistics.title }).filter({ hasText: '已安排 2 / 2' }).waitFor();
      await page
        .getByTestId('placement')
        .filter({ hasText: third!.name })
        .getByRole('button', { name: '取消安排' })
        .click();
      await page.getByText(`已取消 ${third!.name} 的岗位安排。`).waitFor();
      await page.getByRole('heading', { name: '待安排学生（1）' }).waitFor();
      await projects.filter({ hasText: seed.logistics.title }).filter({ hasText: '已安排 1 / 2' }).waitFor();

      // The acceptance letter.
      await page
        .getByTestId('placement')
        .filter({ hasText: local!.name })
        .getByRole('link', { name: '接收函' })
        .click();
      const letter = page.getByTestId('letter');
      await letter.waitFor();
      const text = await letter.innerText();
      for (const part of [
        '阿克苏地区人才服务中心',
        '才聚阿克苏、圆梦在天山',
        '接收函',
        local!.name,
        seed.university.name,
        seed.cohort.name,
        seed.unit.name,
        seed.textile.title,
        seed.mentor.name,
        '2030年8月1日',
        '2030年8月31日',
      ]) {
        expect(text).toContain(part);
      }

      // The mentor, on a phone, lands on their mentees and sees this one only.
      const phone = await session.newPage(PHONE);
      await signIn(phone, session.url, seed.mentorEmail);
      await phone.waitForURL(/\/my-mentees$/);
      const mentees = phone.getByTestId('mentee');
      await mentees.first().waitFor();
      await expect(mentees.count()).resolves.toBe(1);
      const mentee = await mentees.first().innerText();
      expect(mentee).toContain(local!.name);
      expect(mentee).toContain(seed.textile.title);
      expect(mentee).toMatch(/\d{3}\*{4}\d{4}/);
      expect(await horizontalOverflow(phone)).toBe(0);
    },
  );
});
