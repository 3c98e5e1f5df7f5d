import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { getInitiative } from "../../server/initiatives/get-initiative";
import { moveInitiative } from "../../server/initiatives/move-initiative";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { Field } from "../ui/form";
import { postedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative";

const text = fr.initiatives.overview;
const labels = fr.initiatives.fields;
const done = ["cree", "etape", "modifie"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${loaderData.initiative.reference} ${loaderData.initiative.title} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const initiative = valueOr404(await getInitiative(context.deps, actor, params.id));
  const themes = await listThemes(context.deps);
  return {
    initiative,
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
  return redirect(`/projets/${params.id}?fait=etape`);
}

export default function InitiativePage() {
  const { initiative, header, themeLabels, done: flag } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failedTo = typeof failure?.values.to === "string" ? failure.values.to : null;
  const flagText = flag ? { cree: text.created, etape: text.moved, modifie: text.saved }[flag] : null;
  const renderMove = (move: (typeof initiative.moves)[number]) => {
    const prefix = `${move.to}-`;
    const failed = failedTo === move.to ? failure : undefined;
    const errors = failed?.fields ?? {};
    const typed = (key: string) =>
      typeof failed?.values[key] === "string" ? (failed.values[key] as string) : undefined;
    return (
      <Form method="post" noValidate className="card stack" key={move.to} aria-labelledby={`${prefix}titre`}>
        <h3 id={`${prefix}titre`}>{move.label}</h3>
        <CsrfInput />
        <input type="hidden" name="to" value={move.to} />
        {failed?.message ? (
          <p className="field__error" role="alert">
            {failed.message}
          </p>
        ) : null}
        {move.blockedBy.length ? (
          <div className="notice">
            <p>{text.blocked}</p>
            <ul>
              {move.blockedBy.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {move.asks.wakeUpOn ? (
          <Field
            name={`${prefix}wakeUpOn`}
            label={text.wakeUpOn}
            type="date"
            required
            defaultValue={typed("wakeUpOn")}
            error={errors.wakeUpOn}
          />
        ) : null}
        {move.asks.reason ? (
          <Field
            name={`${prefix}reason`}
            label={text.reason}
            required
            multiline
            defaultValue={typed("reason")}
            error={errors.reason}
          />
        ) : null}
        <button type="submit" className="button button--secondary" disabled={move.blockedBy.length > 0}>
          {move.label}
        </button>
      </Form>
    );
  };

  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="overview" />
      {flagText ? (
        <p className="notice notice--success" role="status">
          {flagText}
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

      <section aria-labelledby="fiche-titre" className="stack">
        <h2 id="fiche-titre">{text.facts}</h2>
        {initiative.description ? <p className="pre-line">{initiative.description}</p> : null}
        <dl className="facts">
          <dt>{labels.entryPoint}</dt>
          <dd>{fr.initiatives.entryPoints[initiative.entryPoint]}</dd>
          <dt>{labels.territory}</dt>
          <dd>
            <a href={`/territoires/${initiative.territoryKind}/${initiative.territoryCode}`}>
              {initiative.territoryName ?? initiative.territoryCode}
            </a>
          </dd>
          <dt>{labels.themes}</dt>
          <dd>{initiative.themes.map((code) => themeLabels[code] ?? code).join(", ") || "—"}</dd>
          <dt>{labels.publics}</dt>
          <dd>
            {initiative.publics.map((code) => inclusionPublicLabels.get(code) ?? code).join(", ") || "—"}
          </dd>
          <dt>{text.fabrique}</dt>
          <dd>{initiative.fabriqueName}</dd>
          <dt>{labels.officerUserId}</dt>
          <dd>{initiative.officer?.name ?? "—"}</dd>
          <dt>{labels.commissionerOrganisationId}</dt>
          <dd>
            {initiative.commissioner ? (
              <a href={`/acteurs/${initiative.commissioner.id}`}>{initiative.commissioner.name}</a>
            ) : (
              "—"
            )}
          </dd>
          <dt>{labels.modelId}</dt>
          <dd>
            {initiative.model ? (
              <a href={`/catalogue/${initiative.model.id}`}>{initiative.model.title}</a>
            ) : (
              "—"
            )}
          </dd>
          <dt>{labels.programmeIds}</dt>
          <dd>{initiative.programmes.map((p) => p.name).join(", ") || "—"}</dd>
          {initiative.stage === "dormant" && initiative.wakeUpOn ? (
            <>
              <dt>{text.wakeUpOn}</dt>
              <dd>{formatDate(initiative.wakeUpOn)}</dd>
            </>
          ) : null}
          {initiative.stage === "abandoned" ? (
            <>
              <dt>{text.abandonReason}</dt>
              <dd>{initiative.abandonReason}</dd>
            </>
          ) : null}
        </dl>
        {initiative.signals.length ? (
          <>
            <h3>{labels.signalIds}</h3>
            <ul>
              {initiative.signals.map((s) => (
                <li key={s.id}>
                  <a href={`/signaux/${s.id}`}>{s.reference}</a> — {s.title}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {initiative.privateNotes ? (
          <div className="card">
            <h3>{labels.privateNotes}</h3>
            <p className="pre-line">{initiative.privateNotes}</p>
          </div>
        ) : null}
      </section>

      {initiative.access.canMove ? (
        <section aria-labelledby="etapes-titre" className="stack">
          <h2 id="etapes-titre">{text.moves}</h2>
          <p>{text.movesHelp}</p>
          {initiative.moves
            .filter((move) => move.kind === "forward" || move.kind === "wakeUp")
            .map(renderMove)}
          {initiative.moves.some((move) => move.kind !== "forward" && move.kind !== "wakeUp") ? (
            <details
              className="stack"
              open={initiative.moves.some(
                (move) => move.to === failedTo && move.kind !== "forward" && move.kind !== "wakeUp",
              )}
            >
              <summary>{text.otherMoves}</summary>
              {initiative.moves
                .filter((move) => move.kind !== "forward" && move.kind !== "wakeUp")
                .map(renderMove)}
            </details>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="durees-titre" className="stack">
        <h2 id="durees-titre">{text.durations}</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{text.durations}</caption>
            <thead>
              <tr>
                <th scope="col">{text.stage}</th>
                <th scope="col" className="num">
                  {text.days}
                </th>
              </tr>
            </thead>
            <tbody>
              {initiative.durations.map((d) => (
                <tr key={d.stage}>
                  <td>{fr.initiatives.stages[d.stage]}</td>
                  <td className="num">{t(text.daysValue, { days: d.days })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
