export * from "./compose";
export * from "./federation";
export * from "./ports";
export * from "./registry";
export * from "./local-auth";
export * from "./progress-feed-wait";
