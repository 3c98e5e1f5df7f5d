import { contentDisposition, getDocumentFile } from "../../server/documents/documents";
import { requireActor } from "../../server/http/require-actor";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/meeting-document";

/**
 * Downloads a document, always as an attachment (never rendered in the app's origin), for those
 * its audience allows; anyone else gets 404.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const file = valueOr404(await getDocumentFile(context.deps, actor, params.id));
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
