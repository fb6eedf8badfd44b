import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

// eCharts is large: it is loaded on first use, so only the dashboard pays for it and the first page
// does not. Only the chart kinds the dashboard draws are registered. SVG keeps the printed report sharp and
// leaves each label an element whose box can be measured.
type EChartsModule = typeof import('echarts/core');
let loading: Promise<EChartsModule> | undefined;
function loadECharts(): Promise<EChartsModule> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.BarChart,
      charts.LineChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.DatasetComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  });
  return loading;
}

/** One chart. `option` is eCharts' own; the figures are always also given as a table beside it. */
export function EChart({
  option,
  label,
  height = 320,
}: {
  option: Record<string, unknown>;
  label: string;
  height?: number;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let chart: { setOption: (o: unknown) => void; resize: () => void; dispose: () => void } | undefined;
    const onResize = () => chart?.resize();
    void loadECharts().then((echarts) => {
      if (disposed || !box.current) return;
      chart = echarts.init(box.current, undefined, { renderer: 'svg' });
      chart.setOption(option);
      setReady(true);
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [option]);

  return (
    <>
      {!ready && <p className="muted">{t('conv.chart_loading')}</p>}
      {/* eCharts owns everything inside this element, so React puts nothing in it. */}
      <div className="echart" role="img" aria-label={label} style={{ height }} ref={box} />
    </>
  );
}
