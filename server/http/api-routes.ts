import { accountsApiRoutes } from "../accounts/api";
import { catalogueApiRoutes } from "../catalogue/api";
import { networkApiRoutes } from "../network/api";
import { offerApiRoutes } from "../offer/api";
import { signalApiRoutes } from "../signals/api";
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
  ];
}
