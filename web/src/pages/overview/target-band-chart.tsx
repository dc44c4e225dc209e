import { useMemo } from "react";

import { type ChartOption, EChart } from "../../components/echart";
import type { ObservationStatus } from "../../gql/graphql";

interface Figure {
  period: string;
  value: number;
  status: ObservationStatus;
}

/** A target's yearly figures as a line, the required band shaded over the target's years. */
export function TargetBandChart({
  series,
  min,
  max,
  fromYear,
  toYear,
  label,
}: {
  series: readonly Figure[];
  min: number;
  max: number;
  fromYear: number;
  toYear: number;
  label: string;
}) {
  const option = useMemo<ChartOption>(() => {
    const years = series.map((figure) => figure.period);
    return {
      grid: { left: 36, right: 8, top: 8, bottom: 24 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: years },
      // The axis always shows the band, however far the figures are from it.
      yAxis: {
        type: "value",
        min: Math.floor(Math.min(min, ...series.map((figure) => figure.value))),
        max: Math.ceil(Math.max(max, ...series.map((figure) => figure.value))),
      },
      series: [
        {
          type: "line",
          data: series.map((figure) => ({
            value: figure.value,
            symbol: figure.status === "OFFICIAL" ? "circle" : "emptyCircle",
          })),
          symbolSize: 6,
          lineStyle: { color: "#1f5fa8" },
          itemStyle: { color: "#1f5fa8" },
          markArea: {
            silent: true,
            itemStyle: { color: "rgba(27, 127, 59, 0.15)" },
            data: [
              [
                { yAxis: min, xAxis: String(fromYear) },
                { yAxis: max, xAxis: String(toYear) },
              ],
            ],
          },
        },
      ],
    };
  }, [series, min, max, fromYear, toYear]);
  return <EChart option={option} label={label} height={140} />;
}
