import { useActionData, useLoaderData } from "react-router";
import { getPublicCall } from "../../server/calls/public-calls";
import { fr } from "../../shared/i18n/fr";
import { ApplicationForm } from "../calls/application-form";
import { CallFacts } from "../calls/call-sections";
import { showCall } from "../calls/show-call";
import { submitNewApplication } from "../calls/submit-application";
import { notFound, valueOr404 } from "../network/page-results";
import type { Route } from "./+types/call-public";

const text = fr.calls.pages;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${loaderData.call.title} — ${loaderData.call.fabriqueName} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

async function loadCall(context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const call = valueOr404(await getPublicCall(context.deps, params.id));
  if (call.fabriqueSlug !== params.slug) notFound();
  return call;
}

/** A published call, for anyone: what is offered and expected, who may apply, and the form. */
export async function loader({ context, params }: Route.LoaderArgs) {
  return { call: showCall(await loadCall(context, params)) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const call = await loadCall(context, params);
  return submitNewApplication(context, request, call);
}

export default function CallPublic() {
  const { call } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href={`/f/${call.fabriqueSlug}`}>{call.fabriqueName}</a>
      </p>
      <h1>{call.title}</h1>
      <CallFacts call={call} />
      <section aria-labelledby="candidater-titre" className="stack">
        <h2 id="candidater-titre">{text.formTitle}</h2>
        {call.open ? (
          <>
            <p>{text.formIntro}</p>
            <ApplicationForm questions={call.questions} values={{}} failure={failure} />
          </>
        ) : (
          <p className="notice">{text.closedNotice}</p>
        )}
      </section>
    </div>
  );
}
