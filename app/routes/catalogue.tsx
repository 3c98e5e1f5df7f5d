import { useLoaderData } from "react-router";
import { canProposeModel } from "../../server/catalogue/model-access";
import { themeCodes } from "../../server/catalogue/reference/themes";
import { type Facet, searchModels } from "../../server/catalogue/search-models";
import { requireActor } from "../../server/http/require-actor";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { legalForms } from "../../shared/codes/catalogue";
import { inclusionPublicLabels, inclusionPublics } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { ModelStatusBadge } from "../catalogue/model-status-badge";
import { WhyList } from "../catalogue/why-list";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import { TerritoryCombobox } from "../ui/territory-combobox";
import type { Route } from "./+types/catalogue";

const text = fr.catalogue.list;

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.q ? `${data.q} — ` : ""}${text.title} — ${fr.common.appName}` },
  { name: "description", content: text.intro },
];

const keep = <T extends string>(values: string[], allowed: readonly T[]) =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

/**
 * The public catalogue (no account needed): a GET form, so search, filters and page live in the
 * URL and work without JavaScript. Signed-in teams also see their drafts (`?status=draft`).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.catalogue);
  const params = new URL(request.url).searchParams;
  const statusParam = params.get("status");
  const status = statusParam === "draft" || statusParam === "archived" ? statusParam : undefined;
  const actor = status ? requireActor(context, request) : context.actor;
  const territory = await resolveTerritoryInput(
    context.deps,
    { value: params.get("territory"), query: params.get("territoryQuery") },
    "territory",
  );
  const page = Math.min(500, Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const selected = {
    theme: keep(params.getAll("theme"), themeCodes),
    public: keep(params.getAll("public"), inclusionPublics),
    legalForm: keep(params.getAll("legalForm"), legalForms),
    region: params.getAll("region").filter((code) => /^\d{2,3}$/.test(code)),
  };
  const q = (params.get("q") ?? "").trim().slice(0, 500);
  const territoryValue = territory.ok && territory.value ? territory.value : null;
  const result = await searchModels(context.deps, actor, {
    q,
    ...selected,
    territory: territoryValue ? `${territoryValue.kind}:${territoryValue.code}` : undefined,
    status,
    page,
  });
  if (!result.ok) throw new Response(null, { status: 400 });
  // The themes come with the search (its first query reads them): one query less per page.
  const { themes, ...search } = result.value;
  return {
    q,
    status,
    selected,
    territory: territoryValue,
    territoryError: territory.ok ? null : (territory.fields?.territory ?? null),
    territoryQuery: params.get("territoryQuery") ?? "",
    search,
    signedIn: !!actor,
    canPropose: canProposeModel(actor),
    isAnimator: !!actor?.isNetworkAnimator,
    themes,
  };
}

/** Facet options: the values found (with counts), plus the chosen ones even when nothing matches now. */
function facetOptions(facets: Facet[], chosen: string[], labelOf: (value: string) => string) {
  const options = facets.map((f) => ({ value: f.value, label: f.label, count: f.count }));
  for (const value of chosen) {
    if (!options.some((o) => o.value === value)) options.push({ value, label: labelOf(value), count: 0 });
  }
  return options;
}

export default function Catalogue() {
  const {
    q,
    status,
    selected,
    territory,
    territoryError,
    territoryQuery,
    search,
    signedIn,
    canPropose,
    isAnimator,
    themes,
  } = useLoaderData<typeof loader>();
  const title =
    status === "draft" ? text.draftsTitle : status === "archived" ? text.archivedTitle : text.title;
  const { interpretation } = search;

  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (status) params.set("status", status);
    for (const v of selected.theme) params.append("theme", v);
    for (const v of selected.public) params.append("public", v);
    for (const v of selected.legalForm) params.append("legalForm", v);
    for (const v of selected.region) params.append("region", v);
    if (territory) params.set("territory", `${territory.kind}:${territory.code}`);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return `/catalogue${query ? `?${query}` : ""}`;
  };
  const withoutTerritory = () => {
    const href = pageHref(1);
    return href.replace(/([?&])territory=[^&]*&?/, "$1").replace(/[?&]$/, "");
  };
  const labelOfTheme = (code: string) => themes.find((th) => th.code === code)?.label ?? code;

  return (
    <div className="stack">
      <h1>{title}</h1>
      <p className="lead">{text.intro}</p>
      {signedIn ? (
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
      ) : null}

      <search>
        <form method="get" action="/catalogue" className="stack">
          <Field name="q" type="search" label={text.searchLabel} help={text.searchHelp} defaultValue={q} />
          {status ? <input type="hidden" name="status" value={status} /> : null}
          <button type="submit" className="button">
            {text.submit}
          </button>
          <details
            open={
              selected.theme.length + selected.public.length + selected.legalForm.length > 0 || !!territory
            }
          >
            <summary>{text.filtersTitle}</summary>
            <div className="card-grid">
              <CheckboxGroup
                name="theme"
                legend={text.facets.themes}
                options={facetOptions(search.facets.themes, selected.theme, labelOfTheme)}
                checked={selected.theme}
              />
              <CheckboxGroup
                name="public"
                legend={text.facets.publics}
                options={facetOptions(
                  search.facets.publics,
                  selected.public,
                  (v) => inclusionPublicLabels.get(v) ?? v,
                )}
                checked={selected.public}
              />
              <CheckboxGroup
                name="legalForm"
                legend={text.facets.legalForms}
                options={facetOptions(
                  search.facets.legalForms,
                  selected.legalForm,
                  (v) => fr.catalogue.legalForms[v as keyof typeof fr.catalogue.legalForms] ?? v,
                )}
                checked={selected.legalForm}
              />
              <CheckboxGroup
                name="region"
                legend={text.facets.regions}
                options={facetOptions(search.facets.regions, selected.region, (v) => v)}
                checked={selected.region}
              />
            </div>
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

      {territory ? (
        <p className="notice">
          {t(text.territoryActive, { name: territory.name })} —{" "}
          <a href={withoutTerritory()}>{text.removeTerritory}</a>
        </p>
      ) : null}

      {interpretation.corrections.length || interpretation.synonyms.length || interpretation.themes.length ? (
        <div className="notice">
          {interpretation.corrections.length ? (
            <p>
              {t(text.readAs, {
                corrections: interpretation.corrections.map((c) => t(text.correction, c)).join(", "),
              })}
            </p>
          ) : null}
          {interpretation.synonyms.length ? (
            <p>
              {t(text.alsoSearched, {
                synonyms: interpretation.synonyms.map((s) => t(text.synonymOf, s)).join(", "),
              })}
            </p>
          ) : null}
          {interpretation.themes.length ? (
            <p>
              {t(text.themesRecognised, { themes: interpretation.themes.map((th) => th.label).join(", ") })}
            </p>
          ) : null}
        </div>
      ) : null}

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
    </div>
  );
}
