import type { EssaimLoadContext } from "../server/http/load-context";

declare module "react-router" {
  interface AppLoadContext extends EssaimLoadContext {}
}
