import { registerEnumType } from "type-graphql";

/** What a station samples, and so which national standard (QCVN) its parameters' limits come from. */
export enum Medium {
  AIR = "AIR",
  SURFACE_WATER = "SURFACE_WATER",
  WASTEWATER = "WASTEWATER",
  GROUNDWATER = "GROUNDWATER",
}

registerEnumType(Medium, {
  name: "MonitoringMedium",
  description: "The medium a station samples (môi trường quan trắc).",
  valuesConfig: {
    AIR: { description: "Không khí xung quanh: ambient air (QCVN 05:2013/BTNMT)." },
    SURFACE_WATER: { description: "Nước mặt: surface water (QCVN 08-MT:2015/BTNMT)." },
    WASTEWATER: { description: "Nước thải công nghiệp: industrial wastewater (QCVN 40:2011/BTNMT)." },
    GROUNDWATER: { description: "Nước dưới đất: groundwater (QCVN 09-MT:2015/BTNMT)." },
  },
});

/** How a time series is bucketed; every bucket is a UTC hour, UTC day or UTC calendar month. */
export enum Aggregate {
  HOUR = "HOUR",
  DAY = "DAY",
  MONTH = "MONTH",
}

registerEnumType(Aggregate, {
  name: "MonitoringAggregate",
  description: "Buckets of a series of samples, in UTC (a UTC day starts at 07:00 Viet Nam time).",
  valuesConfig: {
    HOUR: { description: "Each UTC hour." },
    DAY: { description: "Each UTC day (00:00–24:00 UTC)." },
    MONTH: { description: "Each UTC calendar month." },
  },
});
