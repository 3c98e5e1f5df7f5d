import type { ModelFieldsInput } from "../model-schemas";

/**
 * The demo catalogue: real replicable activities listed in domain.md §4, described in our own
 * words from the sources cited with each one. Facts the sources do not give (budgets, jobs) are
 * left empty rather than guessed. Where a source only names a site, the link is the site.
 */
export type SeedModel = ModelFieldsInput & {
  externalId: string;
  /** Proposed by a demo Fabrique and still a draft; otherwise published by the network. */
  draftOf?: "emergence" | "atis";
};

export const AVISE_SEED =
  "https://www.avise.org/actualites/ptit-dej-avise-2-accompagner-linnovation-sociale-au-service-des-territoires";
