import { useLoaderData } from "react-router";
import { canProposeModel } from "../../server/catalogue/model-access";
import { themeCodes } from "../../server/catalogue/reference/themes";
import { searchModels } from "../../server/catalogue/search-models";
import { requireActor } from "../../server/http/require-actor";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { legalForms } from "../../shared/codes/catalogue";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import {
  CatalogueActions,
  CatalogueResults,
  CatalogueSearchForm,
  SearchInterpretation,
} from "../catalogue/catalogue-sections";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
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
      {signedIn ? <CatalogueActions status={status} canPropose={canPropose} isAnimator={isAnimator} /> : null}
      <CatalogueSearchForm
        q={q}
        status={status}
        selected={selected}
        facets={search.facets}
        territory={territory}
        territoryQuery={territoryQuery}
        territoryError={territoryError}
        labelOfTheme={labelOfTheme}
      />
      {territory ? (
        <p className="notice">
          {t(text.territoryActive, { name: territory.name })} —{" "}
          <a href={withoutTerritory()}>{text.removeTerritory}</a>
        </p>
      ) : null}
      <SearchInterpretation interpretation={search.interpretation} />
      <CatalogueResults
        q={q}
        search={search}
        canPropose={canPropose}
        labelOfTheme={labelOfTheme}
        pageHref={pageHref}
      />
    </div>
  );
}
