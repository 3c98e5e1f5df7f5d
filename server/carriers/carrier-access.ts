import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, type Result } from "../core/result";
import type { DossierWrite } from "../initiatives/dossier-write-rules";
import {
  type InitiativeAccess,
  type InitiativeRow,
  loadInitiativeForActor,
  refuseDossierWrite,
} from "../initiatives/initiative-access";

export type CarrierNeed = "read" | "team" | "edit";

/**
 * Who sees and changes the carrier, the handover and the outcome of an initiative:
 * - read: whoever sees the steering committee's work (team, network, carrier, copil members);
 *   other partners do not learn these exist (NOT_FOUND);
 * - team: choosing the carrier, the handover, inviting the carrier, recording the launch and
 *   proposing the model are the Fabrique team's acts;
 * - edit: the follow-up indicators, which the carrier may record too.
 */
export function loadCarrierInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  need?: "read",
): Promise<Result<{ initiative: InitiativeRow; access: InitiativeAccess }, "NOT_FOUND">>;
export function loadCarrierInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  need: CarrierNeed,
  write?: DossierWrite,
): Promise<
  Result<{ initiative: InitiativeRow; access: InitiativeAccess }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">
>;
export async function loadCarrierInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  need: CarrierNeed = "read",
  /** The write about to be made, checked against the initiative's stage (`dossier-write-rules.ts`). */
  write?: DossierWrite,
): Promise<
  Result<{ initiative: InitiativeRow; access: InitiativeAccess }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const { access } = loaded.value;
  if (!access.canSeeSteering) return fail("NOT_FOUND");
  if (need === "team" && access.level !== "team") return fail("FORBIDDEN");
  if (need === "edit" && !access.canEdit) return fail("FORBIDDEN");
  return (write && refuseDossierWrite(loaded.value.initiative, write)) || loaded;
}
