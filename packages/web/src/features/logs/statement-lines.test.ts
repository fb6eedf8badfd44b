import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import type { Statement } from './logs-stipends';
import { lineText } from './statement-lines';

type Line = Statement['lines'][number];

const daily: Line = {
  kind: 'daily',
  label: '签到天数（含批准的请假） 23 天 × 日补贴 83.33 元',
  quantity: 23,
  unitFen: 8_333,
  amountFen: 191_659,
  basis: 'checked_in',
  withLeave: true,
};
const travel: Line = {
  kind: 'travel',
  label: '往返交通报销：申报 1800.50 元，按上限 1500.00 元',
  quantity: 1,
  unitFen: 150_000,
  amountFen: 150_000,
  claimedFen: 180_050,
  capFen: 150_000,
};
const award: Line = {
  kind: 'award',
  label: '项目完成奖励（一次性）2000.00 元',
  quantity: 1,
  unitFen: 200_000,
  amountFen: 200_000,
};
const mentee: Line = {
  kind: 'mentee',
  label: '帮带 阿依古丽：导师补贴 1000.00 元',
  quantity: 1,
  unitFen: 100_000,
  amountFen: 100_000,
  refId: 'crg_a',
  menteeName: '阿依古丽',
};

describe('a statement line in the reader’s language', () => {
  it('reads in English from the line’s parts, not its Chinese label', () => {
    const t = translator('en');
    expect(lineText(daily, t)).toBe('Days checked in (approved leave included): 23 days × daily allowance of 83.33 元');
    expect(lineText({ ...daily, quantity: 1, withLeave: false, basis: 'weekdays' }, t)).toBe(
      'Weekdays checked in: 1 day × daily allowance of 83.33 元',
    );
    expect(lineText(travel, t)).toBe('Round-trip travel: 1,800.50 元 claimed, paid up to the cap of 1,500.00 元');
    expect(lineText({ ...travel, claimedFen: 98_765, unitFen: 98_765 }, t)).toBe(
      'Round-trip travel: 987.65 元 claimed (cap 1,500.00 元)',
    );
    expect(lineText(award, t)).toBe('Project completion award (one-time) 2,000.00 元');
    expect(lineText(mentee, t)).toBe('Mentoring 阿依古丽: mentor allowance 1,000.00 元');
  });

  it('reads in Chinese as the workbook’s label does, amounts grouped as on the rest of the screen', () => {
    const t = translator('zh-CN');
    expect(lineText(daily, t)).toBe(daily.label);
    expect(lineText(mentee, t)).toBe(mentee.label.replace('1000.00', '1,000.00'));
    expect(lineText(travel, t)).toBe('往返交通报销：申报 1,800.50 元，按上限 1,500.00 元');
  });

  it('shows a statement approved before the parts were kept as it was approved', () => {
    const t = translator('en');
    const { basis: _b, withLeave: _w, ...oldDaily } = daily;
    const { capFen: _c, ...oldTravel } = travel;
    const { menteeName: _m, ...oldMentee } = mentee;
    expect(lineText(oldDaily, t)).toBe(daily.label);
    expect(lineText(oldTravel, t)).toBe(travel.label);
    expect(lineText(oldMentee, t)).toBe(mentee.label);
  });
});
