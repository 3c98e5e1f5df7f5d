import { getAttachmentFile } from "../../server/calls/attach-file";
import { contentDisposition } from "../../server/documents/documents";
import { requireActor } from "../../server/http/require-actor";
import { notFound, valueOr404 } from "../network/page-results";
import type { Route } from "./+types/call-team-attachment";

/**
 * A file of an application, for the call's team and jury (not a member who declared a conflict
 * on it): always downloaded, never rendered in the app's origin; anyone else gets 404.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const file = valueOr404(await getAttachmentFile(context.deps, { actor }, params.id));
  if (file.callId !== params.callId) notFound();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "content-type": file.mediaType,
      "content-disposition": contentDisposition(file.filename),
      "content-length": String(file.content.length),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
