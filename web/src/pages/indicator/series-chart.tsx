import { useMemo } from "react";

import { type ChartOption, EChart } from "../../components/echart";
import { useLocale } from "../../i18n/locale";
import { chartedPeriodType, type Figure, totalsByPeriod } from "./series-figures";

/** How each status is drawn: official solid, preliminary a diamond, an estimate hollow and dashed. */
const STATUS_STYLE = {
  OFFICIAL: { symbol: "circle", color: "#1f5fa8" },
  PRELIMINARY: { symbol: "diamond", color: "#7a4fb5" },
  ESTIMATE: { symbol: "emptyTriangle", color: "#c77700" },
} as const;

/** The total's series: latest figures by status, the line dashed into estimates, earlier revisions as small grey points. */
export function SeriesChart({ series, unit, label }: { series: readonly Figure[]; unit: string; label: string }) {
  const { t } = useLocale();
  const option = useMemo<ChartOption | null>(() => {
    const periodType = chartedPeriodType(series);
    if (!periodType) return null;
    const { latest, earlier } = totalsByPeriod(series, periodType);
    const periods = latest.map((figure) => figure.period);
    const at = (figure: Figure) => [figure.period, figure.value];
    const firstNotOfficial = latest.findIndex((figure) => figure.status !== "OFFICIAL");
    const solidUntil = firstNotOfficial < 0 ? latest.length - 1 : firstNotOfficial - 1;
    return {
      tooltip: { trigger: "item" },
      legend: {
        bottom: 0,
        data: [t("figure.OFFICIAL"), t("figure.PRELIMINARY"), t("figure.ESTIMATE"), t("indicator.earlier")],
      },
      grid: { left: 56, right: 16, top: 24, bottom: 56 },
      xAxis: { type: "category", data: periods },
      yAxis: { type: "value", name: unit, scale: true },
      series: [
        // One line through the latest figures: solid while official, dashed from the last official one on.
        {
          name: t("figure.OFFICIAL"),
          type: "line",
          symbol: "none",
          lineStyle: { color: "#1f5fa8" },
          data: latest.map((figure, index) => (index <= solidUntil ? figure.value : null)),
        },
        {
          name: t("figure.ESTIMATE"),
          type: "line",
          symbol: "none",
          lineStyle: { color: "#c77700", type: "dashed" },
          data: latest.map((figure, index) => (index >= Math.max(solidUntil, 0) ? figure.value : null)),
        },
        ...(["OFFICIAL", "PRELIMINARY", "ESTIMATE"] as const).map((status) => ({
          name: t(`figure.${status}`),
          type: "scatter",
          symbol: STATUS_STYLE[status].symbol,
          symbolSize: 10,
          itemStyle: { color: STATUS_STYLE[status].color },
          data: latest.filter((figure) => figure.status === status).map(at),
        })),
        {
          name: t("indicator.earlier"),
          type: "scatter",
          symbol: "circle",
          symbolSize: 5,
          itemStyle: { color: "#8a8f98" },
          data: earlier.map(at),
        },
      ],
    };
  }, [series, unit, t]);
  return option ? <EChart option={option} label={label} height={320} /> : null;
}
