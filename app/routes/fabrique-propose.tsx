import { useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { getPublicFabrique } from "../../server/network/get-public-fabrique";
import { signFormStamp } from "../../server/signals/form-stamp";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { valueOr404 } from "../network/page-results";
import { PublicSignalForm } from "../signals/public-signal-form";
import { submitPublicSignal } from "../signals/submit-public-signal";
import type { Route } from "./+types/fabrique-propose";

const text = fr.signals.public;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${text.title} — ${loaderData.fabrique.name} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

/** The public form of a Fabrique: no account; the page carries the signed time it was served. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const fabrique = valueOr404(await getPublicFabrique(context.deps, params.slug));
  return {
    fabrique,
    themes: await listThemes(context.deps),
    stamp: signFormStamp(context.deps.config.secret, context.deps.clock.now()),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  valueOr404(await getPublicFabrique(context.deps, params.slug));
  return submitPublicSignal(context, request, { fabrique: params.slug });
}

export default function FabriquePropose() {
  const { fabrique, themes, stamp } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href={`/f/${fabrique.slug}`}>{fabrique.name}</a>
      </p>
      <h1>{text.title}</h1>
      <p className="lead">{t(text.intro, { fabrique: fabrique.name })}</p>
      <PublicSignalForm fabrique={fabrique} themes={themes} stamp={stamp} failure={failure} />
    </div>
  );
}
