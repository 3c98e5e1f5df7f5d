import type { OrganisationListItem } from "../../server/organisations/list-organisations";
import type { OrganisationAgrement } from "../../server/organisations/organisation-schemas";
import type { OrganisationKind, SiaeKind } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { SelectField } from "../network/select-field";
import { Field } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { EsusStatus } from "./esus-status";
import { formatCompanyNumber } from "./format";
import type { readOrganisationsQuery } from "./list-query";

/** The pieces of the directory's list (`routes/organisations.tsx`): its filters and its table. */

const text = fr.organisations.list;
const columns = text.columns;

/** The directory's filters, a GET form: words, kind, approval, SIAE kind, territory. */
export function OrganisationFilters({
  query,
  kinds,
  agrements,
  siaeKinds,
  territoryQuery,
  territoryError,
}: {
  query: ReturnType<typeof readOrganisationsQuery>;
  kinds: readonly OrganisationKind[];
  agrements: readonly OrganisationAgrement[];
  siaeKinds: readonly SiaeKind[];
  territoryQuery: string;
  territoryError: string | undefined;
}) {
  return (
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
  );
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

/** The organisations of a page: name, kind, SIREN, territory, approvals, and their Fabrique if several. */
export function OrganisationTable({
  items,
  showFabrique,
}: {
  items: readonly OrganisationListItem[];
  showFabrique: boolean;
}) {
  return (
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
          {items.map((item) => (
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
  );
}
