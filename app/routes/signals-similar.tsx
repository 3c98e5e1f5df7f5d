import { data } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { findSimilarForDraft } from "../../server/initiatives/find-similar-for-draft";
import { similarDraftQuery } from "../../server/signals/similar-schemas";
import type { Route } from "./+types/signals-similar";

/**
 * Resource route for the new-signal page's duplicate panel (`app/signals/similar-draft-panel.tsx`):
 * the same service as `GET /api/v1/signals/similar`, with the session instead of a token.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = similarDraftQuery.safeParse(params);
  if (!query.success) return data({ ok: false as const, similar: [], initiatives: [] }, { status: 400 });
  const result = await findSimilarForDraft(context.deps, actor, query.data);
  if (!result.ok) return data({ ok: false as const, similar: [], initiatives: [] }, { status: 403 });
  return { ok: true as const, ...result.value };
}
