import { Form } from "react-router";
import type { InitiativeDetails, InitiativeMoveOption } from "../../server/initiatives/get-initiative";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { Field, type FormFailure } from "../ui/form";

/** The sections of an initiative's overview page (`routes/initiative.tsx`), one component each. */

const text = fr.initiatives.overview;
const labels = fr.initiatives.fields;

/** The facts of the initiative in a definition list: entry point, territory, themes, people, links. */
function FactList({
  initiative,
  themeLabels,
}: {
  initiative: InitiativeDetails;
  themeLabels: Record<string, string>;
}) {
  return (
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
      <dd>{initiative.publics.map((code) => inclusionPublicLabels.get(code) ?? code).join(", ") || "—"}</dd>
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
        {initiative.model ? <a href={`/catalogue/${initiative.model.id}`}>{initiative.model.title}</a> : "—"}
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
  );
}

/** What the initiative is: description, facts, origin signals and the team's private notes. */
export function InitiativeFacts({
  initiative,
  themeLabels,
}: {
  initiative: InitiativeDetails;
  themeLabels: Record<string, string>;
}) {
  return (
    <section aria-labelledby="fiche-titre" className="stack">
      <h2 id="fiche-titre">{text.facts}</h2>
      {initiative.description ? <p className="pre-line">{initiative.description}</p> : null}
      <FactList initiative={initiative} themeLabels={themeLabels} />
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
  );
}

/**
 * One move to another stage: what blocks it, and what it asks (a reason, a wake-up date). Its
 * fields are prefixed with the stage (`dormant-reason`) so ids stay unique on the page.
 */
function MoveForm({ move, failed }: { move: InitiativeMoveOption; failed: FormFailure | undefined }) {
  const prefix = `${move.to}-`;
  const errors = failed?.fields ?? {};
  const typed = (key: string) =>
    typeof failed?.values[key] === "string" ? (failed.values[key] as string) : undefined;
  return (
    <Form method="post" noValidate className="card stack" aria-labelledby={`${prefix}titre`}>
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
}

const isMain = (move: InitiativeMoveOption) => move.kind === "forward" || move.kind === "wakeUp";

/** The moves to the next stages, the others (pause, abandon…) folded away unless one failed. */
export function InitiativeMoves({
  moves,
  failure,
}: {
  moves: readonly InitiativeMoveOption[];
  failure: FormFailure | undefined;
}) {
  const failedTo = typeof failure?.values.to === "string" ? failure.values.to : null;
  const form = (move: InitiativeMoveOption) => (
    <MoveForm key={move.to} move={move} failed={failedTo === move.to ? failure : undefined} />
  );
  const others = moves.filter((move) => !isMain(move));
  return (
    <section aria-labelledby="etapes-titre" className="stack">
      <h2 id="etapes-titre">{text.moves}</h2>
      <p>{text.movesHelp}</p>
      {moves.filter(isMain).map(form)}
      {others.length ? (
        <details className="stack" open={others.some((move) => move.to === failedTo)}>
          <summary>{text.otherMoves}</summary>
          {others.map(form)}
        </details>
      ) : null}
    </section>
  );
}

/** How many days the initiative spent at each stage. */
export function StageDurations({ durations }: { durations: InitiativeDetails["durations"] }) {
  return (
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
            {durations.map((d) => (
              <tr key={d.stage}>
                <td>{fr.initiatives.stages[d.stage]}</td>
                <td className="num">{t(text.daysValue, { days: d.days })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
