import type { ReactNode } from "react";
import { Form } from "react-router";
import type {
  CarrierCandidateView,
  FollowUpView,
  HandoverView,
  OutcomeView,
} from "../../server/carriers/get-carrier-dossier";
import type { DossierWrite } from "../../server/initiatives/dossier-write-rules";
import { formatEuros, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { formatFte } from "../catalogue/format";
import { WriteBlocked } from "../initiatives/write-blocked";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import type { FormValues } from "../ui/form";
import { CarrierCandidatesTable } from "./carrier-candidates-table";
import {
  CandidateForm,
  FollowUpForm,
  type FormState,
  HandoverForm,
  InviteForm,
  OutcomeForm,
} from "./carrier-forms";
import { jobsSummary } from "./jobs-summary";

/** The sections of an initiative's carrier page (`routes/initiative-carrier.tsx`), one component each. */

const text = fr.carriers;

type Option = { value: string; label: string };

/** What every section's forms need from the page. */
export type SectionForms = {
  /** Why each write is refused at this stage or state (`dossier-write-rules.ts`), or null. */
  blocks: Record<DossierWrite, string | null>;
  /** A form's starting values and failure: the posted ones if it was the form posted. */
  stateFor: (intent: string, stored: FormValues) => FormState;
  /** Changes on each navigation, so the forms start again from what is stored after a success. */
  formKey: string;
};

/** Full-time equivalents, stored in hundredths. */
export const fte = (hundredths: number) => formatFte(hundredths / 100);

/** The form, or why the dossier does not take this write now. */
function Blockable({ reason, children }: { reason: string | null; children: ReactNode }) {
  return reason ? <WriteBlocked reason={reason} /> : children;
}

/** The carrier account's links to its own organisation cards, which it may keep up to date. */
export function OwnCardLinks({
  initiativeId,
  cards,
}: {
  initiativeId: string;
  cards: readonly CarrierCandidateView[];
}) {
  if (!cards.length) return null;
  return (
    <ul id="structure">
      {cards.map((c) => (
        <li key={c.id}>
          <a href={`/projets/${initiativeId}/porteur/structure/${c.organisationId}`}>
            {t(text.ownCard.link, { name: c.organisationName ?? c.name })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The carriers considered; the team adds one. */
export function CandidatesSection({
  candidates,
  isTeam,
  forms,
  organisations,
  contacts,
}: {
  candidates: CarrierCandidateView[];
  isTeam: boolean;
  forms: SectionForms;
  organisations: Option[];
  contacts: Option[];
}) {
  const { blocks } = forms;
  const chosen = candidates.some((c) => c.status === "chosen");
  const hasLead = candidates.some((c) => c.status === "chosen" && c.lead);
  return (
    <section aria-labelledby="porteurs-titre" className="stack" id="porteurs">
      <h2 id="porteurs-titre">{text.candidatesTitle}</h2>
      {candidates.length ? (
        <CarrierCandidatesTable
          candidates={candidates}
          canChoose={isTeam && !blocks["carrier.choose"]}
          canDecline={isTeam && !blocks["carrier.consider"]}
        />
      ) : (
        <EmptyState title={text.noCandidate} />
      )}
      {chosen && !hasLead ? <p>{text.noLead}</p> : null}
      {isTeam ? (
        <Blockable reason={blocks["carrier.consider"]}>
          <CandidateForm
            key={forms.formKey}
            state={forms.stateFor("candidate", {})}
            organisations={organisations}
            contacts={contacts}
          />
        </Blockable>
      ) : null}
    </section>
  );
}

/** What was handed over to the lead carrier, and the form that records it. */
export function HandoverSection({
  handover,
  hasLead,
  canEdit,
  forms,
}: {
  handover: HandoverView | null;
  hasLead: boolean;
  canEdit: boolean;
  forms: SectionForms;
}) {
  return (
    <section aria-labelledby="transmission-titre" className="stack" id="transmission">
      <h2 id="transmission-titre">{text.handoverTitle}</h2>
      {handover ? (
        <div className="card stack">
          <p>
            {t(text.handoverSummary, {
              name: handover.carrierName,
              date: formatDate(handover.handedOverOn),
            })}
          </p>
          <ul>
            {handover.transferred.map((item) => (
              <li key={item}>{text.items[item]}</li>
            ))}
          </ul>
          {handover.conditions ? <p>{handover.conditions}</p> : null}
          {handover.coCarrierNames.length ? (
            <p>{t(text.handoverCoCarriers, { names: handover.coCarrierNames.join(", ") })}</p>
          ) : null}
        </div>
      ) : (
        <p>{text.handoverNone}</p>
      )}
      {canEdit ? (
        <Blockable reason={forms.blocks["handover.record"]}>
          {hasLead ? (
            <HandoverForm
              key={forms.formKey}
              state={forms.stateFor("handover", {
                transferred: handover?.transferred ?? [],
                conditions: handover?.conditions ?? "",
                handedOverOn: handover?.handedOverOn ?? "",
              })}
            />
          ) : (
            <p>{text.handoverNeedsCarrier}</p>
          )}
        </Blockable>
      ) : null}
    </section>
  );
}

/** Who holds a carrier account, who is invited, and the form that invites. */
export function AccountSection({
  carrierAccounts,
  pendingInvitations,
  hasLead,
  isTeam,
  forms,
}: {
  carrierAccounts: readonly { name: string }[];
  pendingInvitations: readonly { email: string }[];
  hasLead: boolean;
  isTeam: boolean;
  forms: SectionForms;
}) {
  return (
    <section aria-labelledby="compte-titre" className="stack" id="compte">
      <h2 id="compte-titre">{text.accountTitle}</h2>
      <p>{text.accountHelp}</p>
      <p>
        {carrierAccounts.length
          ? t(text.accounts, { names: carrierAccounts.map((a) => a.name).join(", ") })
          : text.noAccount}
      </p>
      {pendingInvitations.length ? (
        <p>
          {t(text.pendingInvitations, {
            emails: pendingInvitations.map((i) => i.email).join(", "),
          })}
        </p>
      ) : null}
      {isTeam ? (
        <Blockable reason={forms.blocks["carrier.invite"]}>
          {hasLead ? (
            <InviteForm key={forms.formKey} state={forms.stateFor("invite", {})} />
          ) : (
            <p>{text.accountNeedsCarrier}</p>
          )}
        </Blockable>
      ) : null}
    </section>
  );
}

/** The launched activity, as recorded. */
function OutcomeSummary({ outcome }: { outcome: OutcomeView }) {
  return (
    <div className="card stack">
      <p>
        {t(text.outcome.summary, {
          kind: text.outcome.kinds[outcome.kind],
          activity: outcome.activityName,
          date: formatDate(outcome.openedOn),
        })}
      </p>
      {outcome.modelId ? (
        <p>
          <a href={`/catalogue/${outcome.modelId}`}>{outcome.modelTitle}</a>
        </p>
      ) : null}
      {outcome.organisationName ? <p>{outcome.organisationName}</p> : null}
      <p>{jobsSummary(outcome, fte)}</p>
      {outcome.note ? <p>{outcome.note}</p> : null}
      {outcome.proposedModelId ? (
        <p>
          <a href={`/catalogue/${outcome.proposedModelId}`}>
            {t(text.outcome.proposedLink, { title: outcome.proposedModelTitle ?? "" })}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** The outcome form's starting values: what is stored, FTEs written as the form takes them. */
function storedOutcome(outcome: OutcomeView | null): FormValues {
  if (!outcome) return {};
  return {
    kind: outcome.kind,
    modelId: outcome.modelId ?? "",
    organisationId: outcome.organisationId ?? "",
    activityName: outcome.activityName,
    openedOn: outcome.openedOn,
    jobs: fte(outcome.jobsFteHundredths),
    insertionJobs: fte(outcome.insertionFteHundredths),
    disabilityJobs: fte(outcome.disabilityFteHundredths),
    note: outcome.note,
  };
}

/** The team's offer to add a new activity to the catalogue as a model. */
function ProposeModel() {
  return (
    <div className="card stack" id="propose">
      <h3>{text.outcome.proposeTitle}</h3>
      <p>{text.outcome.proposeHelp}</p>
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="intent" value="propose" />
        <button type="submit" className="button button--secondary">
          {text.outcome.propose}
        </button>
      </Form>
    </div>
  );
}

/** The launch: what opened, the form that records it, and the proposal of a new model. */
export function OutcomeSection({
  outcome,
  isTeam,
  forms,
  models,
  organisations,
}: {
  outcome: OutcomeView | null;
  isTeam: boolean;
  forms: SectionForms;
  models: Option[];
  organisations: Option[];
}) {
  const { blocks } = forms;
  const canPropose = isTeam && outcome && outcome.kind !== "replication" && !outcome.proposedModelId;
  return (
    <section aria-labelledby="lancement-titre" className="stack" id="lancement">
      <h2 id="lancement-titre">{text.outcome.title}</h2>
      {outcome ? <OutcomeSummary outcome={outcome} /> : <p>{text.outcome.none}</p>}
      {isTeam && blocks["outcome.record"] ? <WriteBlocked reason={blocks["outcome.record"]} /> : null}
      {isTeam && !blocks["outcome.record"] ? (
        <OutcomeForm
          key={forms.formKey}
          state={forms.stateFor("outcome", storedOutcome(outcome))}
          models={models}
          organisations={organisations}
        />
      ) : null}
      {canPropose && !blocks["outcome.proposeModel"] ? <ProposeModel /> : null}
    </section>
  );
}

function FollowUpTable({ followUps }: { followUps: readonly FollowUpView[] }) {
  const fields = text.followUp.fields;
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.followUp.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{fields.milestoneMonths}</th>
            <th scope="col">{fields.measuredOn}</th>
            <th scope="col">{fields.stillRunning}</th>
            <th scope="col">{fields.jobs}</th>
            <th scope="col">{fields.insertionJobs}</th>
            <th scope="col">{fields.disabilityJobs}</th>
            <th scope="col">{fields.turnoverBand}</th>
            <th scope="col">{fields.revenue}</th>
            <th scope="col">{fields.beneficiaries}</th>
            <th scope="col">{fields.note}</th>
          </tr>
        </thead>
        <tbody>
          {followUps.map((f) => (
            <tr key={f.milestoneMonths}>
              <th scope="row">{t(text.followUp.milestone, { months: f.milestoneMonths })}</th>
              <td>{formatDate(f.measuredOn)}</td>
              <td>{f.stillRunning ? text.followUp.running.yes : text.followUp.stopped}</td>
              <td>{fte(f.jobsFteHundredths)}</td>
              <td>{fte(f.insertionFteHundredths)}</td>
              <td>{fte(f.disabilityFteHundredths)}</td>
              <td>{f.turnoverBand ? text.followUp.turnoverBands[f.turnoverBand] : "—"}</td>
              <td>{f.revenueCents === null ? "—" : formatEuros(f.revenueCents)}</td>
              <td>{f.beneficiaries === null ? "—" : formatInteger(f.beneficiaries)}</td>
              <td>{f.note || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The follow-ups after the launch, and the form that records one. */
export function FollowUpSection({
  followUps,
  hasOutcome,
  canEdit,
  forms,
}: {
  followUps: FollowUpView[];
  hasOutcome: boolean;
  canEdit: boolean;
  forms: SectionForms;
}) {
  return (
    <section aria-labelledby="suivi-titre" className="stack" id="suivi">
      <h2 id="suivi-titre">{text.followUp.title}</h2>
      {followUps.length ? <FollowUpTable followUps={followUps} /> : <p>{text.followUp.none}</p>}
      {canEdit ? (
        <Blockable reason={forms.blocks["followUp.record"]}>
          {hasOutcome ? (
            <FollowUpForm key={forms.formKey} state={forms.stateFor("follow_up", {})} />
          ) : (
            <p>{text.followUp.needsOutcome}</p>
          )}
        </Blockable>
      ) : null}
    </section>
  );
}
