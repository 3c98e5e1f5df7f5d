import { slugFromTitle } from "../core/slug";

/** An ASCII file name for a download (`previsionnel-central.xlsx`), safe in a Content-Disposition header. */
export function exportFileName(name: string, extension: "xlsx" | "pdf"): string {
  const slug = slugFromTitle(name);
  return `previsionnel${slug ? `-${slug}` : ""}.${extension}`;
}
