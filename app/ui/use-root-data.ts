import { useRouteLoaderData } from "react-router";
import type { RootData } from "../root";

export function useRootData(): RootData {
  const data = useRouteLoaderData("root") as RootData | undefined;
  if (!data) throw new Error("root loader data is missing");
  return data;
}
