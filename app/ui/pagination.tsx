import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/**
 * Previous / "page N sur M" / next links under a list; nothing when there is one page. Plain
 * links, so it works without JavaScript; `href(page)` keeps the list's filters.
 */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={fr.common.pagination} className="actions">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {fr.common.previousPage}
        </a>
      ) : null}
      <span>{t(fr.common.pageOf, { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {fr.common.nextPage}
        </a>
      ) : null}
    </nav>
  );
}
