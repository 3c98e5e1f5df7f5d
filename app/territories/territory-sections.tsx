import type { LaunchedActivity } from "../../server/initiatives/launched-activities";
import type { InitiativeList } from "../../server/initiatives/list-initiatives";
import type { TerritoryMemberPage } from "../../server/territories/list-territory-members";
import type { TerritoryDetail } from "../../server/territories/territory-schemas";
import type { TerritoryKind } from "../../shared/codes/territories";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { EmptyState } from "../ui/empty-state";

/** The sections of a territory's public page (`routes/territory.tsx`), one component each. */

const text = fr.territories.page;
const essaimText = text.sections;

/** Where the territory sits, its name and kind, and the code it was found from if it moved. */
export function TerritoryHeading({ territory }: { territory: TerritoryDetail }) {
  const kindLabel = fr.territories.kind[territory.kind];
  return (
    <>
      {territory.parents.length ? (
        <nav aria-label={text.partOf} className="card__meta">
          {text.partOf} :{" "}
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
            {t(text.resolvedFrom, {
              code: territory.resolvedFrom.code,
              name: territory.resolvedFrom.name,
              aliasType: text.aliasType[territory.resolvedFrom.aliasType] ?? territory.resolvedFrom.aliasType,
            })}
          </p>
        </div>
      ) : null}
    </>
  );
}

/** The territory's facts: kind, code, population, nature, postcodes, geography's year. */
export function TerritoryFacts({ territory }: { territory: TerritoryDetail }) {
  return (
    <section aria-labelledby="fiche-titre">
      <h2 id="fiche-titre">{text.facts}</h2>
      <dl className="facts">
        <dt>{text.kind}</dt>
        <dd>{fr.territories.kind[territory.kind]}</dd>
        <dt>{fr.territories.codeLabel[territory.kind]}</dt>
        <dd>{territory.code}</dd>
        <dt>{text.population}</dt>
        <dd>
          {territory.population === null
            ? text.populationUnknown
            : t(text.inhabitants, { count: formatInteger(territory.population) })}
        </dd>
        {territory.nature ? (
          <>
            <dt>{text.nature}</dt>
            <dd>{fr.territories.epciNature[territory.nature] ?? territory.nature}</dd>
          </>
        ) : null}
        {territory.postcodes.length ? (
          <>
            <dt>{text.postcodes}</dt>
            <dd>{territory.postcodes.join(", ")}</dd>
          </>
        ) : null}
        <dt>{text.cog}</dt>
        <dd>{t(text.cogValue, { year: territory.cogYear })}</dd>
      </dl>
    </section>
  );
}

/** What the imported lists say: priority neighbourhoods (QPV), Petites villes de demain. */
export function TerritoryFlags({ territory }: { territory: TerritoryDetail }) {
  const { qpvCount, petitesVillesDeDemain } = territory.flags;
  return (
    <section aria-labelledby="indicateurs-titre">
      <h2 id="indicateurs-titre">{text.flags}</h2>
      <ul>
        {territory.kind !== "qpv" ? (
          <li>
            {qpvCount === null
              ? text.qpvUnknown
              : qpvCount === 0
                ? text.qpvNone
                : t(text.qpvCount, { count: qpvCount })}
          </li>
        ) : null}
        {territory.kind === "commune" ? (
          <li>
            {petitesVillesDeDemain === null
              ? text.pvdUnknown
              : petitesVillesDeDemain
                ? text.pvdYes
                : text.pvdNo}
          </li>
        ) : null}
      </ul>
    </section>
  );
}

type PageHref = (kind: string, page: number) => string;

function MembersTable({ territoryName, members }: { territoryName: string; members: TerritoryMemberPage }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {t(text.membersTable, {
            kind: fr.territories.kindPlural[members.kind],
            name: territoryName,
            page: members.page,
            pages: members.pages,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.name}</th>
            <th scope="col">{fr.territories.codeLabel[members.kind]}</th>
            <th scope="col" className="num">
              {text.population}
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
  );
}

function MembersPagination({ members, pageHref }: { members: TerritoryMemberPage; pageHref: PageHref }) {
  if (members.pages <= 1) return null;
  return (
    <nav aria-label={fr.common.pagination} className="actions">
      {members.page > 1 ? (
        <a href={pageHref(members.kind, members.page - 1)}>{fr.common.previousPage}</a>
      ) : null}
      <span>{t(fr.common.pageOf, { page: members.page, pages: members.pages })}</span>
      {members.page < members.pages ? (
        <a href={pageHref(members.kind, members.page + 1)}>{fr.common.nextPage}</a>
      ) : null}
    </nav>
  );
}

/** The territories it holds, one tab per kind, a page of 50 at a time. */
export function TerritoryMembers({
  territory,
  available,
  members,
}: {
  territory: TerritoryDetail;
  available: readonly TerritoryKind[];
  members: TerritoryMemberPage | null;
}) {
  if (!available.length) return null;
  const counts: Partial<Record<TerritoryKind, number>> = territory.members;
  const base = `/territoires/${territory.kind}/${territory.code}`;
  const pageHref: PageHref = (kind, page) =>
    `${base}?${new URLSearchParams({ members: kind, ...(page > 1 ? { page: String(page) } : {}) })}#membres-titre`;
  return (
    <section aria-labelledby="membres-titre">
      <h2 id="membres-titre">{text.members}</h2>
      <ul className="territory-tabs">
        {available.map((kind) => (
          <li key={kind}>
            <a href={pageHref(kind, 1)} aria-current={members?.kind === kind ? "page" : undefined}>
              {t(text.membersOf, {
                kind: fr.territories.kindPlural[kind],
                count: formatInteger(counts[kind] ?? 0),
              })}
            </a>
          </li>
        ))}
      </ul>
      {members ? (
        <>
          <MembersTable territoryName={territory.name} members={members} />
          <MembersPagination members={members} pageHref={pageHref} />
        </>
      ) : null}
    </section>
  );
}

/** How many signals the reader may list here, with the link to them. */
function SignalsHere({
  territoryValue,
  signalCount,
}: {
  territoryValue: string;
  signalCount: number | null;
}) {
  if (signalCount === null) {
    return (
      <>
        <p>{essaimText.signals.empty}</p>
        <p>
          {essaimText.signals.propose} <a href="/#fabriques-titre">{essaimText.signals.proposeLink}</a>
        </p>
      </>
    );
  }
  return (
    <p>
      {signalCount ? t(fr.signals.territory.count, { count: signalCount }) : fr.signals.territory.none}{" "}
      {signalCount ? <a href={`/signaux?territory=${territoryValue}`}>{fr.signals.territory.link}</a> : null}
    </p>
  );
}

/** The initiatives the reader's Fabrique(s) follow here (signed-in readers only). */
function InitiativesHere({
  territoryValue,
  initiatives,
}: {
  territoryValue: string;
  initiatives: InitiativeList | null;
}) {
  if (!initiatives) return <p>{essaimText.initiatives.signIn}</p>;
  if (initiatives.total === 0) return <EmptyState title={essaimText.initiatives.empty} />;
  return (
    <>
      <p>
        {t(essaimText.initiatives.count, { count: initiatives.total })}{" "}
        <a href={`/projets?view=table&territory=${territoryValue}`}>{essaimText.initiatives.link}</a>
      </p>
      <ul>
        {initiatives.items.map((item) => (
          <li key={item.id}>
            <a href={`/projets/${item.id}`}>{item.title}</a> — {fr.initiatives.stages[item.stage]} (
            {item.fabriqueName})
          </li>
        ))}
      </ul>
    </>
  );
}

/** The activities launched or planned here, and the models they replicate. */
function ActivitiesHere({ activities }: { activities: readonly LaunchedActivity[] }) {
  if (activities.length === 0) return <EmptyState title={essaimText.activities.empty} />;
  return (
    <ul>
      {activities.map((a) => (
        <li key={a.initiativeId}>
          <strong>{a.activityName}</strong> ({a.territoryName}, {a.fabriqueName}) —{" "}
          {t(a.status === "open" ? essaimText.activities.opened : essaimText.activities.planned, {
            date: formatDate(a.openedOn),
          })}
          {a.modelId && a.modelTitle ? (
            <>
              {" — "}
              <a href={`/catalogue/${a.modelId}`}>
                {t(essaimText.activities.replication, { model: a.modelTitle })}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const essaimSections = ["signals", "initiatives", "activities", "offer", "models"] as const;

/** What Essaim holds on the territory: signals, initiatives, launched activities, offer and models. */
export function EssaimHere({
  territory,
  signalCount,
  initiatives,
  activities,
}: {
  territory: TerritoryDetail;
  signalCount: number | null;
  initiatives: InitiativeList | null;
  activities: readonly LaunchedActivity[];
}) {
  const territoryValue = `${territory.kind}:${territory.code}`;
  const body = (key: (typeof essaimSections)[number]) => {
    if (key === "signals") return <SignalsHere territoryValue={territoryValue} signalCount={signalCount} />;
    if (key === "initiatives")
      return <InitiativesHere territoryValue={territoryValue} initiatives={initiatives} />;
    if (key === "activities") return <ActivitiesHere activities={activities} />;
    return (
      <p>
        <a
          href={`${key === "offer" ? "/offre" : "/catalogue"}?${new URLSearchParams({ territory: territoryValue })}`}
        >
          {essaimText[key].link}
        </a>
      </p>
    );
  };
  return (
    <section aria-labelledby="essaim-titre">
      <h2 id="essaim-titre">{text.essaimTitle}</h2>
      {essaimSections.map((key) => (
        <section key={key} aria-labelledby={`section-${key}`}>
          <h3 id={`section-${key}`}>{essaimText[key].title}</h3>
          {body(key)}
        </section>
      ))}
    </section>
  );
}
