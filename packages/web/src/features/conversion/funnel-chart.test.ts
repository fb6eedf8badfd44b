import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../i18n/i18n';
import { translator } from '../../i18n/translate';
import { FUNNEL_STEPS, type FunnelRow } from './conversion';
import { funnelChartOption } from './funnel-chart';

const t = (key: MessageKey) => key;
const totalOf = (counts: number[]) =>
  Object.fromEntries(FUNNEL_STEPS.map(([key], i) => [key, counts[i] ?? 0])) as unknown as FunnelRow;

describe('the conversion funnel chart', () => {
  it('draws every step in step order as a bar proportional to its count, even when the first steps are 0', () => {
    // Outcomes recorded for people never registered here: the early steps are 0, the later ones larger.
    const counts = [0, 0, 0, 4, 9, 7, 6, 3, 0, 0];
    const option = funnelChartOption(totalOf(counts), t, 'zh-CN');
    expect(option.series.map((s) => s.type)).toEqual(['bar']);
    expect(option.series[0]!.data).toEqual(counts);
    expect(option.yAxis.data).toEqual(FUNNEL_STEPS.map(([, label]) => label));
    // One linear scale from 0 to the largest count: a bar's length says its count, not its rank.
    expect([option.xAxis.min, option.xAxis.max]).toEqual([0, 9]);
    // The first step at the top, as a funnel reads.
    expect(option.yAxis.inverse).toBe(true);
  });

  it('keeps a scale when every step is 0', () => {
    const option = funnelChartOption(totalOf([]), t, 'zh-CN');
    expect(option.series[0]!.data).toEqual(Array(10).fill(0));
    expect(option.xAxis.max).toBe(1);
  });

  it('labels each bar with its step and count in the reader’s punctuation and digit grouping', () => {
    const option = funnelChartOption(totalOf([12_345]), translator('en'), 'en');
    const label = option.series[0]!.label.formatter({ name: 'Registered', value: 12_345 });
    expect(label).toBe('Registered: 12,345');
  });
});
