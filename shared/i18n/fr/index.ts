import { accounts } from "./accounts";
import { backup } from "./backup";
import { callExports } from "./call-exports";
import { calls } from "./calls";
import { campaigns } from "./campaigns";
import { carriers } from "./carriers";
import { catalogue } from "./catalogue";
import { common } from "./common";
import { conversations } from "./conversations";
import { errors } from "./errors";
import { forecasts } from "./forecasts";
import { home } from "./home";
import { initiatives } from "./initiatives";
import { legal } from "./legal";
import { meetings } from "./meetings";
import { network } from "./network";
import { notifications } from "./notifications";
import { offer } from "./offer";
import { openData } from "./open-data";
import { organisations } from "./organisations";
import { privacy } from "./privacy";
import { reminders } from "./reminders";
import { reportExports } from "./report-exports";
import { reports } from "./reports";
import { savedViews } from "./saved-views";
import { signals } from "./signals";
import { similar } from "./similar";
import { studies } from "./studies";
import { territories } from "./territories";
import { validation } from "./validation";
import { webhooks } from "./webhooks";

/**
 * The French catalogue. Each domain owns one file (accounts.ts, network.ts…) merged here,
 * so two people adding strings to different domains never edit the same file.
 */
export const fr = {
  accounts,
  calls,
  callExports,
  backup,
  campaigns,
  carriers,
  catalogue,
  common,
  conversations,
  errors,
  forecasts,
  home,
  initiatives,
  legal,
  meetings,
  network,
  notifications,
  offer,
  openData,
  organisations,
  reminders,
  privacy,
  reportExports,
  reports,
  savedViews,
  signals,
  similar,
  studies,
  territories,
  validation,
  webhooks,
} as const;

export type Catalogue = typeof fr;
