import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { checkSignalReferences, insertSignal } from "./insert-signal";
import { recordingFabriques } from "./signal-access";
import { type CreateSignalInput, createSignalInput } from "./signal-schemas";

/**
 * A team member or a partner records a signal for one of their Fabriques, with its channel and
 * source. A partner's signal is theirs to follow (droit de tirage); the team qualifies it.
 */
export async function createSignal(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  input: Unparsed<CreateSignalInput>,
): Promise<Result<{ id: string; reference: string }, "FORBIDDEN" | "INVALID_INPUT">> {
  const fabriques = recordingFabriques(actor);
  if (!fabriques.length) return fail("FORBIDDEN");
  const parsed = createSignalInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const owner = value.fabriqueId
    ? fabriques.find((f) => f.id === value.fabriqueId)
    : fabriques.length === 1
      ? fabriques[0]
      : undefined;
  if (!owner) return fail("INVALID_INPUT", { fields: { fabriqueId: fr.signals.validation.fabrique } });
  const checked = await checkSignalReferences(deps, value);
  if (!checked.ok) return checked;
  const row = await insertSignal(
    deps,
    owner,
    {
      kind: value.kind,
      title: value.title,
      description: value.description,
      territoryKind: checked.value.territory!.kind,
      territoryCode: checked.value.territory!.code,
      themes: value.themes,
      publics: value.publics,
      channel: value.channel,
      sourceOrganisation: value.sourceOrganisation,
      sourcePerson: value.sourcePerson,
      evidence: value.evidence,
      createdByUserId: actor.userId,
    },
    { notify: deps },
  );
  return ok(row);
}
