import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDateTime } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";

const text = fr.studies.study;

export type VersionRow = {
  version: number;
  status: "draft" | "final";
  note: string;
  byName: string | null;
  createdAt: Date | string;
};

/** The study's versions, newest first: read any of them, mark one final (team only). */
export function StudyVersionsTable({
  initiativeId,
  versions,
  canFinalise,
}: {
  initiativeId: string;
  versions: readonly VersionRow[];
  canFinalise: boolean;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.versionsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.version}</th>
            <th scope="col">{text.columns.status}</th>
            <th scope="col">{text.columns.author}</th>
            <th scope="col">{text.columns.date}</th>
            <th scope="col">{text.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                {v.version}
                {v.note ? <div className="card__meta">{v.note}</div> : null}
              </th>
              <td>
                <span className={`badge${v.status === "final" ? " badge--stage-launch" : ""}`}>
                  {text.statuses[v.status]}
                </span>
              </td>
              <td>{v.byName ?? "—"}</td>
              <td>{formatDateTime(v.createdAt)}</td>
              <td>
                <div className="actions">
                  <a href={`/projets/${initiativeId}/etude?version=${v.version}`}>
                    {t(text.view, { version: v.version })}
                  </a>
                  {canFinalise && v.status === "draft" ? (
                    <Form method="post">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="final" />
                      <input type="hidden" name="version" value={v.version} />
                      <button type="submit" className="button button--secondary">
                        {t(text.markFinal, { version: v.version })}
                      </button>
                    </Form>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
