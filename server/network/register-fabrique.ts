import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import type { Unparsed } from "../core/validation";
import { fabrique, fabriqueStatusEvent } from "../db/schema";
import {
  type CreateFabriqueInput,
  createFabriqueInput,
  isUniqueViolation,
  parseFabriqueInput,
} from "./fabrique-input";
import { type FabriqueDetails, findFabriqueBySlug } from "./fabrique-query";
import { fabriqueReferencePrefix } from "./reference-prefix";

const slugTaken = () =>
  fail("CONFLICT", {
    message: fr.network.validation.slugTaken,
    fields: { slug: fr.network.validation.slugTaken },
  });

async function isSlugTaken(deps: Pick<Deps, "db">, slug: string): Promise<boolean> {
  const [existing] = await deps.db.select({ id: fabrique.id }).from(fabrique).where(eq(fabrique.slug, slug));
  return !!existing;
}

/**
 * The network animator registers a Fabrique. It starts as a candidate; the creation is the first
 * line of its status journal.
 */
export async function registerFabrique(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Unparsed<CreateFabriqueInput>,
): Promise<Result<FabriqueDetails, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT">> {
  if (!actor.isNetworkAnimator) return fail("FORBIDDEN");
  const parsed = await parseFabriqueInput(deps.db, createFabriqueInput, input);
  // A taken slug is reported with the other problems, not after they are fixed.
  const slug = typeof input?.slug === "string" ? input.slug.trim() : "";
  const taken = (parsed.ok || !parsed.fields.slug) && (await isSlugTaken(deps, slug));
  if (!parsed.ok) {
    const fields = taken ? { ...parsed.fields, slug: fr.network.validation.slugTaken } : parsed.fields;
    return fail("INVALID_INPUT", { fields });
  }
  if (taken) return slugTaken();
  const values = parsed.value;

  const now = deps.clock.now();
  try {
    await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(fabrique)
        .values({
          ...values,
          status: "candidate",
          statusChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: fabrique.id, slug: fabrique.slug });
      // Its reference letters, unique across the network, from the start.
      await fabriqueReferencePrefix(tx, row!);
      await tx.insert(fabriqueStatusEvent).values({
        fabriqueId: row!.id,
        fromStatus: null,
        toStatus: "candidate",
        reason: fr.network.workflow.creationReason,
        byUserId: actor.userId,
        at: now,
      });
    });
  } catch (error) {
    // Two animators choosing the same slug at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return slugTaken();
    throw error;
  }
  return ok((await findFabriqueBySlug(deps.db, values.slug))!);
}
