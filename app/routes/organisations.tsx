import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listOrganisations, type OrganisationListItem } from "../../server/organisations/list-organisations";
import { canListDirectory, directoryFabriques } from "../../server/organisations/organisation-access";
import { organisationAgrements } from "../../server/organisations/organisation-schemas";
import { resolveTerritoryFilter } from "../../server/territories/resolve-territory-filter";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { notFound, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { EsusStatus } from "../organisations/esus-status";
import { formatCompanyNumber } from "../organisations/format";
import { readOrganisationsQuery } from "../organisations/list-query";
import { queryWith } from "../signals/list-query";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/form";
import { Pagination } from "../ui/pagination";
import { TerritoryCombobox } from "../ui/territory-combobox";
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

function Agrements({ item }: { item: OrganisationListItem }) {
  const parts = [
    item.siaeKind ? fr.organisations.siaeKinds[item.siaeKind] : null,
    item.adaptedEnterprise ? fr.organisations.agrements.adapted : null,
  ].filter(Boolean);
  return (
    <>
      <EsusStatus until={item.esusUntil} expired={item.esusExpired} /> {parts.join(" · ")}
    </>
  );
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
  const columns = text.columns;
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

      <form method="get" className="card stack" aria-labelledby="filtres-titre">
        <h2 id="filtres-titre">{text.filters}</h2>
        <Field name="q" label={text.search} type="search" defaultValue={query.q} />
        <SelectField
          name="kind"
          label={columns.kind}
          options={kinds.map((value) => ({ value, label: fr.organisations.kinds[value] }))}
          placeholder={text.all}
          defaultValue={query.kind}
        />
        <SelectField
          name="agrement"
          label={text.agrement}
          options={agrements.map((value) => ({ value, label: fr.organisations.agrements[value] }))}
          placeholder={text.all}
          defaultValue={query.agrement}
        />
        <SelectField
          name="siaeKind"
          label={fr.organisations.fields.siaeKind}
          options={siaeKinds.map((value) => ({ value, label: fr.organisations.siaeKinds[value] }))}
          placeholder={text.all}
          defaultValue={query.siaeKind}
        />
        <TerritoryCombobox
          mode="field"
          name="territory"
          label={text.territory}
          defaultValue={query.territory ?? ""}
          defaultQuery={territoryQuery}
          error={territoryError}
        />
        <div className="actions">
          <button type="submit" className="button">
            {text.apply}
          </button>
          <a href="/acteurs">{text.reset}</a>
        </div>
      </form>

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
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{text.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{columns.name}</th>
                  <th scope="col">{columns.kind}</th>
                  <th scope="col">{columns.siren}</th>
                  <th scope="col">{columns.territory}</th>
                  <th scope="col">{columns.agrements}</th>
                  {showFabrique ? <th scope="col">{columns.fabrique}</th> : null}
                </tr>
              </thead>
              <tbody>
                {list.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <a href={`/acteurs/${item.id}`}>{item.name}</a>
                    </td>
                    <td>{fr.organisations.kinds[item.kind]}</td>
                    <td>{formatCompanyNumber(item.siren)}</td>
                    <td>{item.territoryName ?? ""}</td>
                    <td>
                      <Agrements item={item} />
                    </td>
                    {showFabrique ? <td>{item.fabriqueName}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
