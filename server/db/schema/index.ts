export * from "./accounts";
export * from "./mail";
export * from "./network";
export * from "./system";
export * from "./territories";
