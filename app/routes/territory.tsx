import { data, useLoaderData } from "react-router";
import { listLaunchedActivities } from "../../server/initiatives/launched-activities";
import { listInitiatives } from "../../server/initiatives/list-initiatives";
import { listSignals } from "../../server/signals/list-signals";
import { canListSignals } from "../../server/signals/signal-access";
import { getTerritory } from "../../server/territories/get-territory";
import { listTerritoryMembers } from "../../server/territories/list-territory-members";
import { memberKindsOf } from "../../server/territories/territory-members";
import { territoryKinds } from "../../shared/codes/territories";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { EmptyState } from "../ui/empty-state";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/territory";

type Kind = (typeof territoryKinds)[number];

export const meta = ({ data: loaded }: Route.MetaArgs) => [
  {
    title: loaded
      ? `${loaded.territory.name} (${fr.territories.kind[loaded.territory.kind]}) — ${fr.common.appName}`
      : fr.common.notFoundTitle,
  },
];

/** Public page of one territory: facts, hierarchy, members (paginated) and what Essaim holds there. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.territory);
  const kind = params.kind as Kind;
  if (!territoryKinds.includes(kind)) throw data(null, { status: 404 });
  const found = await getTerritory(context.deps, { kind, code: params.code });
  if (!found.ok) throw data(null, { status: 404 });
  const territory = found.value;

  const url = new URL(request.url);
  const counts: Partial<Record<Kind, number>> = territory.members;
  const available = memberKindsOf[territory.kind].filter((k) => (counts[k] ?? 0) > 0);
  const asked = url.searchParams.get("members") as Kind | null;
  const memberKind =
    asked && available.includes(asked) ? asked : (available.find((k) => k !== "qpv") ?? available[0]);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const members = memberKind
    ? await listTerritoryMembers(context.deps, territory, memberKind, { page, pageSize: 50 })
    : null;
  const actor = context.actor;
  const signals =
    actor && canListSignals(actor)
      ? await listSignals(context.deps, actor, {
          territory: `${territory.kind}:${territory.code}`,
          page: 1,
          perPage: 1,
        })
      : null;
  const territoryValue = `${territory.kind}:${territory.code}`;
  const initiatives = actor
    ? await listInitiatives(context.deps, actor, { territory: territoryValue, page: 1, perPage: 10 })
    : null;
  return {
    territory,
    available,
    members: members?.ok ? members.value : null,
    signalCount: signals?.ok ? signals.value.total : null,
    initiatives: initiatives?.ok ? initiatives.value : null,
    activities: await listLaunchedActivities(context.deps, territory),
  };
}

const sections = ["signals", "initiatives", "activities", "offer", "models"] as const;

export default function Territory() {
  const { territory, available, members, signalCount, initiatives, activities } =
    useLoaderData<typeof loader>();
  const pageText = fr.territories.page.sections;
  const kindLabel = fr.territories.kind[territory.kind];
  const counts: Partial<Record<Kind, number>> = territory.members;
  const base = `/territoires/${territory.kind}/${territory.code}`;
  const pageHref = (kind: string, page: number) =>
    `${base}?${new URLSearchParams({ members: kind, ...(page > 1 ? { page: String(page) } : {}) })}#membres-titre`;
  return (
    <>
      {territory.parents.length ? (
        <nav aria-label={fr.territories.page.partOf} className="card__meta">
          {fr.territories.page.partOf} :{" "}
          {territory.parents.map((p, index) => (
            <span key={`${p.kind}:${p.code}`}>
              {index > 0 ? " › " : ""}
              <a href={`/territoires/${p.kind}/${p.code}`}>
                {p.name} <small>({fr.territories.kind[p.kind]})</small>
              </a>
            </span>
          ))}
        </nav>
      ) : null}
      <h1>{territory.name}</h1>
      <p className="lead">
        {territory.kind === "epci" && territory.nature
          ? (fr.territories.epciNature[territory.nature] ?? kindLabel)
          : kindLabel}{" "}
        · {fr.territories.codeLabel[territory.kind]} {territory.code}
      </p>
      {territory.resolvedFrom ? (
        <div className="notice" role="note">
          <p>
            {t(fr.territories.page.resolvedFrom, {
              code: territory.resolvedFrom.code,
              name: territory.resolvedFrom.name,
              aliasType:
                fr.territories.page.aliasType[territory.resolvedFrom.aliasType] ??
                territory.resolvedFrom.aliasType,
            })}
          </p>
        </div>
      ) : null}

      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre">{fr.territories.page.facts}</h2>
        <dl className="facts">
          <dt>{fr.territories.page.kind}</dt>
          <dd>{kindLabel}</dd>
          <dt>{fr.territories.codeLabel[territory.kind]}</dt>
          <dd>{territory.code}</dd>
          <dt>{fr.territories.page.population}</dt>
          <dd>
            {territory.population === null
              ? fr.territories.page.populationUnknown
              : t(fr.territories.page.inhabitants, { count: formatInteger(territory.population) })}
          </dd>
          {territory.nature ? (
            <>
              <dt>{fr.territories.page.nature}</dt>
              <dd>{fr.territories.epciNature[territory.nature] ?? territory.nature}</dd>
            </>
          ) : null}
          {territory.postcodes.length ? (
            <>
              <dt>{fr.territories.page.postcodes}</dt>
              <dd>{territory.postcodes.join(", ")}</dd>
            </>
          ) : null}
          <dt>{fr.territories.page.cog}</dt>
          <dd>{t(fr.territories.page.cogValue, { year: territory.cogYear })}</dd>
        </dl>
      </section>

      <section aria-labelledby="indicateurs-titre">
        <h2 id="indicateurs-titre">{fr.territories.page.flags}</h2>
        <ul>
          {territory.kind !== "qpv" ? (
            <li>
              {territory.flags.qpvCount === null
                ? fr.territories.page.qpvUnknown
                : territory.flags.qpvCount === 0
                  ? fr.territories.page.qpvNone
                  : t(fr.territories.page.qpvCount, { count: territory.flags.qpvCount })}
            </li>
          ) : null}
          {territory.kind === "commune" ? (
            <li>
              {territory.flags.petitesVillesDeDemain === null
                ? fr.territories.page.pvdUnknown
                : territory.flags.petitesVillesDeDemain
                  ? fr.territories.page.pvdYes
                  : fr.territories.page.pvdNo}
            </li>
          ) : null}
        </ul>
      </section>

      {available.length ? (
        <section aria-labelledby="membres-titre">
          <h2 id="membres-titre">{fr.territories.page.members}</h2>
          <ul className="territory-tabs">
            {available.map((kind) => (
              <li key={kind}>
                <a href={pageHref(kind, 1)} aria-current={members?.kind === kind ? "page" : undefined}>
                  {t(fr.territories.page.membersOf, {
                    kind: fr.territories.kindPlural[kind],
                    count: formatInteger(counts[kind] ?? 0),
                  })}
                </a>
              </li>
            ))}
          </ul>
          {members ? (
            <>
              <div className="table-wrap">
                <table>
                  <caption>
                    {t(fr.territories.page.membersTable, {
                      kind: fr.territories.kindPlural[members.kind],
                      name: territory.name,
                      page: members.page,
                      pages: members.pages,
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{fr.territories.page.name}</th>
                      <th scope="col">{fr.territories.codeLabel[members.kind]}</th>
                      <th scope="col" className="num">
                        {fr.territories.page.population}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {members.items.map((m) => (
                      <tr key={m.code}>
                        <td>
                          <a href={`/territoires/${m.kind}/${m.code}`}>{m.name}</a>
                        </td>
                        <td>{m.code}</td>
                        <td className="num">{m.population === null ? "—" : formatInteger(m.population)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {members.pages > 1 ? (
                <nav aria-label={fr.common.pagination} className="actions">
                  {members.page > 1 ? (
                    <a href={pageHref(members.kind, members.page - 1)}>{fr.common.previousPage}</a>
                  ) : null}
                  <span>{t(fr.common.pageOf, { page: members.page, pages: members.pages })}</span>
                  {members.page < members.pages ? (
                    <a href={pageHref(members.kind, members.page + 1)}>{fr.common.nextPage}</a>
                  ) : null}
                </nav>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="essaim-titre">
        <h2 id="essaim-titre">{fr.territories.page.essaimTitle}</h2>
        {sections.map((key) => (
          <section key={key} aria-labelledby={`section-${key}`}>
            <h3 id={`section-${key}`}>{fr.territories.page.sections[key].title}</h3>
            {key === "signals" && signalCount !== null ? (
              <p>
                {signalCount
                  ? t(fr.signals.territory.count, { count: signalCount })
                  : fr.signals.territory.none}{" "}
                {signalCount ? (
                  <a href={`/signaux?territory=${territory.kind}:${territory.code}`}>
                    {fr.signals.territory.link}
                  </a>
                ) : null}
              </p>
            ) : key === "initiatives" ? (
              !initiatives ? (
                <p>{pageText.initiatives.signIn}</p>
              ) : initiatives.total === 0 ? (
                <EmptyState title={pageText.initiatives.empty} />
              ) : (
                <>
                  <p>
                    {t(pageText.initiatives.count, { count: initiatives.total })}{" "}
                    <a href={`/projets?view=table&territory=${territory.kind}:${territory.code}`}>
                      {pageText.initiatives.link}
                    </a>
                  </p>
                  <ul>
                    {initiatives.items.map((item) => (
                      <li key={item.id}>
                        <a href={`/projets/${item.id}`}>{item.title}</a> — {fr.initiatives.stages[item.stage]}{" "}
                        ({item.fabriqueName})
                      </li>
                    ))}
                  </ul>
                </>
              )
            ) : key === "activities" ? (
              activities.length === 0 ? (
                <EmptyState title={pageText.activities.empty} />
              ) : (
                <ul>
                  {activities.map((a) => (
                    <li key={a.initiativeId}>
                      <strong>{a.activityName}</strong> ({a.territoryName}, {a.fabriqueName}) —{" "}
                      {t(a.status === "open" ? pageText.activities.opened : pageText.activities.planned, {
                        date: formatDate(a.openedOn),
                      })}
                      {a.modelId && a.modelTitle ? (
                        <>
                          {" — "}
                          <a href={`/catalogue/${a.modelId}`}>
                            {t(pageText.activities.replication, { model: a.modelTitle })}
                          </a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )
            ) : key === "offer" || key === "models" ? (
              <p>
                <a
                  href={`${key === "offer" ? "/offre" : "/catalogue"}?${new URLSearchParams({ territoire: `${territory.kind}:${territory.code}` })}`}
                >
                  {fr.territories.page.sections[key].link}
                </a>
              </p>
            ) : (
              <>
                <p>{pageText.signals.empty}</p>
                <p>
                  {pageText.signals.propose} <a href="/#fabriques-titre">{pageText.signals.proposeLink}</a>
                </p>
              </>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
