import { Form } from "react-router";
import type { InvitationListItem } from "../../server/accounts/list-invitations";
import type { TeamMember } from "../../server/network/list-team";
import type { MembershipRole } from "../../shared/codes/accounts";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";
import { SelectField } from "./select-field";

/** The sections of a Fabrique's team page (`routes/fabrique-team.tsx`), one component each. */

const text = fr.network.team_page;
const labels = fr.network.fields;
const roles = fr.common.roles;

/** The second step of removing a member: the consequence said, then confirmed or cancelled. */
export function RemovalConfirmation({ slug, member }: { slug: string; member: TeamMember }) {
  return (
    <section className="notice notice--warning" aria-labelledby="confirmation-titre" id="confirmation">
      <h2 id="confirmation-titre">{t(text.removeConfirmTitle, { name: member.name })}</h2>
      <p>{t(text.removeConfirmBody, { name: member.name })}</p>
      <Form method="post" className="actions" action={`/fabriques/${slug}/equipe`}>
        <CsrfInput />
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <button type="submit" className="button button--danger">
          {text.removeConfirm}
        </button>
        <a className="button button--secondary" href={`/fabriques/${slug}/equipe`}>
          {fr.common.cancel}
        </a>
      </Form>
    </section>
  );
}

/** A manager's actions on one member: change the role, or start removing them. */
function MemberActions({
  slug,
  member,
  roleChoices,
}: {
  slug: string;
  member: TeamMember;
  roleChoices: readonly MembershipRole[];
}) {
  return (
    <td>
      <Form method="post" className="actions">
        <CsrfInput />
        <input type="hidden" name="intent" value="role" />
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <label className="visually-hidden" htmlFor={`role-${member.membershipId}`}>
          {t(text.changeRoleLabel, { name: member.name })}
        </label>
        <select id={`role-${member.membershipId}`} name="role" defaultValue={member.role}>
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
        href={`/fabriques/${slug}/equipe?remove=${member.membershipId}#confirmation`}
      >
        {text.remove}
        <span className="visually-hidden"> : {member.name}</span>
      </a>
    </td>
  );
}

/** The members, their role and since when; a manager changes roles and removes members here. */
export function TeamMembers({
  slug,
  members,
  canManage,
  currentUserId,
  roleChoices,
}: {
  slug: string;
  members: readonly TeamMember[];
  canManage: boolean;
  currentUserId: string;
  roleChoices: readonly MembershipRole[];
}) {
  return (
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
                  {canManage ? <MemberActions slug={slug} member={m} roleChoices={roleChoices} /> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The invitations not yet accepted, each with its button to revoke it. */
export function PendingInvitations({ invitations }: { invitations: readonly InvitationListItem[] }) {
  return (
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
  );
}

/** The invitation form: an address and a role, as far as the reader may invite it. */
export function InviteMember({
  inviteRoles,
  failure,
}: {
  inviteRoles: readonly MembershipRole[];
  failure: FormFailure | undefined;
}) {
  return (
    <section aria-labelledby="inviter-titre">
      <h2 id="inviter-titre">{text.inviteTitle}</h2>
      <p>{text.inviteIntro}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="invite" />
        <ErrorSummary failure={failure} labels={labels} />
        <Field
          name="email"
          label={labels.email}
          type="email"
          autoComplete="off"
          required
          defaultValue={failure?.values.email}
          error={failure?.fields.email}
        />
        <SelectField
          name="role"
          label={labels.role}
          required
          options={inviteRoles.map((role) => ({ value: role, label: roles[role] }))}
          defaultValue={failure?.values.role ?? "officer"}
          error={failure?.fields.role}
        />
        <button type="submit" className="button">
          {text.inviteSubmit}
        </button>
      </Form>
    </section>
  );
}
