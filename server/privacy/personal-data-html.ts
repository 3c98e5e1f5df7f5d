import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { PersonalDataExport } from "./export-personal-data";

const words = fr.privacy.document;

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return escapeHtml(typeof value === "object" ? JSON.stringify(value) : String(value));
}

/**
 * The export as one self-contained HTML page a person can open and read without the app: the
 * account, then one table per place that names them. Every value is escaped (it is user input).
 */
export function personalDataHtml(data: PersonalDataExport): string {
  const { account } = data;
  const facts: [string, string][] = [
    [words.id, account.id],
    [words.name, account.name],
    [words.email, account.email],
    [words.createdAt, account.createdAt],
    [words.networkAnimator, account.isNetworkAnimator ? words.yes : words.no],
  ];
  const sections = data.sections.map((section) => {
    const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
    const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
    const body = section.rows
      .map((row) => `<tr>${columns.map((c) => `<td>${cell(row[c])}</td>`).join("")}</tr>`)
      .join("\n");
    const caption = t(words.section, {
      table: section.table,
      column: section.column,
      count: section.rows.length,
    });
    return `<section><h2>${escapeHtml(caption)}</h2><div style="overflow-x:auto"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div></section>`;
  });
  const title = t(words.title, { name: account.name });
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.4}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(words.exportedAt, { date: data.exportedAt }))}</p>
<h2>${escapeHtml(words.account)}</h2>
<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>
${sections.length ? sections.join("\n") : `<p>${escapeHtml(words.none)}</p>`}
</body></html>
`;
}
