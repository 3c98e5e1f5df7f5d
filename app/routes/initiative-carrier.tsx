import { redirect, useActionData, useLoaderData, useLocation } from "react-router";
import { formatDeadline } from "../../server/calls/copy-call";
import { listInitiativeCalls } from "../../server/calls/list-initiative-calls";
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
import type { Actor } from "../../server/core/actor";
import type { Result } from "../../server/core/result";
import { requireActor } from "../../server/http/require-actor";
import { dossierWriteBlocks } from "../../server/initiatives/dossier-write-rules";
import { fr } from "../../shared/i18n/fr";
import { InitiativeCalls } from "../calls/initiative-calls";
import {
  AccountSection,
  CandidatesSection,
  FollowUpSection,
  HandoverSection,
  OutcomeSection,
  OwnCardLinks,
  type SectionForms,
} from "../carriers/carrier-sections";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
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

/** The calls opened on the initiative, for its team (nothing for anyone else). */
async function teamCalls(context: Route.LoaderArgs["context"], actor: Actor, initiativeId: string) {
  const listed = await listInitiativeCalls(context.deps, actor, initiativeId);
  if (!listed.ok) return [];
  return listed.value.map(({ deadlineAt, ...c }) => ({ ...c, deadline: formatDeadline(deadlineAt) }));
}

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
    calls: await teamCalls(context, actor, initiative.id),
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
  return redirect(`/projets/${id}/porteur?done=${done}#${doneAnchors[done]}`);
}

export default function InitiativeCarrier() {
  const loaded = useLoaderData<typeof loader>();
  const { header, candidates, outcome, isTeam, canEdit } = loaded;
  const posted = useActionData<typeof action>();
  const postedIntent = textValue(posted?.values.intent) ?? "";
  // Each navigation (the redirect after a successful post) remounts the forms: they start from
  // what is stored (empty for a new candidate); a failed post does not navigate and keeps them.
  const { key: formKey } = useLocation();
  const forms: SectionForms = {
    blocks: loaded.blocks,
    formKey,
    stateFor: (intent, stored) =>
      postedIntent === intent
        ? { values: posted?.values ?? stored, failure: posted ?? null }
        : { values: stored, failure: null },
  };
  const hasLead = candidates.some((c) => c.status === "chosen" && c.lead);
  const otherFailure =
    posted && ["choose", "lead", "decline", "propose"].includes(postedIntent) ? posted.message : null;

  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="carrier" />
      <h2>{text.title}</h2>
      <InitiativeCalls calls={loaded.calls} />
      {header.stage === "carrier_search" ? (
        <p>
          <a href={`/projets/${header.id}/appels/nouveau`}>{fr.calls.team.newLink}</a>
        </p>
      ) : null}
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
      <OwnCardLinks initiativeId={header.id} cards={loaded.ownCards} />
      <CandidatesSection
        candidates={candidates}
        isTeam={isTeam}
        forms={forms}
        organisations={loaded.organisations}
        contacts={loaded.contacts}
      />
      <HandoverSection handover={loaded.handover} hasLead={hasLead} canEdit={canEdit} forms={forms} />
      <AccountSection
        carrierAccounts={loaded.carrierAccounts}
        pendingInvitations={loaded.pendingInvitations}
        hasLead={hasLead}
        isTeam={isTeam}
        forms={forms}
      />
      <OutcomeSection
        outcome={outcome}
        isTeam={isTeam}
        forms={forms}
        models={loaded.models}
        organisations={loaded.organisations}
      />
      <FollowUpSection
        followUps={loaded.followUps}
        hasOutcome={outcome !== null}
        canEdit={canEdit}
        forms={forms}
      />
    </div>
  );
}
