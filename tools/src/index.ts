export * from "./compose";
export * from "./federation";
export * from "./ports";
export * from "./registry";
