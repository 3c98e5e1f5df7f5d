import { redirect, useActionData, useLoaderData } from "react-router";
import { createInvitation } from "../../server/accounts/create-invitation";
import { mayInvite } from "../../server/accounts/invitation-rules";
import { listInvitations } from "../../server/accounts/list-invitations";
import { revokeInvitation } from "../../server/accounts/revoke-invitation";
import { requireActor } from "../../server/http/require-actor";
import { changeMemberRole } from "../../server/network/change-member-role";
import { assignableRoles } from "../../server/network/fabrique-input";
import { listTeam } from "../../server/network/list-team";
import { removeMember } from "../../server/network/remove-member";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { InviteMember, PendingInvitations, RemovalConfirmation, TeamMembers } from "../network/team-sections";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/fabrique-team";

const text = fr.network.team_page;
const labels = fr.network.fields;

const doneMessages = {
  role: text.roleChanged,
  retire: text.removed,
  invitation: text.invited,
  annulee: text.revoked,
} as const;
const doneKeys = Object.keys(doneMessages) as (keyof typeof doneMessages)[];

/** Roles offered in the invitation form: team roles and partners, as far as the actor may invite them. */
const invitableRoles = ["officer", "admin", "partner"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.title, { name: loaderData.team.fabrique.name }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.removal);
  const actor = requireActor(context, request);
  const team = valueOr404(await listTeam(context.deps, actor, params.slug));
  const fabriqueId = team.fabrique.id;
  const invitations = team.canManage
    ? valueOr404(await listInvitations(context.deps, actor, fabriqueId)).filter((i) => i.status === "pending")
    : [];
  const inviteRoles = team.canManage
    ? invitableRoles.filter((role) => mayInvite(actor, role, fabriqueId) === "allowed")
    : [];
  const removing = new URL(request.url).searchParams.get("remove");
  const confirmRemoval = team.canManage
    ? (team.members.find((m) => m.membershipId === removing) ?? null)
    : null;
  return {
    team,
    invitations,
    inviteRoles,
    confirmRemoval,
    currentUserId: actor.userId,
    // Passed through the loader so the form's list stays on the server's side of the bundle.
    roleChoices: [...assignableRoles],
    done: doneFlag(request, doneKeys),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const here = `/fabriques/${params.slug}/equipe`;
  // Members may see this page: a refused action is explained, not hidden.
  const visible = { forbidden: "explain" } as const;
  switch (form.text("intent")) {
    case "invite": {
      const team = valueOr404(await listTeam(context.deps, actor, params.slug));
      const result = await createInvitation(context.deps, actor, {
        email: form.text("email"),
        role: form.text("role"),
        fabriqueId: team.fabrique.id,
      });
      return result.ok ? redirect(`${here}?done=invitation`) : replyFailure(result, form, visible);
    }
    case "revoke": {
      const result = await revokeInvitation(context.deps, actor, form.text("invitationId"));
      return result.ok ? redirect(`${here}?done=annulee`) : replyFailure(result, form, visible);
    }
    case "role": {
      const result = await changeMemberRole(context.deps, actor, params.slug, form.input);
      return result.ok ? redirect(`${here}?done=role`) : replyFailure(result, form, visible);
    }
    case "remove": {
      const result = await removeMember(context.deps, actor, params.slug, form.input);
      return result.ok ? redirect(`${here}?done=retire`) : replyFailure(result, form, visible);
    }
    default:
      return notFound();
  }
}

export default function FabriqueTeam() {
  const { team, invitations, inviteRoles, confirmRemoval, currentUserId, roleChoices, done } =
    useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const inviteFailure = failure?.values.intent === "invite" ? failure : undefined;
  const rowFailure = failure && failure.values.intent !== "invite" ? failure : undefined;
  const { fabrique, members, canManage } = team;
  const hasAdmin = members.some((m) => m.role === "admin");

  return (
    <div className="stack">
      <p>
        <a href={`/fabriques/${fabrique.slug}`}>{fabrique.name}</a>
      </p>
      <h1>{t(text.title, { name: fabrique.name })}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {doneMessages[done]}
        </p>
      ) : null}
      {canManage ? null : <p className="notice">{text.readOnly}</p>}
      {!hasAdmin ? <p className="notice notice--warning">{text.noAdmin}</p> : null}
      <ErrorSummary failure={rowFailure} labels={labels} />
      {confirmRemoval ? <RemovalConfirmation slug={fabrique.slug} member={confirmRemoval} /> : null}
      <TeamMembers
        slug={fabrique.slug}
        members={members}
        canManage={canManage}
        currentUserId={currentUserId}
        roleChoices={roleChoices}
      />
      {canManage ? <PendingInvitations invitations={invitations} /> : null}
      {canManage && inviteRoles.length ? (
        <InviteMember inviteRoles={inviteRoles} failure={inviteFailure} />
      ) : null}
    </div>
  );
}
