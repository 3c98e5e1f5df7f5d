import { randomUUID } from "node:crypto";
import { fr } from "../../shared/i18n/fr";
import { findCampaign } from "../campaigns/campaign-query";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { checkSignalReferences, insertSignal } from "./insert-signal";
import { followUpToken } from "./receipt-token";
import { recordingFabriques } from "./signal-access";
import { type AssistedSignalInput, assistedSignalInput } from "./signal-schemas";

/** The Fabriques whose team the actor is in: saisie assistée is the team's, not a partner's. */
export const assistingFabriques = (actor: Actor) =>
  recordingFabriques(actor).filter((f) => f.role === "admin" || f.role === "officer");

/**
 * Saisie assistée (decision record 0037): at a public meeting or a campaign evening, a team
 * member enters residents' submissions for them, one after another. The signal is the resident's
 * (name, optional e-mail, consent) entered by the team member (`createdByUserId`, `assisted`),
 * with the channel and the campaign it answers (any campaign of the Fabrique: paper forms are
 * often typed after the evening). Signed in and accountable, the team is not counted per address.
 */
export async function createAssistedSignal(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  input: Unparsed<AssistedSignalInput>,
): Promise<Result<{ id: string; reference: string; followUpToken: string }, "FORBIDDEN" | "INVALID_INPUT">> {
  const fabriques = assistingFabriques(actor);
  if (!fabriques.length) return fail("FORBIDDEN");
  const parsed = assistedSignalInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const owner = value.fabriqueId
    ? fabriques.find((f) => f.id === value.fabriqueId)
    : fabriques.length === 1
      ? fabriques[0]
      : undefined;
  if (!owner) return fail("INVALID_INPUT", { fields: { fabriqueId: fr.signals.validation.fabrique } });
  const checked = await checkSignalReferences(deps, value);
  const campaign = value.campaignId ? await findCampaign(deps, value.campaignId) : undefined;
  const campaignWrong = value.campaignId !== undefined && campaign?.fabriqueId !== owner.id;
  if (!checked.ok || campaignWrong) {
    const fields = { ...(checked.ok ? {} : checked.fields) };
    if (campaignWrong) fields.campaignId = fr.signals.validation.campaign;
    return fail("INVALID_INPUT", { fields });
  }
  const id = randomUUID();
  const followUp = followUpToken(deps.config.secret, id);
  const row = await insertSignal(
    deps,
    owner,
    {
      id,
      kind: value.kind,
      title: value.title,
      description: value.description,
      territoryKind: checked.value.territory!.kind,
      territoryCode: checked.value.territory!.code,
      themes: value.themes,
      publics: value.publics,
      channel: value.channel,
      submitterName: value.submitter.name,
      submitterEmail: value.submitter.email ?? "",
      submitterType: value.submitter.type,
      consentAt: deps.clock.now(),
      campaignId: campaign?.id ?? null,
      createdByUserId: actor.userId,
      assisted: true,
      receiptTokenHash: followUp.hash,
    },
    { notify: deps, followUpToken: followUp.token, fabriqueName: owner.name },
  );
  // The officer hands the follow-up link over (printed on the page) when there is no e-mail.
  return ok({ ...row, followUpToken: followUp.token });
}
