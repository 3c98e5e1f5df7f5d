/** An ASCII file name for a download (`previsionnel-central.xlsx`), safe in a Content-Disposition header. */
export function exportFileName(name: string, extension: "xlsx" | "pdf"): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `previsionnel${slug ? `-${slug}` : ""}.${extension}`;
}
