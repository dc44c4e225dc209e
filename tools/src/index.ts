export * from "./compose";
export * from "./federation";
export * from "./local-auth";
export * from "./ports";
export * from "./progress-feed-wait";
export * from "./registry";
