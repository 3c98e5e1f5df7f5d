export * from "./accounts";
export * from "./catalogue";
export * from "./mail";
export * from "./network";
export * from "./offer";
export * from "./system";
export * from "./territories";
