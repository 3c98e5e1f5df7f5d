import { redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { getFabriqueSilence, updateFabriqueSilence } from "../../server/reminders/fabrique-silence";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/fabrique-silence";

const text = fr.reminders.silence;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.title, { name: loaderData.silence.fabrique.name }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/** The Fabrique's days of silence per stage: its admins only; 404 for anyone else. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  return {
    silence: valueOr404(await getFabriqueSilence(context.deps, actor, params.slug)),
    saved: doneFlag(request, ["enregistre"] as const) !== null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const input = Object.fromEntries(Object.keys(form.input).map((key) => [key, form.text(key)]));
  const result = await updateFabriqueSilence(context.deps, actor, params.slug, input);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/fabriques/${params.slug}/silence?done=enregistre`);
}

/** One number per working stage, empty for the installation's value: a plain form. */
export default function FabriqueSilencePage() {
  const { silence, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const stageNames = fr.initiatives.stages;
  return (
    <div className="stack">
      <p>
        <a href={`/fabriques/${silence.fabrique.slug}`}>{silence.fabrique.name}</a>
      </p>
      <h1>{t(text.title, { name: silence.fabrique.name })}</h1>
      <p className="lead">{text.intro}</p>
      {saved ? (
        <p className="notice notice--success" role="status">
          {text.saved}
        </p>
      ) : null}
      <ErrorSummary failure={failure} labels={stageNames} />
      <form method="post" className="stack">
        <CsrfInput />
        <p>{text.help}</p>
        {silence.stages.map(({ stage, days, installation }) => (
          <Field
            key={stage}
            name={stage}
            label={`${stageNames[stage]} — ${text.days}`}
            inputMode="numeric"
            help={t(text.installation, { days: installation === 0 ? text.never : String(installation) })}
            defaultValue={failure ? failure.values[stage] : days === null ? "" : String(days)}
            error={failure?.fields[stage]}
          />
        ))}
        <p>
          <button type="submit" className="button">
            {text.save}
          </button>
        </p>
      </form>
    </div>
  );
}
