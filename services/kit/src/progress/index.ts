export * from "./latest-reports";
export * from "./period";
export * from "./progress-feed";
export * from "./progress-report-record";
export * from "./report-selection";
export * from "./task-status";
export * from "./vietnam-time";
export * from "./vnd";
