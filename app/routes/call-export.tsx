import { exportCall, isCallExportFile } from "../../server/calls/export-call";
import { requireActor } from "../../server/http/require-actor";
import { notFound, valueOr404 } from "../network/page-results";
import type { Route } from "./+types/call-export";

/**
 * A call's downloads for its team: `candidatures.xlsx`, `jury.xlsx` and `jury.pdf`. The service
 * checks who may read them (its Fabrique's team; anyone else gets 404) and leaves out the
 * applications the reader declared a conflict on; the file is always an attachment.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!isCallExportFile(params.file)) notFound();
  const { file, fileName, contentType } = valueOr404(
    await exportCall(context.deps, actor, params.id, params.callId, params.file),
  );
  return new Response(new Uint8Array(file), {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
