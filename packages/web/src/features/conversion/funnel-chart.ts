import type { Translate } from '../../i18n/translate';
import { FUNNEL_STEPS, type FunnelRow } from './conversion';

/**
 * The funnel's steps as bars, one a row in step order from the top, each as long as its count on one
 * scale. A funnel drawing (each step a trapezoid joining its neighbours) invents a shape the numbers
 * may not have: with the early steps at 0, as when outcomes are recorded before registrations are, it
 * drew a diamond. Bars narrow like a funnel only when the counts do. Each bar carries its step's
 * name and count, so the axes stay hidden.
 */
export function funnelChartOption(total: FunnelRow, t: Translate, lang: string) {
  const steps = FUNNEL_STEPS.map(([key, label]) => ({ name: t(label), value: Number(total[key] ?? 0) }));
  const count = new Intl.NumberFormat(lang);
  const largest = Math.max(1, ...steps.map((s) => s.value));
  return {
    tooltip: { trigger: 'item' },
    // The right part is left for the labels beside the longest bar, so none leaves the chart.
    grid: { left: 8, right: '42%', top: 8, bottom: 8 },
    xAxis: { type: 'value', show: false, min: 0, max: largest },
    yAxis: { type: 'category', show: false, inverse: true, data: steps.map((s) => s.name) },
    series: [
      {
        type: 'bar',
        barCategoryGap: '25%',
        // The reader's punctuation and digit grouping ("Offered: 1,234", "已发录用：1,234").
        label: {
          show: true,
          position: 'right',
          formatter: ({ name, value }: { name: string; value: number }) =>
            t('conv.funnel_bar', { step: name, count: count.format(value) }),
        },
        data: steps.map((s) => s.value),
      },
    ],
  };
}
