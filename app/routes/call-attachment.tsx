import { getAttachmentFile } from "../../server/calls/attach-file";
import { contentDisposition } from "../../server/documents/documents";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/call-attachment";

/**
 * A file of an application, for its applicant through the private link: always downloaded
 * (never rendered in the app's origin), with the type read from its bytes; anyone else gets 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const file = valueOr404(await getAttachmentFile(context.deps, { token: params.token }, params.id));
  return new Response(new Uint8Array(file.content), {
    headers: {
      "content-type": file.mediaType,
      "content-disposition": contentDisposition(file.filename),
      "content-length": String(file.content.length),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
