import type { Facet, ModelSearchResult } from "../../server/catalogue/search-models";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { CheckboxGroup } from "./checkbox-group";
import { ModelStatusBadge } from "./model-status-badge";
import { WhyList } from "./why-list";

/** The sections of the public catalogue (`routes/catalogue.tsx`), one component each. */

const text = fr.catalogue.list;

type Selected = { theme: string[]; public: string[]; legalForm: string[]; region: string[] };
type ChosenTerritory = { kind: string; code: string; name: string };

/** The signed-in reader's links: drafts, proposal, import, thesaurus, export. */
export function CatalogueActions({
  status,
  canPropose,
  isAnimator,
}: {
  status: string | undefined;
  canPropose: boolean;
  isAnimator: boolean;
}) {
  return (
    <nav className="actions" aria-label={text.title}>
      {status ? <a href="/catalogue">{text.allPublished}</a> : null}
      {canPropose ? (
        <a className="button" href="/catalogue/proposer">
          {text.propose}
        </a>
      ) : null}
      {canPropose ? (
        <a className="button button--secondary" href="/catalogue/importer">
          {text.import}
        </a>
      ) : null}
      {status !== "draft" ? <a href="/catalogue?status=draft">{text.drafts}</a> : null}
      {isAnimator ? <a href="/catalogue/thesaurus">{text.thesaurus}</a> : null}
      <a href="/api/v1/models/export?format=csv">{text.export}</a>
    </nav>
  );
}

/** Facet options: the values found (with counts), plus the chosen ones even when nothing matches now. */
function facetOptions(facets: Facet[], chosen: string[], labelOf: (value: string) => string) {
  const options = facets.map((f) => ({ value: f.value, label: f.label, count: f.count }));
  for (const value of chosen) {
    if (!options.some((o) => o.value === value)) options.push({ value, label: labelOf(value), count: 0 });
  }
  return options;
}

/** The facets: themes, publics, legal forms, regions, each with its counts. */
function FacetGroups({
  facets,
  selected,
  labelOfTheme,
}: {
  facets: ModelSearchResult["facets"];
  selected: Selected;
  labelOfTheme: (code: string) => string;
}) {
  return (
    <div className="card-grid">
      <CheckboxGroup
        name="theme"
        legend={text.facets.themes}
        options={facetOptions(facets.themes, selected.theme, labelOfTheme)}
        checked={selected.theme}
      />
      <CheckboxGroup
        name="public"
        legend={text.facets.publics}
        options={facetOptions(facets.publics, selected.public, (v) => inclusionPublicLabels.get(v) ?? v)}
        checked={selected.public}
      />
      <CheckboxGroup
        name="legalForm"
        legend={text.facets.legalForms}
        options={facetOptions(
          facets.legalForms,
          selected.legalForm,
          (v) => fr.catalogue.legalForms[v as keyof typeof fr.catalogue.legalForms] ?? v,
        )}
        checked={selected.legalForm}
      />
      <CheckboxGroup
        name="region"
        legend={text.facets.regions}
        options={facetOptions(facets.regions, selected.region, (v) => v)}
        checked={selected.region}
      />
    </div>
  );
}

/** The search, a GET form: words, then the filters folded away unless one is chosen. */
export function CatalogueSearchForm({
  q,
  status,
  selected,
  facets,
  territory,
  territoryQuery,
  territoryError,
  labelOfTheme,
}: {
  q: string;
  status: string | undefined;
  selected: Selected;
  facets: ModelSearchResult["facets"];
  territory: ChosenTerritory | null;
  territoryQuery: string;
  territoryError: string | null;
  labelOfTheme: (code: string) => string;
}) {
  return (
    <search>
      <form method="get" action="/catalogue" className="stack">
        <Field name="q" type="search" label={text.searchLabel} help={text.searchHelp} defaultValue={q} />
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <button type="submit" className="button">
          {text.submit}
        </button>
        <details
          open={selected.theme.length + selected.public.length + selected.legalForm.length > 0 || !!territory}
        >
          <summary>{text.filtersTitle}</summary>
          <FacetGroups facets={facets} selected={selected} labelOfTheme={labelOfTheme} />
          <TerritoryCombobox
            mode="field"
            name="territory"
            label={text.territoryLabel}
            help={text.territoryHelp}
            defaultValue={territory ? `${territory.kind}:${territory.code}` : ""}
            defaultQuery={territory?.name ?? territoryQuery}
            kinds="region,departement,epci,commune"
            error={territoryError ?? undefined}
          />
          <p className="actions">
            <button type="submit" className="button button--secondary">
              {text.applyFilters}
            </button>
            <a href={status ? `/catalogue?status=${status}` : "/catalogue"}>{text.resetFilters}</a>
          </p>
        </details>
      </form>
    </search>
  );
}

/** How the words were read: corrections, synonyms added, themes recognised. */
export function SearchInterpretation({
  interpretation,
}: {
  interpretation: ModelSearchResult["interpretation"];
}) {
  const { corrections, synonyms, themes } = interpretation;
  if (!corrections.length && !synonyms.length && !themes.length) return null;
  return (
    <div className="notice">
      {corrections.length ? (
        <p>{t(text.readAs, { corrections: corrections.map((c) => t(text.correction, c)).join(", ") })}</p>
      ) : null}
      {synonyms.length ? (
        <p>{t(text.alsoSearched, { synonyms: synonyms.map((s) => t(text.synonymOf, s)).join(", ") })}</p>
      ) : null}
      {themes.length ? (
        <p>{t(text.themesRecognised, { themes: themes.map((th) => th.label).join(", ") })}</p>
      ) : null}
    </div>
  );
}

/** The models found, a page at a time, each with why it was found. */
export function CatalogueResults({
  q,
  search,
  canPropose,
  labelOfTheme,
  pageHref,
}: {
  q: string;
  search: Omit<ModelSearchResult, "themes">;
  canPropose: boolean;
  labelOfTheme: (code: string) => string;
  pageHref: (page: number) => string;
}) {
  return (
    <section aria-labelledby="resultats-titre" className="stack">
      <h2 id="resultats-titre">
        {t(q ? text.resultsCount : text.resultsCountBrowse, { count: search.total })}
      </h2>
      {search.results.length === 0 ? (
        <EmptyState
          title={q ? text.noResults : text.emptyCatalogue}
          action={
            canPropose ? (
              <a className="button" href="/catalogue/proposer">
                {text.propose}
              </a>
            ) : undefined
          }
        >
          {q ? text.noResultsHelp : text.emptyCatalogueHelp}
        </EmptyState>
      ) : (
        <ol className="stack" start={(search.page - 1) * search.limit + 1}>
          {search.results.map((model) => (
            <li key={model.id}>
              <article className="card">
                <h3>
                  <a href={`/catalogue/${model.id}`}>{model.title}</a>{" "}
                  {model.status !== "published" ? <ModelStatusBadge status={model.status} /> : null}
                </h3>
                <p>{model.summary}</p>
                <p className="card__meta">
                  {model.themes.map(labelOfTheme).join(" · ")}
                  {model.presence ? ` — ${model.presence}` : ""}
                </p>
                <WhyList why={model.why} id={`pourquoi-${model.id}`} />
              </article>
            </li>
          ))}
        </ol>
      )}
      {search.pages > 1 ? (
        <nav aria-label={fr.common.pagination} className="actions">
          {search.page > 1 ? <a href={pageHref(search.page - 1)}>{fr.common.previousPage}</a> : null}
          <span>{t(text.pageOf, { page: search.page, pages: search.pages })}</span>
          {search.page < search.pages ? <a href={pageHref(search.page + 1)}>{fr.common.nextPage}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
