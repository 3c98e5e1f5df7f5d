import { requireActor } from "../../server/http/require-actor";
import { auditToCsv } from "../../server/privacy/audit-csv";
import { listAuditEvents } from "../../server/privacy/list-audit-events";
import { parisDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/network-audit-export";

/** The audit log (same filter as the page, every line up to 10 000) as a CSV file. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const action = new URL(request.url).searchParams.get("acte") ?? "";
  const listed = valueOr404(await listAuditEvents(context.deps, actor, { action, all: true }));
  const day = parisDate(context.deps.clock.now());
  return new Response(auditToCsv(listed.lines), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="journal-audit-${day}.csv"`,
    },
  });
}
