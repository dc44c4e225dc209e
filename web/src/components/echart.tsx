import type { EChartsCoreOption } from "echarts/core";
import { useEffect, useRef } from "react";

export type ChartOption = EChartsCoreOption;

/**
 * ECharts is its own chunk, fetched when the first chart mounts (once per page load): a page's
 * tables and figures show before it arrives, and the first load stays small.
 */
const loadECharts = () => import("./echarts-setup");

/** One chart, described for screen readers by `label`; the numbers it draws are also in a table beside it. */
export function EChart({ option, label, height = 240 }: { option: ChartOption; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let cleanUp = () => {};
    void loadECharts().then(({ init }) => {
      if (disposed || !element.current) return;
      const chart = init(element.current, null, { renderer: "svg" });
      chart.setOption({ animation: false, textStyle: { fontFamily: "Noto Sans, sans-serif" }, ...option });
      const resize = () => chart.resize();
      window.addEventListener("resize", resize);
      window.addEventListener("beforeprint", resize);
      cleanUp = () => {
        window.removeEventListener("resize", resize);
        window.removeEventListener("beforeprint", resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanUp();
    };
  }, [option]);
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
