/**
 * A slug from a title, for an address or a file name: lower case, ASCII letters and digits, one
 * hyphen between words, 60 characters at most. "Qu'est-ce qui manque à Rouen ?" →
 * "qu-est-ce-qui-manque-a-rouen"; nothing left → "".
 */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
