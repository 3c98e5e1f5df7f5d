import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listOrganisations } from "../../server/organisations/list-organisations";
import { canListDirectory, directoryFabriques } from "../../server/organisations/organisation-access";
import { organisationAgrements } from "../../server/organisations/organisation-schemas";
import { resolveTerritoryFilter } from "../../server/territories/resolve-territory-filter";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { notFound, valueOr404 } from "../network/page-results";
import { readOrganisationsQuery } from "../organisations/list-query";
import { OrganisationFilters, OrganisationTable } from "../organisations/organisation-list-sections";
import { queryWith } from "../signals/list-query";
import { EmptyState } from "../ui/empty-state";
import { Pagination } from "../ui/pagination";
import type { Route } from "./+types/organisations";

const text = fr.organisations.list;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!canListDirectory(actor)) notFound();
  const url = new URL(request.url);
  const query = readOrganisationsQuery(url);
  const { territoryQuery: typed, territoryError } = await resolveTerritoryFilter(context.deps, url, query);
  return {
    territoryQuery: typed,
    territoryError,
    list: valueOr404(await listOrganisations(context.deps, actor, query)),
    query,
    search: url.search,
    canCreate: directoryFabriques(actor).length > 0,
    showFabrique: actor.isNetworkAnimator || directoryFabriques(actor).length > 1,
    filtered: ["q", "kind", "agrement", "siaeKind", "fabrique", "territory", "territoryQuery"].some((key) =>
      url.searchParams.get(key),
    ),
    kinds: [...organisationKinds],
    siaeKinds: [...siaeKinds],
    agrements: [...organisationAgrements],
  };
}

export default function Organisations() {
  const {
    list,
    query,
    search,
    canCreate,
    showFabrique,
    filtered,
    kinds,
    siaeKinds,
    agrements,
    territoryQuery,
    territoryError,
  } = useLoaderData<typeof loader>();
  const url = new URL(`http://x/acteurs${search}`);
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p className="actions">
        {canCreate ? (
          <a className="button" href="/acteurs/nouveau">
            {text.new}
          </a>
        ) : null}
        <a href="/programmes">{text.programmes}</a>
      </p>

      <OrganisationFilters
        query={query}
        kinds={kinds}
        agrements={agrements}
        siaeKinds={siaeKinds}
        territoryQuery={territoryQuery}
        territoryError={territoryError}
      />

      <section aria-labelledby="liste-titre" className="stack">
        <h2 id="liste-titre">{t(text.count, { count: list.total })}</h2>
        {list.items.length === 0 ? (
          <EmptyState
            title={text.empty}
            action={
              canCreate && !filtered ? (
                <a className="button" href="/acteurs/nouveau">
                  {text.new}
                </a>
              ) : null
            }
          >
            {filtered ? text.emptyFiltered : text.emptyHelp}
          </EmptyState>
        ) : (
          <OrganisationTable items={list.items} showFabrique={showFabrique} />
        )}
        <Pagination
          page={list.page}
          pages={list.pages}
          href={(page) => `/acteurs${queryWith(url, { page: String(page) })}`}
        />
      </section>
    </div>
  );
}
