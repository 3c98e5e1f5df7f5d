export * from "./accounts";
export * from "./catalogue";
export * from "./mail";
export * from "./network";
export * from "./offer";
export * from "./signals";
export * from "./system";
export * from "./territories";
