export * from "./auth-checker";
export * from "./auth-config";
export * from "./auth-errors";
export * from "./authenticate";
export * from "./issue-token";
export * from "./principal";
export * from "./verify-token";
