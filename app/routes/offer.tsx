import { data, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { messageOf } from "../../server/core/errors";
import { requireActor } from "../../server/http/require-actor";
import { importOffer, type OfferImportReport } from "../../server/offer/import-offer";
import { listOffer } from "../../server/offer/list-offer";
import { canImportOffer } from "../../server/offer/offer-access";
import { getOfferMap } from "../../server/offer/offer-map";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { inclusionPublicList, inclusionThematiqueList } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { type ImportOutcome, OfferFilters, OfferImport, OfferResults } from "../offer/offer-sections";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/offer";

const text = fr.offer.page;
const importText = fr.offer.imports;

export const meta = () => [
  { title: `${text.title} — ${fr.common.appName}` },
  { name: "description", content: text.intro },
];

/** Public page: a GET form (territory, thématique, public), so the view lives in the URL. */
export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.offer);
  const params = new URL(request.url).searchParams;
  const territory = await resolveTerritoryInput(
    context.deps,
    { value: params.get("territory"), query: params.get("territoryQuery") },
    "territory",
  );
  const thematique = params.get("thematique") ?? "";
  const publicCode = params.get("public") ?? "";
  const themeCodes = params.getAll("theme");
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const themes = await listThemes(context.deps);
  const chosenThemes = themes.filter((th) => themeCodes.includes(th.code));
  const base = {
    thematique,
    publicCode,
    themes: chosenThemes.map(({ code, label }) => ({ code, label })),
    territoryQuery: params.get("territoryQuery") ?? "",
    territoryError: territory.ok ? null : (territory.fields?.territory ?? null),
    canImport: canImportOffer(context.actor),
  };
  if (!territory.ok || !territory.value) return { ...base, territory: null, offer: null, map: null };
  const filters = {
    territory: `${territory.value.kind}:${territory.value.code}`,
    thematique: inclusionThematiqueList.some((th) => th.value === thematique) ? thematique : "",
    public: inclusionPublicList.some((p) => p.value === publicCode) ? publicCode : "",
    theme: chosenThemes.map((th) => th.code),
  };
  const offer = await listOffer(context.deps, { ...filters, page });
  if (!offer.ok) throw data(null, { status: offer.error === "NOT_FOUND" ? 404 : 400 });
  // The map shows every located service of the selection, whatever the page of the list.
  const map = await getOfferMap(context.deps, filters);
  return { ...base, territory: territory.value, offer: offer.value, map: map.ok ? map.value : null };
}

/** A Fabrique team imports a data·inclusion file (all or nothing). */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const file = form.get("file");
  const content = file && typeof file !== "string" ? await file.text() : "";
  const failed = (message: string, report: OfferImportReport | null = null) =>
    data<ImportOutcome>({ ok: false, message, report }, { status: 400 });
  if (!content.trim()) return failed(importText.noFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return failed(importText.invalidJson);
  }
  const result = await importOffer(context.deps, actor, parsed);
  if (!result.ok) {
    const report = (result.details as OfferImportReport | undefined) ?? null;
    return failed(result.message ?? messageOf(result.error), report?.rejected ? report : null);
  }
  return data<ImportOutcome>({ ok: true, report: result.value });
}

export default function Offer() {
  const { thematique, publicCode, themes, territory, territoryQuery, territoryError, offer, map, canImport } =
    useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (territory) params.set("territory", `${territory.kind}:${territory.code}`);
    if (thematique) params.set("thematique", thematique);
    if (publicCode) params.set("public", publicCode);
    for (const th of themes) params.append("theme", th.code);
    if (page > 1) params.set("page", String(page));
    return `/offre?${params}`;
  };
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <OfferFilters
        territory={territory}
        territoryQuery={territoryQuery}
        territoryError={territoryError}
        themes={themes}
        thematique={thematique}
        publicCode={publicCode}
      />
      {territory && offer ? (
        <OfferResults territoryName={territory.name} offer={offer} map={map} pageHref={pageHref} />
      ) : (
        <p>{text.chooseTerritory}</p>
      )}
      {canImport ? <OfferImport outcome={outcome} /> : null}
    </div>
  );
}
