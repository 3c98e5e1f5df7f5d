import type { ImportRejection } from "../../server/catalogue/import-models";
import { fr } from "../../shared/i18n/fr";

/** The sections of the catalogue import page (`routes/catalogue-import.tsx`). */

const text = fr.catalogue.imports;

/** Each rejected row's errors, one line per field; `lineOf` turns a row index into the file's line. */
export function RejectionReport({
  rejected,
  lineOf,
}: {
  rejected: ImportRejection[];
  lineOf: (index: number) => number;
}) {
  return (
    <section aria-labelledby="rapport-titre">
      <h2 id="rapport-titre">{text.reportTitle}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{text.line}</th>
              <th scope="col">externalId</th>
              <th scope="col">{text.field}</th>
              <th scope="col">{text.message}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.flatMap((rejection) =>
              Object.entries(rejection.errors).map(([field, message]) => (
                <tr key={`${rejection.index}-${field}`}>
                  <td className="num">{lineOf(rejection.index)}</td>
                  <td>{rejection.externalId ?? "—"}</td>
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
    </section>
  );
}
