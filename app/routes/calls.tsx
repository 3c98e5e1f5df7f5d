import { useLoaderData } from "react-router";
import { listPublicCalls } from "../../server/calls/public-calls";
import { fr } from "../../shared/i18n/fr";
import { CallList } from "../calls/call-sections";
import { showCall } from "../calls/show-call";
import type { Route } from "./+types/calls";

const text = fr.calls.pages;

export const meta = () => [{ title: `${text.networkTitle} — ${fr.common.appName}` }];

/** The network's published calls, for anyone. */
export async function loader({ context }: Route.LoaderArgs) {
  return { calls: (await listPublicCalls(context.deps)).map(showCall) };
}

export default function Calls() {
  const { calls } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.networkTitle}</h1>
      <p className="lead">{text.networkIntro}</p>
      <CallList calls={calls} showFabrique />
    </div>
  );
}
