import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { carrierCandidate } from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";
import { type CreateCarrierCandidateInput, createCarrierCandidateInput } from "./carrier-schemas";
import { directoryProblems } from "./directory-check";

/**
 * The team records a carrier it is considering (status `considered`): from the study stage, whose
 * carrier scenarios name them, to the carrier search.
 */
export async function createCarrierCandidate(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<CreateCarrierCandidateInput>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team", "carrier.consider");
  if (!loaded.ok) return loaded;
  const parsed = createCarrierCandidateInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const problems = await directoryProblems(deps, loaded.value.initiative.fabriqueId, parsed.data);
  if (problems) return fail("INVALID_INPUT", { fields: problems });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx): Promise<Result<{ id: string }, "NOT_FOUND" | "WRITE_REFUSED">> => {
    const refused = await lockDossierForWrite(tx, initiativeId, "carrier.consider");
    if (refused) return refused;
    const [row] = await tx
      .insert(carrierCandidate)
      .values({ initiativeId, ...parsed.data, status: "considered", createdAt: now })
      .returning({ id: carrierCandidate.id });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "carrier",
      note: t(fr.carriers.journal.candidate, {
        name: parsed.data.name,
        kind: fr.carriers.kinds[parsed.data.kind],
      }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ id: row!.id });
  });
}
