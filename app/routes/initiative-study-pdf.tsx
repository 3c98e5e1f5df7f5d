import { requireActor } from "../../server/http/require-actor";
import { getStudyPdf } from "../../server/studies/get-study-pdf";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/initiative-study-pdf";

/** The study (latest version, or `?version=N`) as a PDF for the steering committee. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const asked = new URL(request.url).searchParams.get("version");
  const pdf = valueOr404(
    await getStudyPdf(context.deps, actor, params.id, asked ? Number(asked) : undefined),
  );
  return new Response(new Uint8Array(pdf.content), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${pdf.filename}"`,
    },
  });
}
