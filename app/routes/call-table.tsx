import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { proposeRanking } from "../../server/calls/aggregate";
import { getJuryTable } from "../../server/calls/get-jury-table";
import { getTeamCall } from "../../server/calls/get-team-call";
import { saveDeliberation } from "../../server/calls/save-deliberation";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";
import { type PostedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-table";

const text = fr.calls.table;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.title, { title: loaderData.table.title }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/**
 * The jury's table (mean out of 100, spread, each criterion's mean), rows in the order of their
 * means; for the team, the deliberation: a proposed ranking and notes. The call's team and jury only.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { deadlineAt: _d, ...table } = valueOr404(await getJuryTable(context.deps, actor, params.id));
  const team = table.seat.isTeam ? valueOr404(await getTeamCall(context.deps, actor, params.id)) : null;
  return {
    table: { ...table, rows: proposeRanking(table.rows) },
    deliberation: team ? { notes: team.deliberationNotes, open: team.juryTime } : null,
    done: doneFlag(request, ["saved"] as const),
  };
}

function deliberationFrom(form: PostedForm) {
  const ranks: Record<string, string> = {};
  for (const [name, value] of Object.entries(form.values)) {
    if (name.startsWith("ranks.") && typeof value === "string") ranks[name.slice(6)] = value;
  }
  return { ranks, notes: form.text("notes") };
}

/** The team saves its deliberation. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const saved = await saveDeliberation(context.deps, actor, params.id, deliberationFrom(form));
  if (!saved.ok) return replyFailure(saved, form, { forbidden: "explain", nestedFields: true });
  return redirect(`/appels/${params.id}/tableau?done=saved`);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function ScoreTable({ table }: { table: Loaded["table"] }) {
  const columns = text.columns;
  const figure = (visible: boolean, value: number | null) =>
    visible ? (value === null ? text.none : String(value).replace(".", ",")) : text.hidden;
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.reviews}</th>
            <th scope="col">{columns.mean}</th>
            <th scope="col">{columns.spread}</th>
            {table.criteria.map((c) => (
              <th scope="col" key={c.id}>
                {c.label} (/{c.scaleMax}, ×{c.weight})
              </th>
            ))}
            <th scope="col">{columns.rank}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.applicationId}>
              <th scope="row">{row.name}</th>
              <td>{row.figuresVisible ? `${row.reviewCount} / ${table.jurorCount}` : text.hidden}</td>
              <td>{figure(row.figuresVisible, row.mean)}</td>
              <td>{figure(row.figuresVisible, row.spread)}</td>
              {row.perCriterion.map((value, i) => (
                <td key={table.criteria[i]?.id ?? i}>{figure(row.figuresVisible, value)}</td>
              ))}
              <td>{row.proposedRank ?? text.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Deliberation({ loaded, failure }: { loaded: Loaded; failure: FormFailure | undefined }) {
  const { table, deliberation } = loaded;
  if (!deliberation) return null;
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const labels: Record<string, string> = { notes: text.notes, ranks: fr.calls.table.columns.rank };
  for (const row of table.rows) labels[`ranks.${row.applicationId}`] = t(text.rankLabel, { name: row.name });
  return (
    <section aria-labelledby="deliberation-titre" className="stack">
      <h2 id="deliberation-titre">{text.deliberationTitle}</h2>
      {deliberation.open ? (
        <Form method="post" className="stack" noValidate>
          <CsrfInput />
          <p>{text.deliberationIntro}</p>
          <ErrorSummary failure={failure} labels={labels} />
          {table.rows.map((row) => (
            <Field
              key={row.applicationId}
              name={`ranks.${row.applicationId}`}
              label={t(text.rankLabel, { name: row.name })}
              inputMode="numeric"
              defaultValue={
                values[`ranks.${row.applicationId}`] ?? (row.proposedRank ? String(row.proposedRank) : "")
              }
              error={errors[`ranks.${row.applicationId}`] ?? errors.ranks}
            />
          ))}
          <Field
            name="notes"
            label={text.notes}
            multiline
            defaultValue={values.notes ?? deliberation.notes}
            error={errors.notes}
          />
          <div className="actions">
            <button type="submit" className="button">
              {text.save}
            </button>
          </div>
        </Form>
      ) : (
        <>
          <p className="notice">{text.closedNotice}</p>
          {deliberation.notes ? (
            <p className="prewrap">{t(text.notesReadOnly, { notes: deliberation.notes })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}

export default function CallTable() {
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { table, done } = loaded;
  return (
    <div className="stack">
      <p>
        <a href={table.seat.isTeam ? `/appels/${table.callId}/gestion` : `/appels/${table.callId}/jury`}>
          {table.seat.isTeam ? fr.calls.manage.back : fr.calls.jury.backToList}
        </a>
      </p>
      <h1>{t(text.title, { title: table.title })}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {text.saved}
        </p>
      ) : null}
      <p className="lead">{text.intro}</p>
      {table.seat.isJuror ? <p className="muted">{text.hiddenNotice}</p> : null}
      {table.rows.length ? <ScoreTable table={table} /> : <p>{text.empty}</p>}
      <Deliberation loaded={loaded} failure={failure} />
      {table.seat.isTeam ? (
        <p>
          <a href={`/appels/${table.callId}/decision`}>{fr.calls.manage.decide}</a>
        </p>
      ) : null}
    </div>
  );
}
