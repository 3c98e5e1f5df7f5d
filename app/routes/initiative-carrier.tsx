import { Form, redirect, useActionData, useLoaderData, useLocation } from "react-router";
import { listCarrierOrganisationIds } from "../../server/carriers/carrier-organisation-access";
import { chooseCarrier, declineCarrier } from "../../server/carriers/choose-carrier";
import { createCarrierCandidate } from "../../server/carriers/create-carrier-candidate";
import { listDirectoryOptions } from "../../server/carriers/directory-check";
import { getCarrierDossier } from "../../server/carriers/get-carrier-dossier";
import { inviteCarrier } from "../../server/carriers/invite-carrier";
import { proposeOutcomeModel } from "../../server/carriers/propose-outcome-model";
import { recordFollowUp } from "../../server/carriers/record-follow-up";
import { recordHandover } from "../../server/carriers/record-handover";
import { recordOutcome } from "../../server/carriers/record-outcome";
import { listReplicableModels } from "../../server/catalogue/list-replicable-models";
import type { Result } from "../../server/core/result";
import { requireActor } from "../../server/http/require-actor";
import { dossierWriteBlocks } from "../../server/initiatives/dossier-write-rules";
import { formatEuros, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CarrierCandidatesTable } from "../carriers/carrier-candidates-table";
import {
  CandidateForm,
  FollowUpForm,
  type FormState,
  HandoverForm,
  InviteForm,
  OutcomeForm,
} from "../carriers/carrier-forms";
import { jobsSummary } from "../carriers/jobs-summary";
import { formatFte } from "../catalogue/format";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { WriteBlocked } from "../initiatives/write-blocked";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative-carrier";

const text = fr.carriers;
const doneFlags = [
  "ajoute",
  "retenu",
  "chef",
  "ecarte",
  "transmis",
  "invite",
  "lance",
  "suivi",
  "propose",
  "structure",
] as const;
type Done = (typeof doneFlags)[number];
const doneMessages: Record<Done, string> = {
  ajoute: text.added,
  retenu: text.chosen,
  chef: text.leadChanged,
  ecarte: text.declined,
  transmis: text.handoverSaved,
  invite: text.invited,
  lance: text.outcome.saved,
  suivi: text.followUp.saved,
  propose: text.outcome.proposed,
  structure: text.ownCard.saved,
};
/** Where each success sends the reader back to (the section's id). */
const doneAnchors: Record<Done, string> = {
  ajoute: "porteurs",
  retenu: "porteurs",
  chef: "porteurs",
  ecarte: "porteurs",
  transmis: "transmission",
  invite: "compte",
  lance: "lancement",
  suivi: "suivi",
  propose: "lancement",
  structure: "structure",
};

export const meta = ({ data: loaded }: Route.MetaArgs) => [
  {
    title: `${text.title} — ${loaded?.header.title ?? fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const dossier = valueOr404(await getCarrierDossier(context.deps, actor, params.id));
  const { initiative, access, ...rest } = dossier;
  const isTeam = access.level === "team";
  const ownIds = await listCarrierOrganisationIds(context.deps, actor, initiative.id);
  const directory = isTeam
    ? await listDirectoryOptions(context.deps, initiative.fabriqueId)
    : { organisations: [], contacts: [] };
  return {
    header: initiativeHeaderData(initiative, access),
    stage: initiative.stage,
    // Why a form is not there: the stage or state of the dossier (`dossier-write-rules.ts`).
    blocks: dossierWriteBlocks(initiative),
    ...rest,
    isTeam,
    canEdit: access.canEdit,
    organisations: directory.organisations.map((o) => ({ value: o.id, label: o.name })),
    contacts: directory.contacts.map((c) => ({
      value: c.id,
      label: c.organisationName ? `${c.name} (${c.organisationName})` : c.name,
    })),
    models: isTeam
      ? (await listReplicableModels(context.deps)).map((m) => ({ value: m.id, label: m.title }))
      : [],
    done: doneFlag(request, doneFlags),
    // The carrier account's own organisation cards, which it may keep up to date.
    ownCards: rest.candidates.filter((c) => c.organisationId && ownIds.includes(c.organisationId)),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const deps = context.deps;
  const id = params.id;
  const candidateId = form.text("candidateId");
  const input = form.input;
  const outcomes: Record<string, () => Promise<{ result: Result<unknown>; done: Done }>> = {
    candidate: async () => ({ result: await createCarrierCandidate(deps, actor, id, input), done: "ajoute" }),
    choose: async () => ({ result: await chooseCarrier(deps, actor, id, candidateId), done: "retenu" }),
    lead: async () => ({
      result: await chooseCarrier(deps, actor, id, candidateId, { lead: true }),
      done: "chef",
    }),
    decline: async () => ({ result: await declineCarrier(deps, actor, id, candidateId), done: "ecarte" }),
    handover: async () => ({ result: await recordHandover(deps, actor, id, input), done: "transmis" }),
    invite: async () => ({ result: await inviteCarrier(deps, actor, id, input), done: "invite" }),
    outcome: async () => ({ result: await recordOutcome(deps, actor, id, input), done: "lance" }),
    follow_up: async () => ({ result: await recordFollowUp(deps, actor, id, input), done: "suivi" }),
    propose: async () => ({ result: await proposeOutcomeModel(deps, actor, id), done: "propose" }),
  };
  const intent = form.text("intent");
  const run = Object.hasOwn(outcomes, intent) ? outcomes[intent] : undefined;
  if (!run) notFound();
  const { result, done } = await run();
  // Candidates and carriers see this page: a refusal is explained, not hidden.
  if (!result.ok) return replyFailure(result, form, { forbidden: "explain" });
  return redirect(`/projets/${id}/porteur?fait=${done}#${doneAnchors[done]}`);
}

export default function InitiativeCarrier() {
  const loaded = useLoaderData<typeof loader>();
  const {
    header,
    candidates,
    handover,
    outcome,
    followUps,
    carrierAccounts,
    pendingInvitations,
    isTeam,
    canEdit,
  } = loaded;
  const posted = useActionData<typeof action>();
  const postedIntent = textValue(posted?.values.intent) ?? "";
  const stateFor = (intent: string, stored: Record<string, string | string[]>): FormState =>
    postedIntent === intent
      ? { values: posted?.values ?? stored, failure: posted ?? null }
      : { values: stored, failure: null };
  const { blocks } = loaded;
  // Each navigation (the redirect after a successful post) remounts the forms: they start from
  // what is stored (empty for a new candidate); a failed post does not navigate and keeps them.
  const { key: formKey } = useLocation();
  const chosen = candidates.find((c) => c.status === "chosen" && c.lead);
  const fte = (hundredths: number) => formatFte(hundredths / 100);
  const canPropose = isTeam && outcome && outcome.kind !== "replication" && !outcome.proposedModelId;
  const otherFailure =
    posted && ["choose", "lead", "decline", "propose"].includes(postedIntent) ? posted.message : null;
  const teamBlock = (reason: string | null, form: React.ReactNode) =>
    reason ? <WriteBlocked reason={reason} /> : form;

  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="carrier" />
      <h2>{text.title}</h2>
      {loaded.done ? (
        <div className="notice notice--success" role="status">
          <p>{doneMessages[loaded.done]}</p>
        </div>
      ) : null}
      {otherFailure ? (
        <div className="error-summary" role="alert">
          <p className="error-summary__message">{otherFailure}</p>
        </div>
      ) : null}
      {!canEdit ? <p>{text.readOnly}</p> : null}
      {loaded.ownCards.length ? (
        <ul id="structure">
          {loaded.ownCards.map((c) => (
            <li key={c.id}>
              <a href={`/projets/${header.id}/porteur/structure/${c.organisationId}`}>
                {t(text.ownCard.link, { name: c.organisationName ?? c.name })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}

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
        {candidates.some((c) => c.status === "chosen") && !chosen ? <p>{text.noLead}</p> : null}
        {isTeam
          ? teamBlock(
              blocks["carrier.consider"],
              <CandidateForm
                key={formKey}
                state={stateFor("candidate", {})}
                organisations={loaded.organisations}
                contacts={loaded.contacts}
              />,
            )
          : null}
      </section>

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
        {canEdit
          ? teamBlock(
              blocks["handover.record"],
              chosen ? (
                <HandoverForm
                  key={formKey}
                  state={stateFor("handover", {
                    transferred: handover?.transferred ?? [],
                    conditions: handover?.conditions ?? "",
                    handedOverOn: handover?.handedOverOn ?? "",
                  })}
                />
              ) : (
                <p>{text.handoverNeedsCarrier}</p>
              ),
            )
          : null}
      </section>

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
        {isTeam
          ? teamBlock(
              blocks["carrier.invite"],
              chosen ? (
                <InviteForm key={formKey} state={stateFor("invite", {})} />
              ) : (
                <p>{text.accountNeedsCarrier}</p>
              ),
            )
          : null}
      </section>

      <section aria-labelledby="lancement-titre" className="stack" id="lancement">
        <h2 id="lancement-titre">{text.outcome.title}</h2>
        {outcome ? (
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
        ) : (
          <p>{text.outcome.none}</p>
        )}
        {isTeam && blocks["outcome.record"] ? <WriteBlocked reason={blocks["outcome.record"]} /> : null}
        {isTeam && !blocks["outcome.record"] ? (
          <OutcomeForm
            key={formKey}
            state={stateFor(
              "outcome",
              outcome
                ? {
                    kind: outcome.kind,
                    modelId: outcome.modelId ?? "",
                    organisationId: outcome.organisationId ?? "",
                    activityName: outcome.activityName,
                    openedOn: outcome.openedOn,
                    jobs: fte(outcome.jobsFteHundredths),
                    insertionJobs: fte(outcome.insertionFteHundredths),
                    disabilityJobs: fte(outcome.disabilityFteHundredths),
                    note: outcome.note,
                  }
                : {},
            )}
            models={loaded.models}
            organisations={loaded.organisations}
          />
        ) : null}
        {canPropose && !blocks["outcome.proposeModel"] ? (
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
        ) : null}
      </section>

      <section aria-labelledby="suivi-titre" className="stack" id="suivi">
        <h2 id="suivi-titre">{text.followUp.title}</h2>
        {followUps.length ? (
          <div className="table-wrap">
            <table>
              <caption>{text.followUp.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.followUp.fields.milestoneMonths}</th>
                  <th scope="col">{text.followUp.fields.measuredOn}</th>
                  <th scope="col">{text.followUp.fields.jobs}</th>
                  <th scope="col">{text.followUp.fields.revenue}</th>
                  <th scope="col">{text.followUp.fields.beneficiaries}</th>
                  <th scope="col">{text.followUp.fields.note}</th>
                </tr>
              </thead>
              <tbody>
                {followUps.map((f) => (
                  <tr key={f.milestoneMonths}>
                    <th scope="row">{t(text.followUp.milestone, { months: f.milestoneMonths })}</th>
                    <td>{formatDate(f.measuredOn)}</td>
                    <td>{fte(f.jobsFteHundredths)}</td>
                    <td>{f.revenueCents === null ? "—" : formatEuros(f.revenueCents)}</td>
                    <td>{f.beneficiaries === null ? "—" : formatInteger(f.beneficiaries)}</td>
                    <td>{f.note || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{text.followUp.none}</p>
        )}
        {canEdit
          ? teamBlock(
              blocks["followUp.record"],
              outcome ? (
                <FollowUpForm key={formKey} state={stateFor("follow_up", {})} />
              ) : (
                <p>{text.followUp.needsOutcome}</p>
              ),
            )
          : null}
      </section>
    </div>
  );
}
