import { inArray } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { signal, signalEvent, theme } from "../db/schema";
import { getTerritory } from "../territories/get-territory";
import type { TerritoryRef } from "../territories/territory-schemas";
import { notifyNewSignal } from "./notify-new-signal";
import { acknowledgementMail, followUpExpiry, followUpUrl } from "./signal-follow-up-mails";
import { nextSignalReference } from "./signal-reference";

type NewSignal = Omit<
  typeof signal.$inferInsert,
  | "reference"
  | "fabriqueId"
  | "status"
  | "createdAt"
  | "updatedAt"
  | "statusChangedAt"
  | "version"
  | "followUpExpiresAt"
>;

/**
 * Checks what only the database knows: the territory exists (an old commune code answers the
 * current commune) and the themes are in the catalogue's taxonomy. Gives the stored territory.
 */
export async function checkSignalReferences(
  deps: Pick<Deps, "db">,
  input: { territory?: TerritoryRef; themes?: readonly string[] },
): Promise<Result<{ territory: TerritoryRef | null }, "INVALID_INPUT">> {
  const fields: Record<string, string> = {};
  let territory: TerritoryRef | null = null;
  if (input.territory) {
    const found = await getTerritory(deps, input.territory);
    if (found.ok) territory = { kind: found.value.kind, code: found.value.code };
    else fields.territory = fr.signals.validation.territory;
  }
  if (input.themes?.length) {
    const known = await deps.db
      .select({ code: theme.code })
      .from(theme)
      .where(inArray(theme.code, [...input.themes]));
    if (known.length !== new Set(input.themes).size) fields.themes = fr.signals.validation.themeUnknown;
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  return ok({ territory });
}

/**
 * Who hears of a new signal: with `mail` and `config` (every service; the demo seed passes none),
 * its Fabrique's team is notified; with a follow-up token, the submitter gets the acknowledgement
 * with the private follow-up link (when they gave an e-mail address). All in the signal's
 * transaction.
 */
export type SignalNews = {
  notify?: Pick<Deps, "mail" | "config">;
  /** The submitter's follow-up token (its hash is in `values.receiptTokenHash`). */
  followUpToken?: string;
  fabriqueName?: string;
};

/** Writes a new signal with its reference and the first line of its journal, in one transaction. */
export async function insertSignal(
  deps: Pick<Deps, "db" | "clock">,
  owner: { id: string; slug: string },
  values: NewSignal,
  news: SignalNews = {},
) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const reference = await nextSignalReference(tx, owner, now);
    const [row] = await tx
      .insert(signal)
      .values({
        ...values,
        fabriqueId: owner.id,
        reference,
        status: "new",
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
        followUpExpiresAt: values.receiptTokenHash ? followUpExpiry(now) : null,
      })
      .returning({ id: signal.id, reference: signal.reference });
    await tx.insert(signalEvent).values({
      signalId: row!.id,
      fromStatus: null,
      toStatus: "new",
      reason: "",
      byUserId: values.createdByUserId ?? null,
      at: now,
    });
    if (news.notify) {
      const notify = { ...news.notify, clock: deps.clock };
      const created = {
        ...row!,
        title: values.title,
        fabriqueId: owner.id,
        campaignId: values.campaignId ?? null,
      };
      await notifyNewSignal(notify, tx, created, values.createdByUserId ?? null);
      if (news.followUpToken && values.submitterEmail) {
        const url = followUpUrl(news.notify.config.publicUrl, news.followUpToken);
        const submitted = {
          ...created,
          submitterName: values.submitterName ?? "",
          submitterEmail: values.submitterEmail,
        };
        await news.notify.mail.enqueue(
          tx,
          acknowledgementMail(submitted, news.fabriqueName ?? owner.slug, url),
        );
      }
    }
    return row!;
  });
}
