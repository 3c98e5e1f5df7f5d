import { accountsApiRoutes } from "../accounts/api";
import { campaignApiRoutes } from "../campaigns/api";
import { carrierApiRoutes } from "../carriers/api";
import { catalogueApiRoutes } from "../catalogue/api";
import { forecastApiRoutes } from "../forecasts/api";
import { initiativeApiRoutes } from "../initiatives/api";
import { meetingApiRoutes } from "../meetings/api";
import { networkApiRoutes } from "../network/api";
import { notificationApiRoutes } from "../notifications/api";
import { offerApiRoutes } from "../offer/api";
import { openDataApiRoutes } from "../open-data/api";
import { organisationApiRoutes } from "../organisations/api";
import { reportApiRoutes } from "../reports/api";
import { signalApiRoutes } from "../signals/api";
import { studyApiRoutes } from "../studies/api";
import { territoryApiRoutes } from "../territories/api";
import type { ApiRoute } from "./api-route";

/** Every v1 route, by domain. Each domain exports its list from `<domain>/api.ts`. */
export function apiRoutes(): ApiRoute[] {
  return [
    ...accountsApiRoutes,
    ...networkApiRoutes,
    ...territoryApiRoutes,
    ...catalogueApiRoutes,
    ...offerApiRoutes,
    ...signalApiRoutes,
    ...campaignApiRoutes,
    ...forecastApiRoutes,
    ...initiativeApiRoutes,
    ...studyApiRoutes,
    ...carrierApiRoutes,
    ...meetingApiRoutes,
    ...organisationApiRoutes,
    ...reportApiRoutes,
    ...openDataApiRoutes,
    ...notificationApiRoutes,
  ];
}
