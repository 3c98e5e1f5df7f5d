import { Fragment } from "react";
import type { FabriqueStatus } from "../../shared/codes/network";
import { formatInteger } from "../../shared/i18n/format";
import { StatusBadge } from "./status-badge";

/** How many Fabriques per status, as a definition list (a table would be heavier for four lines). */
export function StatusCounts({
  statuses,
  byStatus,
}: {
  statuses: FabriqueStatus[];
  byStatus: Record<FabriqueStatus, number>;
}) {
  return (
    <dl className="facts">
      {statuses.map((status) => (
        <Fragment key={status}>
          <dt>
            <StatusBadge status={status} />
          </dt>
          <dd>{formatInteger(byStatus[status])}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
