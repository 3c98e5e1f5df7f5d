import { accounts } from "./accounts";
import { catalogue } from "./catalogue";
import { common } from "./common";
import { errors } from "./errors";
import { home } from "./home";
import { network } from "./network";
import { offer } from "./offer";
import { signals } from "./signals";
import { territories } from "./territories";

/**
 * The French catalogue. Each domain owns one file (accounts.ts, network.ts…) merged here,
 * so two people adding strings to different domains never edit the same file.
 */
export const fr = {
  accounts,
  catalogue,
  common,
  errors,
  home,
  network,
  offer,
  signals,
  territories,
} as const;

export type Catalogue = typeof fr;
