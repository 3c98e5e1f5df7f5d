import { redirect, useActionData, useLoaderData, useLocation } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { dossierWriteBlocks } from "../../server/initiatives/dossier-write-rules";
import { loadInitiativeForActor } from "../../server/initiatives/initiative-access";
import {
  addInitiativePartner,
  listInitiativePartners,
  removeInitiativePartner,
  updateInitiativePartnerNote,
} from "../../server/organisations/initiative-partners";
import { invitePartner } from "../../server/organisations/invite-partner";
import { listDirectoryChoices } from "../../server/organisations/list-organisations";
import {
  attachProgramme,
  detachProgramme,
  listInitiativeProgrammes,
  listProgrammeChoices,
} from "../../server/organisations/programmes";
import { partnerRoles } from "../../shared/codes/initiatives";
import { organisationKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { WriteBlocked } from "../initiatives/write-blocked";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { AddPartnerForm, partnerFieldLabels as labels } from "../organisations/add-partner-form";
import { InitiativeProgrammes, PartnerInvitation } from "../organisations/initiative-partner-sections";
import { PartnerRemovalConfirmation, PartnerTable } from "../organisations/partner-list";
import { ErrorSummary, textValue } from "../ui/form";
import { type PostedForm, readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/initiative-partners";

const text = fr.organisations.partners;
const doneKeys = ["ajoute", "note", "retire", "rattache", "detache", "invite"] as const;
const doneMessages: Record<(typeof doneKeys)[number], string> = {
  ajoute: text.added,
  note: text.noteSaved,
  retire: text.removed,
  rattache: text.programmeAttached,
  detache: text.programmeDetached,
  invite: text.invite.sent,
};

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.removal);
  const actor = requireActor(context, request);
  const { initiative, access } = valueOr404(await loadInitiativeForActor(context.deps, actor, params.id));
  const partners = valueOr404(await listInitiativePartners(context.deps, actor, params.id));
  const programmes = valueOr404(await listInitiativeProgrammes(context.deps, actor, params.id));
  // Only the team works from the Fabrique's directory; the carrier sees the initiative's partners.
  const blocked = dossierWriteBlocks(initiative)["partner.write"];
  const canEdit = access.level === "team" && !blocked;
  const directory = canEdit
    ? await listDirectoryChoices(context.deps, initiative.fabriqueId)
    : { organisations: [], contacts: [] };
  const programmeChoices = canEdit
    ? (await listProgrammeChoices(context.deps, initiative.fabriqueId)).filter(
        (p) => !programmes.some((attached) => attached.id === p.id),
      )
    : [];
  const removing = new URL(request.url).searchParams.get("remove");
  const seen = new Set<string>();
  const invitable =
    access.level === "team"
      ? partners.filter((p) => p.contactId && !seen.has(p.contactId) && seen.add(p.contactId))
      : [];
  return {
    header: initiativeHeaderData(initiative, access),
    canEdit,
    blocked: access.level === "team" ? blocked : null,
    canInvite: access.level === "team",
    // Partners do not see the team's notes: no empty column for them.
    showNotes: access.level !== "partner",
    partners,
    programmes,
    directory,
    programmeChoices,
    invitable: invitable.map((p) => ({ id: p.contactId!, name: p.displayName })),
    confirmRemoval: canEdit ? (partners.find((p) => p.id === removing) ?? null) : null,
    roles: [...partnerRoles],
    kinds: [...organisationKinds],
    done: doneFlag(request, doneKeys),
  };
}

/** The add form's flat names become the service's `newOrganisation` object. */
function addInput(form: PostedForm) {
  const name = form.text("newOrganisationName").trim();
  const kind = form.text("newOrganisationKind");
  return {
    role: form.text("role"),
    organisationId: form.text("organisationId"),
    contactId: form.text("contactId"),
    newOrganisation: name || kind ? { name, kind } : null,
    note: form.text("note"),
  };
}

/** Nested error names (`newOrganisation.name`) are the form's flat field names. */
const addFieldNames = {
  "newOrganisation.name": "newOrganisationName",
  "newOrganisation.kind": "newOrganisationKind",
};

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const here = `/projets/${params.id}/partenaires`;
  // Partners may see this page: a refused change is explained, not hidden.
  const visible = { forbidden: "explain" } as const;
  const done = (flag: (typeof doneKeys)[number]) => redirect(`${here}?done=${flag}`);
  const intent = form.text("intent");
  switch (intent) {
    case "add": {
      const result = await addInitiativePartner(context.deps, actor, params.id, addInput(form));
      return result.ok ? done("ajoute") : replyFailure(result, form, { ...visible, rename: addFieldNames });
    }
    case "note": {
      const result = await updateInitiativePartnerNote(
        context.deps,
        actor,
        params.id,
        form.text("partnerId"),
        {
          note: form.text("note"),
        },
      );
      return result.ok ? done("note") : replyFailure(result, form, visible);
    }
    case "remove": {
      const result = await removeInitiativePartner(context.deps, actor, params.id, form.text("partnerId"));
      return result.ok ? done("retire") : replyFailure(result, form, visible);
    }
    case "attach-programme":
    case "detach-programme": {
      if (!form.text("programmeId")) {
        return replyFailure(
          { ok: false, error: "INVALID_INPUT", fields: { programmeId: text.programmeRequired } },
          form,
          visible,
        );
      }
      const change = intent === "attach-programme" ? attachProgramme : detachProgramme;
      const result = await change(context.deps, actor, {
        initiativeId: params.id,
        programmeId: form.text("programmeId"),
      });
      return result.ok
        ? done(intent === "attach-programme" ? "rattache" : "detache")
        : replyFailure(result, form, visible);
    }
    case "invite": {
      // Its own field name: the add form already has a `contactId` chooser on this page.
      const result = await invitePartner(context.deps, actor, params.id, {
        contactId: form.text("inviteContactId"),
      });
      if (result.ok) return done("invite");
      return replyFailure(result, form, { ...visible, rename: { contactId: "inviteContactId" } });
    }
    default:
      return notFound();
  }
}

export default function InitiativePartners() {
  const {
    header,
    canEdit,
    blocked,
    canInvite,
    showNotes,
    partners,
    programmes,
    directory,
    programmeChoices,
    invitable,
    confirmRemoval,
    roles,
    kinds,
    done,
  } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  // Each navigation (a redirect after a successful post) remounts the forms, so they start empty
  // again; a failed post does not navigate and keeps what was typed.
  const { key: formKey } = useLocation();
  const failureOf = (...intents: string[]) =>
    failure && intents.includes(textValue(failure.values.intent) ?? "") ? failure : undefined;
  const addFailure = failureOf("add");
  const rowFailure = failureOf("note", "remove");
  const programmeFailure = failureOf("attach-programme", "detach-programme");
  const inviteFailure = failureOf("invite");
  const here = `/projets/${header.id}/partenaires`;
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="partners" />
      <h2>{text.title}</h2>
      <p>{text.intro}</p>
      {done ? (
        <p className="notice notice--success" role="status">
          {doneMessages[done]}
        </p>
      ) : null}
      {blocked ? (
        <WriteBlocked reason={blocked} />
      ) : canEdit ? null : (
        <p className="notice">{text.readOnly}</p>
      )}
      <ErrorSummary failure={rowFailure} labels={labels} />

      {confirmRemoval ? <PartnerRemovalConfirmation partner={confirmRemoval} here={here} /> : null}
      <PartnerTable
        partners={partners}
        canEdit={canEdit}
        showNotes={showNotes}
        here={here}
        formKey={formKey}
        rowFailure={rowFailure}
      />
      {canEdit ? (
        <AddPartnerForm
          roles={roles}
          kinds={kinds}
          directory={directory}
          here={here}
          formKey={formKey}
          failure={addFailure}
        />
      ) : null}

      <InitiativeProgrammes
        programmes={programmes}
        choices={programmeChoices}
        canEdit={canEdit}
        here={here}
        formKey={formKey}
        failure={programmeFailure}
      />

      {canInvite ? (
        <PartnerInvitation invitable={invitable} here={here} formKey={formKey} failure={inviteFailure} />
      ) : null}
    </div>
  );
}
