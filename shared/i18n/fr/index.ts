import { accounts } from "./accounts";
import { campaigns } from "./campaigns";
import { carriers } from "./carriers";
import { catalogue } from "./catalogue";
import { common } from "./common";
import { conversations } from "./conversations";
import { errors } from "./errors";
import { forecasts } from "./forecasts";
import { home } from "./home";
import { initiatives } from "./initiatives";
import { meetings } from "./meetings";
import { network } from "./network";
import { notifications } from "./notifications";
import { offer } from "./offer";
import { openData } from "./open-data";
import { organisations } from "./organisations";
import { reminders } from "./reminders";
import { reportExports } from "./report-exports";
import { reports } from "./reports";
import { savedViews } from "./saved-views";
import { signals } from "./signals";
import { similar } from "./similar";
import { studies } from "./studies";
import { territories } from "./territories";
import { validation } from "./validation";

/**
 * The French catalogue. Each domain owns one file (accounts.ts, network.ts…) merged here,
 * so two people adding strings to different domains never edit the same file.
 */
export const fr = {
  accounts,
  campaigns,
  carriers,
  catalogue,
  common,
  conversations,
  errors,
  forecasts,
  home,
  initiatives,
  meetings,
  network,
  notifications,
  offer,
  openData,
  organisations,
  reminders,
  reportExports,
  reports,
  savedViews,
  signals,
  similar,
  studies,
  territories,
  validation,
} as const;

export type Catalogue = typeof fr;
