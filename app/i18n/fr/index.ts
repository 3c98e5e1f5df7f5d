import { common } from "./common";
import { errors } from "./errors";
import { home } from "./home";

/**
 * The French catalogue. Each domain owns one file (accounts.ts, network.ts…) merged here,
 * so two people adding strings to different domains never edit the same file.
 */
export const fr = {
  common,
  errors,
  home,
} as const;

export type Catalogue = typeof fr;
