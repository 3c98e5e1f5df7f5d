import { seedModelsFirst } from "./models-data-1";
import { seedModelsSecond } from "./models-data-2";
import { seedModelsThird } from "./models-data-3";
import type { SeedModel } from "./seed-model";

export type { SeedModel } from "./seed-model";

/** The demo catalogue (described in seed-model.ts), in three files of about 300 lines, in seeding order. */
export const seedModels: SeedModel[] = [...seedModelsFirst, ...seedModelsSecond, ...seedModelsThird];
