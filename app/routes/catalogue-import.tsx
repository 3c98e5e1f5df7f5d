import { data, Form, useActionData, useLoaderData } from "react-router";
import { type ImportReport, importModels } from "../../server/catalogue/import-models";
import { canProposeModel, proposingFabriques } from "../../server/catalogue/model-access";
import { csvToModelRows } from "../../server/catalogue/model-csv";
import { messageOf } from "../../server/core/errors";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { RejectionReport } from "../catalogue/import-sections";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import type { Route } from "./+types/catalogue-import";

const text = fr.catalogue.imports;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

type Outcome =
  | { ok: true; report: ImportReport }
  | { ok: false; message: string; report: ImportReport | null; format: "json" | "csv" };

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!canProposeModel(actor)) notFound();
  return { fabriques: proposingFabriques(actor) };
}

/** Read the file (JSON list or CSV with a header line) and import it, all or nothing. */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const file = form.get("file");
  const fabriqueId = form.get("fabriqueId");
  const content = file && typeof file !== "string" ? await file.text() : "";
  const name = file && typeof file !== "string" ? file.name : "";
  const failed = (message: string, report: ImportReport | null, format: "json" | "csv") =>
    data<Outcome>({ ok: false, message, report, format }, { status: 400 });
  if (!content.trim()) return failed(text.noFile, null, "json");

  const format = name.toLowerCase().endsWith(".csv") || !/^\s*[[{]/.test(content) ? "csv" : "json";
  let rows: unknown;
  if (format === "json") {
    try {
      rows = JSON.parse(content);
    } catch {
      return failed(text.invalidJson, null, format);
    }
  } else {
    rows = csvToModelRows(content);
    if (rows === null) return failed(text.csvHeader, null, format);
  }
  const result = await importModels(context.deps, actor, rows, {
    fabriqueId: typeof fabriqueId === "string" && fabriqueId ? fabriqueId : undefined,
  });
  if (!result.ok) {
    const report = (result.details as ImportReport | undefined) ?? null;
    return failed(result.message ?? messageOf(result.error), report?.rejected ? report : null, format);
  }
  return data<Outcome>({ ok: true, report: result.value });
}

export default function CatalogueImport() {
  const { fabriques } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  // A JSON row is counted from 1; a CSV row is a line of the file, after the header line.
  const lineOf = (index: number) =>
    outcome && !outcome.ok && outcome.format === "csv" ? index + 2 : index + 1;
  return (
    <div className="stack">
      <p>
        <a href="/catalogue">{fr.catalogue.model.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {outcome?.ok ? (
        <div className="notice notice--success" role="status">
          <p>{t(text.success, { imported: outcome.report.imported, updated: outcome.report.updated })}</p>
          <p>
            <a href="/catalogue?status=draft">{fr.catalogue.list.drafts}</a>
          </p>
        </div>
      ) : null}
      {outcome && !outcome.ok ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p className="error-summary__message">{outcome.message}</p>
        </div>
      ) : null}
      {outcome && !outcome.ok && outcome.report?.rejected.length ? (
        <RejectionReport rejected={outcome.report.rejected} lineOf={lineOf} />
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stack">
        <CsrfInput />
        <div className="field">
          <label htmlFor="champ-file">{text.fileLabel}</label>
          <p className="field__help" id="champ-file-aide">
            {text.fileHelp}
          </p>
          <input
            id="champ-file"
            name="file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            required
            aria-describedby="champ-file-aide"
          />
        </div>
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={text.fabriqueLabel}
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={fr.catalogue.form.choose}
          />
        ) : null}
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
      <p>
        <a href="/api/v1/openapi.json">{text.schemaLink}</a>
      </p>
    </div>
  );
}
