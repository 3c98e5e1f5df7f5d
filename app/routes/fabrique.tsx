import { useLoaderData } from "react-router";
import { isFabriqueAdmin, isTeamMember } from "../../server/core/actor";
import { requireActor } from "../../server/http/require-actor";
import { getFabrique } from "../../server/network/get-fabrique";
import { listTeam } from "../../server/network/list-team";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { valueOr404 } from "../network/page-results";
import { StatusBadge } from "../network/status-badge";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/fabrique";

const text = fr.network.fabrique;
const labels = fr.network.fields;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: `${loaderData?.fabrique.name ?? fr.common.notFoundTitle} — ${fr.common.appName}` },
];

/** A Fabrique's private space: its members and the network animator; 404 for anyone else. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const fabrique = valueOr404(await getFabrique(context.deps, actor, params.slug));
  const team = valueOr404(await listTeam(context.deps, actor, params.slug));
  return {
    fabrique,
    members: team.members.map((m) => ({ id: m.membershipId, name: m.name, role: m.role })),
    isNetworkAnimator: actor.isNetworkAnimator,
    // The webhook settings hold the team's secrets: its admins only.
    canManageWebhooks: isFabriqueAdmin(actor, fabrique.id),
    // The calls for carriers, drafts included, are the team's.
    isTeam: isTeamMember(actor, fabrique.id),
  };
}

const upcoming = ["signals", "initiatives", "meetings"] as const;

export default function Fabrique() {
  const { fabrique, members, isNetworkAnimator, canManageWebhooks, isTeam } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{fabrique.name}</h1>
      {fabrique.description ? <p className="lead">{fabrique.description}</p> : null}
      <dl className="facts">
        <dt>{labels.status}</dt>
        <dd>
          <StatusBadge status={fabrique.status} />
        </dd>
        <dt>{labels.carryingStructure}</dt>
        <dd>{fabrique.carryingStructure || "—"}</dd>
        <dt>{labels.regionCode}</dt>
        <dd>{fabrique.regionName ?? "—"}</dd>
      </dl>
      {isNetworkAnimator ? (
        <p>
          <a href={`/reseau/fabriques/${fabrique.slug}`}>{text.networkLink}</a>
        </p>
      ) : null}

      <section aria-labelledby="equipe-titre">
        <h2 id="equipe-titre">{text.teamTitle}</h2>
        <p>{t(text.membersCount, { count: members.length })}</p>
        {members.length ? (
          <ul>
            {members.map((m) => (
              <li key={m.id}>
                {m.name} — {fr.common.roles[m.role]}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <a href={`/fabriques/${fabrique.slug}/equipe`}>{text.teamLink}</a>
        </p>
        {isTeam ? (
          <p>
            <a href={`/fabriques/${fabrique.slug}/appels`}>{fr.calls.team.listLink}</a>
          </p>
        ) : null}
        {canManageWebhooks ? (
          <p>
            <a href={`/fabriques/${fabrique.slug}/webhooks`}>{fr.webhooks.page.link}</a>
          </p>
        ) : null}
        {canManageWebhooks ? (
          <p>
            <a href={`/fabriques/${fabrique.slug}/silence`}>{fr.reminders.silence.link}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="bientot-titre">
        <h2 id="bientot-titre">{text.notYetTitle}</h2>
        <p>{text.notYetIntro}</p>
        <div className="card-grid">
          {upcoming.map((key) => (
            <section key={key} className="card" aria-labelledby={`bientot-${key}`}>
              <h3 id={`bientot-${key}`}>{text.sections[key].title}</h3>
              <EmptyState title={text.notAvailable}>{text.sections[key].body}</EmptyState>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
