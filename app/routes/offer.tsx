import { data, Form, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { messageOf } from "../../server/core/errors";
import { requireActor } from "../../server/http/require-actor";
import { importOffer, type OfferImportReport } from "../../server/offer/import-offer";
import { listOffer } from "../../server/offer/list-offer";
import { canImportOffer } from "../../server/offer/offer-access";
import { getOfferMap } from "../../server/offer/offer-map";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import {
  inclusionPublicLabels,
  inclusionPublicList,
  inclusionThematiqueList,
} from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { SelectField } from "../network/select-field";
import { OfferMap } from "../offer/offer-map";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import { TerritoryCombobox } from "../ui/territory-combobox";
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

type ImportOutcome =
  | { ok: true; report: OfferImportReport }
  | { ok: false; message: string; report: OfferImportReport | null };

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

      <form method="get" action="/offre" className="stack">
        <TerritoryCombobox
          mode="field"
          name="territory"
          label={text.territoryLabel}
          help={text.territoryHelp}
          defaultValue={territory ? `${territory.kind}:${territory.code}` : ""}
          defaultQuery={territory?.name ?? territoryQuery}
          error={territoryError ?? undefined}
        />
        {themes.map((th) => (
          <input type="hidden" name="theme" value={th.code} key={th.code} />
        ))}
        {themes.length ? (
          <p className="notice">
            {t(text.themesActive, { themes: themes.map((th) => th.label).join(", ") })}
          </p>
        ) : null}
        <SelectField
          name="thematique"
          label={text.thematiqueLabel}
          options={inclusionThematiqueList.map((th) => ({ value: th.value, label: th.label }))}
          placeholder={text.allThematiques}
          defaultValue={thematique}
        />
        <SelectField
          name="public"
          label={text.publicLabel}
          options={inclusionPublicList.map((p) => ({ value: p.value, label: p.label }))}
          placeholder={text.allPublics}
          defaultValue={publicCode}
        />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </form>

      {territory && offer ? (
        <section aria-labelledby="offre-titre" className="stack">
          <h2 id="offre-titre">{t(text.resultsTitle, { count: offer.total, name: territory.name })}</h2>
          {map && offer.total > 0 ? <OfferMap map={map} /> : null}
          {offer.services.length === 0 ? (
            <EmptyState title={text.none}>{text.noneHelp}</EmptyState>
          ) : (
            <ul className="card-grid">
              {offer.services.map((service) => (
                <li key={`${service.source}:${service.id}`} className="card">
                  <h3>{service.name}</h3>
                  <p className="card__meta">
                    {text.structure} : {service.structure.name}
                  </p>
                  <p>{service.description}</p>
                  <p className="card__meta">
                    {service.thematiques
                      .map((th) => inclusionThematiqueList.find((item) => item.value === th)?.label ?? th)
                      .join(" · ")}
                  </p>
                  {service.publics.length ? (
                    <p className="card__meta">
                      {service.publics.map((p) => inclusionPublicLabels.get(p) ?? p).join(", ")}
                    </p>
                  ) : null}
                  <p className="card__meta">
                    {service.coveredBy === "zone" ? text.coveredByZone : text.coveredByAddress}
                    {service.eligibilityZone
                      ? ` — ${t(text.eligibility, {
                          zone: service.eligibilityZone.includes("france")
                            ? text.wholeCountry
                            : service.eligibilityZone.join(", "),
                        })}`
                      : ""}
                    {service.fees ? ` — ${service.fees === "gratuit" ? text.free : text.paid}` : ""}
                  </p>
                  {service.address || service.commune ? (
                    <p className="card__meta">
                      {[service.address, [service.postcode, service.commune].filter(Boolean).join(" ")]
                        .filter(Boolean)
                        .join(", ")}
                    </p>
                  ) : null}
                  {service.link ? (
                    <p>
                      <a href={service.link} rel="noopener noreferrer">
                        {text.source}
                      </a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {offer.pages > 1 ? (
            <nav aria-label={fr.common.pagination} className="actions">
              {offer.page > 1 ? <a href={pageHref(offer.page - 1)}>{fr.common.previousPage}</a> : null}
              <span>{t(text.pageOf, { page: offer.page, pages: offer.pages })}</span>
              {offer.page < offer.pages ? <a href={pageHref(offer.page + 1)}>{fr.common.nextPage}</a> : null}
            </nav>
          ) : null}
        </section>
      ) : (
        <p>{text.chooseTerritory}</p>
      )}

      {canImport ? (
        <section aria-labelledby="import-titre" className="card stack">
          <h2 id="import-titre">{importText.title}</h2>
          <p>{importText.intro}</p>
          {outcome?.ok ? (
            <div className="notice notice--success" role="status">
              <p>
                {t(importText.success, {
                  structuresImported: outcome.report.structures.imported,
                  structuresUpdated: outcome.report.structures.updated,
                  servicesImported: outcome.report.services.imported,
                  servicesUpdated: outcome.report.services.updated,
                })}
              </p>
            </div>
          ) : null}
          {outcome && !outcome.ok ? (
            <div className="error-summary" role="alert" tabIndex={-1}>
              <p className="error-summary__message">{outcome.message}</p>
            </div>
          ) : null}
          {outcome && !outcome.ok && outcome.report?.rejected.length ? (
            <div className="table-wrap">
              <table>
                <caption>{importText.reportTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{importText.kind}</th>
                    <th scope="col">{importText.position}</th>
                    <th scope="col">id</th>
                    <th scope="col">{importText.field}</th>
                    <th scope="col">{importText.message}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.report.rejected.flatMap((r) =>
                    Object.entries(r.errors).map(([field, message]) => (
                      <tr key={`${r.kind}-${r.index}-${field}`}>
                        <td>{importText.kinds[r.kind]}</td>
                        <td className="num">{r.index + 1}</td>
                        <td>{r.id ?? "—"}</td>
                        <td>
                          <code>{field}</code>
                        </td>
                        <td>{message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
          <Form method="post" encType="multipart/form-data" className="stack">
            <CsrfInput />
            <div className="field">
              <label htmlFor="champ-offre-fichier">{importText.fileLabel}</label>
              <input
                id="champ-offre-fichier"
                name="file"
                type="file"
                accept=".json,application/json"
                required
              />
            </div>
            <button type="submit" className="button">
              {importText.submit}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
