import { redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { getInitiative } from "../../server/initiatives/get-initiative";
import { moveInitiative } from "../../server/initiatives/move-initiative";
import { getInitiativeSilence } from "../../server/reminders/stale-initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { InitiativeFacts, InitiativeMoves, StageDurations } from "../initiatives/initiative-overview";
import { doneFlag, valueOr404 } from "../network/page-results";
import { postedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative";

const text = fr.initiatives.overview;
const done = ["cree", "etape", "modifie"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${loaderData.initiative.reference} ${loaderData.initiative.title} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const initiative = valueOr404(await getInitiative(context.deps, actor, params.id));
  const themes = await listThemes(context.deps);
  // The flag is the team's business, not the partners' or the carrier's.
  const silence =
    initiative.access.level === "team" ? await getInitiativeSilence(context.deps, initiative) : null;
  return {
    initiative,
    silence: silence && { days: silence.days, threshold: silence.threshold, stage: silence.stage },
    header: initiativeHeaderData(initiative, initiative.access),
    themeLabels: Object.fromEntries(themes.map((theme) => [theme.code, theme.label])),
    done: doneFlag(request, done),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  // Each move's form prefixes its fields (`dormant-reason`) so ids stay unique on the page.
  const posted = await readForm(request);
  const form = postedForm(
    Object.fromEntries(
      Object.entries(posted.input).map(([key, value]) => [
        key.replace(/^[a-z_]+-(reason|wakeUpOn)$/, "$1"),
        value,
      ]),
    ),
  );
  const result = await moveInitiative(context.deps, actor, params.id, {
    to: form.text("to"),
    reason: form.text("reason"),
    wakeUpOn: form.optional("wakeUpOn"),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/projets/${params.id}?done=etape`);
}

export default function InitiativePage() {
  const { initiative, header, themeLabels, done: flag, silence } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const flagText = flag ? { cree: text.created, etape: text.moved, modifie: text.saved }[flag] : null;
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="overview" />
      {flagText ? (
        <p className="notice notice--success" role="status">
          {flagText}
        </p>
      ) : null}
      {silence ? (
        <p className="notice notice--warning">
          {t(fr.reminders.stale.notice, { ...silence, stage: fr.initiatives.stages[silence.stage] })}
        </p>
      ) : null}
      {initiative.summary ? <p className="lead">{initiative.summary}</p> : null}
      {initiative.access.level === "team" ? (
        <p>
          <a className="button button--secondary" href={`/projets/${initiative.id}/modifier`}>
            {text.edit}
          </a>
        </p>
      ) : null}
      <InitiativeFacts initiative={initiative} themeLabels={themeLabels} />
      {initiative.access.canMove ? <InitiativeMoves moves={initiative.moves} failure={failure} /> : null}
      <StageDurations durations={initiative.durations} />
    </div>
  );
}
