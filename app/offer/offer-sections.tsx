import { Form } from "react-router";
import type { OfferImportReport } from "../../server/offer/import-offer";
import type { OfferServiceItem, TerritoryOffer } from "../../server/offer/list-offer";
import type { OfferMap as OfferMapData } from "../../server/offer/offer-map";
import {
  inclusionPublicLabels,
  inclusionPublicList,
  inclusionThematiqueList,
} from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { OfferMap } from "./offer-map";

/** The sections of the existing offer's page (`routes/offer.tsx`), one component each. */

const text = fr.offer.page;
const importText = fr.offer.imports;

type ChosenTerritory = { kind: string; code: string; name: string };

/** The view's choices, a GET form: territory, catalogue themes (kept), thématique and public. */
export function OfferFilters({
  territory,
  territoryQuery,
  territoryError,
  themes,
  thematique,
  publicCode,
}: {
  territory: ChosenTerritory | null;
  territoryQuery: string;
  territoryError: string | null;
  themes: readonly { code: string; label: string }[];
  thematique: string;
  publicCode: string;
}) {
  return (
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
        <p className="notice">{t(text.themesActive, { themes: themes.map((th) => th.label).join(", ") })}</p>
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
  );
}

/** Why a service is listed, who may use it, what it costs. */
function coverage(service: OfferServiceItem): string {
  const zone = service.eligibilityZone
    ? ` — ${t(text.eligibility, {
        zone: service.eligibilityZone.includes("france")
          ? text.wholeCountry
          : service.eligibilityZone.join(", "),
      })}`
    : "";
  const fees = service.fees ? ` — ${service.fees === "gratuit" ? text.free : text.paid}` : "";
  return `${service.coveredBy === "zone" ? text.coveredByZone : text.coveredByAddress}${zone}${fees}`;
}

function ServiceCard({ service }: { service: OfferServiceItem }) {
  return (
    <li className="card">
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
      <p className="card__meta">{coverage(service)}</p>
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
  );
}

/** The territory's services: the map of the located ones, a page of cards, the pages. */
export function OfferResults({
  territoryName,
  offer,
  map,
  pageHref,
}: {
  territoryName: string;
  offer: TerritoryOffer;
  map: OfferMapData | null;
  pageHref: (page: number) => string;
}) {
  return (
    <section aria-labelledby="offre-titre" className="stack">
      <h2 id="offre-titre">{t(text.resultsTitle, { count: offer.total, name: territoryName })}</h2>
      {map && offer.total > 0 ? <OfferMap map={map} /> : null}
      {offer.services.length === 0 ? (
        <EmptyState title={text.none}>{text.noneHelp}</EmptyState>
      ) : (
        <ul className="card-grid">
          {offer.services.map((service) => (
            <ServiceCard key={`${service.source}:${service.id}`} service={service} />
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
  );
}

/** What an import answered. */
export type ImportOutcome =
  | { ok: true; report: OfferImportReport }
  | { ok: false; message: string; report: OfferImportReport | null };

/** The lines a refused import names: which record, which field, what is wrong. */
function RejectionTable({ rejected }: { rejected: OfferImportReport["rejected"] }) {
  return (
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
          {rejected.flatMap((r) =>
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
  );
}

/** A Fabrique team's import of a data·inclusion file, and what the last one answered. */
export function OfferImport({ outcome }: { outcome: ImportOutcome | undefined }) {
  return (
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
        <RejectionTable rejected={outcome.report.rejected} />
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stack">
        <CsrfInput />
        <div className="field">
          <label htmlFor="champ-offre-fichier">{importText.fileLabel}</label>
          <input id="champ-offre-fichier" name="file" type="file" accept=".json,application/json" required />
        </div>
        <button type="submit" className="button">
          {importText.submit}
        </button>
      </Form>
    </section>
  );
}
