export * from "./compose";
export * from "./federation";
export * from "./ports";
export * from "./registry";
export * from "./local-auth";
