import { data, Form, useActionData, useNavigation } from "react-router";
import { fail } from "../../server/core/result";
import { requireActor } from "../../server/http/require-actor";
import type { ImportReport, RejectedRow } from "../../server/territories/import-report";
import { importKinds, importTerritoryFile } from "../../server/territories/import-territory-file";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/territories-import";

const text = fr.territories.import;
const labels = { kind: text.kindLabel, file: text.fileLabel };

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  // Only the network animator imports reference data; to others the page does not exist.
  if (!actor.isNetworkAnimator) throw data(null, { status: 404 });
  return null;
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const kind = importKinds.find((k) => k === form.text("kind"));
  const file = form.file("file");
  const fields: Record<string, string> = {};
  if (!kind) fields.kind = text.missingKind;
  if (!file || file.size === 0) fields.file = text.missingFile;
  if (!kind || !file || Object.keys(fields).length)
    return replyFailure(fail("INVALID_INPUT", { fields }), form);
  const result = await importTerritoryFile(context.deps, actor, {
    kind,
    text: await file.text(),
    source: file.name,
    allowRejected: form.text("allowRejected") === "on",
  });
  if (!result.ok) throw data(null, { status: 404 });
  return { ok: true as const, report: result.value };
}

function RowsTable({ title, rows }: { title: string; rows: RejectedRow[] }) {
  if (!rows.length) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {title} ({rows.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.row}</th>
            <th scope="col">{text.codeColumn}</th>
            <th scope="col">{text.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.row}-${r.code}`}>
              <td>{r.row}</td>
              <td>{r.code ?? "—"}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  const message = report.error
    ? t(text.failed, { error: report.error })
    : report.written
      ? t(text.done, { count: report.imported, source: report.source })
      : t(text.refused, { count: report.rejected.length });
  return (
    <section aria-labelledby="rapport-titre" className="stack">
      <div className={`notice ${report.written ? "notice--success" : "notice--warning"}`} role="status">
        <p id="rapport-titre">{message}</p>
      </div>
      <RowsTable title={text.rejectedTitle} rows={report.rejected} />
      <RowsTable title={text.skippedTitle} rows={report.skipped} />
    </section>
  );
}

export default function TerritoriesImport() {
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? result : undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="stack">
      <p>
        <a href="/territoires">{fr.territories.title}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {result?.ok ? <Report report={result.report} /> : null}
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <fieldset className={`field${failure?.fields.kind ? " field--error" : ""}`} id="champ-kind">
          <legend>{text.kindLabel}</legend>
          {failure?.fields.kind ? <p className="field__error">{failure.fields.kind}</p> : null}
          {importKinds.map((kind) => (
            <div className="choice" key={kind}>
              <input
                type="radio"
                id={`import-${kind}`}
                name="kind"
                value={kind}
                defaultChecked={failure?.values.kind === kind}
              />
              <label htmlFor={`import-${kind}`}>{text.kinds[kind]}</label>
            </div>
          ))}
        </fieldset>
        <div className={`field${failure?.fields.file ? " field--error" : ""}`}>
          <label htmlFor="champ-file">{text.fileLabel}</label>
          <p className="field__help" id="champ-file-aide">
            {text.fileHelp}
          </p>
          {failure?.fields.file ? (
            <p className="field__error" id="champ-file-erreur">
              {failure.fields.file}
            </p>
          ) : null}
          <input
            id="champ-file"
            type="file"
            name="file"
            accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
            aria-describedby={`champ-file-aide${failure?.fields.file ? " champ-file-erreur" : ""}`}
            aria-invalid={failure?.fields.file ? true : undefined}
          />
        </div>
        <div className="choice">
          <input type="checkbox" id="champ-allowRejected" name="allowRejected" />
          <label htmlFor="champ-allowRejected">{text.partialLabel}</label>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {text.submit}
          </button>
        </div>
      </Form>
      <p className="field__help">{text.cli}</p>
    </div>
  );
}
