import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the app draws, so the bundle carries no more of ECharts than that; SVG prints sharply.
echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** One chart, described for screen readers by `label`; the numbers it draws are also in a table beside it. */
export function EChart({ option, label, height = 240 }: { option: ChartOption; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!, null, { renderer: "svg" });
    chart.setOption({ animation: false, textStyle: { fontFamily: "Noto Sans, sans-serif" }, ...option });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    window.addEventListener("beforeprint", resize);
    return () => {
      window.removeEventListener("resize", resize);
      window.removeEventListener("beforeprint", resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
