import { Form, redirect, useActionData, useLoaderData } from "react-router";
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
import { formatDate } from "../../shared/time";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/fabrique-team";

const text = fr.network.team_page;
const labels = fr.network.fields;
const roles = fr.common.roles;

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

      {confirmRemoval ? (
        <section className="notice notice--warning" aria-labelledby="confirmation-titre" id="confirmation">
          <h2 id="confirmation-titre">{t(text.removeConfirmTitle, { name: confirmRemoval.name })}</h2>
          <p>{t(text.removeConfirmBody, { name: confirmRemoval.name })}</p>
          <Form method="post" className="actions" action={`/fabriques/${fabrique.slug}/equipe`}>
            <CsrfInput />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="membershipId" value={confirmRemoval.membershipId} />
            <button type="submit" className="button button--danger">
              {text.removeConfirm}
            </button>
            <a className="button button--secondary" href={`/fabriques/${fabrique.slug}/equipe`}>
              {fr.common.cancel}
            </a>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="membres-titre">
        <h2 id="membres-titre">{text.membersTitle}</h2>
        {members.length === 0 ? (
          <p>{text.empty}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{text.columns.name}</th>
                  <th scope="col">{text.columns.email}</th>
                  <th scope="col">{text.columns.role}</th>
                  <th scope="col">{text.columns.since}</th>
                  {canManage ? <th scope="col">{text.columns.actions}</th> : null}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.membershipId}>
                    <th scope="row">
                      {m.name} {m.userId === currentUserId ? text.you : null}
                    </th>
                    <td>{m.email}</td>
                    <td>
                      {roles[m.role]} {m.initiativeId ? text.scopedToInitiative : null}
                    </td>
                    <td>{formatDate(m.since)}</td>
                    {canManage ? (
                      <td>
                        <Form method="post" className="actions">
                          <CsrfInput />
                          <input type="hidden" name="intent" value="role" />
                          <input type="hidden" name="membershipId" value={m.membershipId} />
                          <label className="visually-hidden" htmlFor={`role-${m.membershipId}`}>
                            {t(text.changeRoleLabel, { name: m.name })}
                          </label>
                          <select id={`role-${m.membershipId}`} name="role" defaultValue={m.role}>
                            {roleChoices.map((role) => (
                              <option key={role} value={role}>
                                {roles[role]}
                              </option>
                            ))}
                          </select>
                          <button type="submit" className="button button--secondary">
                            {text.changeRole}
                          </button>
                        </Form>
                        <a
                          className="button button--link"
                          href={`/fabriques/${fabrique.slug}/equipe?remove=${m.membershipId}#confirmation`}
                        >
                          {text.remove}
                          <span className="visually-hidden"> : {m.name}</span>
                        </a>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canManage ? (
        <>
          <section aria-labelledby="invitations-titre">
            <h2 id="invitations-titre">{text.invitationsTitle}</h2>
            {invitations.length === 0 ? (
              <p>{text.invitationsEmpty}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{text.invitationColumns.email}</th>
                      <th scope="col">{text.invitationColumns.role}</th>
                      <th scope="col">{text.invitationColumns.expiresAt}</th>
                      <th scope="col">{text.invitationColumns.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((invitation) => (
                      <tr key={invitation.id}>
                        <th scope="row">{invitation.email}</th>
                        <td>{roles[invitation.role]}</td>
                        <td>{formatDate(invitation.expiresAt)}</td>
                        <td>
                          <Form method="post">
                            <CsrfInput />
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="invitationId" value={invitation.id} />
                            <button
                              type="submit"
                              className="button button--secondary"
                              aria-label={t(text.revokeLabel, { email: invitation.email })}
                            >
                              {text.revoke}
                            </button>
                          </Form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          {inviteRoles.length ? (
            <section aria-labelledby="inviter-titre">
              <h2 id="inviter-titre">{text.inviteTitle}</h2>
              <p>{text.inviteIntro}</p>
              <Form method="post" noValidate>
                <CsrfInput />
                <input type="hidden" name="intent" value="invite" />
                <ErrorSummary failure={inviteFailure} labels={labels} />
                <Field
                  name="email"
                  label={labels.email}
                  type="email"
                  autoComplete="off"
                  required
                  defaultValue={inviteFailure?.values.email}
                  error={inviteFailure?.fields.email}
                />
                <SelectField
                  name="role"
                  label={labels.role}
                  required
                  options={inviteRoles.map((role) => ({ value: role, label: roles[role] }))}
                  defaultValue={inviteFailure?.values.role ?? "officer"}
                  error={inviteFailure?.fields.role}
                />
                <button type="submit" className="button">
                  {text.inviteSubmit}
                </button>
              </Form>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
