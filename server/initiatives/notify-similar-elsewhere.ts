import { eq, inArray } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fabrique, initiative, signal, systemState } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { findSimilarSignals, type SimilarDraft } from "../signals/find-similar-signals";
import { findSimilarInitiatives } from "./find-similar-initiatives";
import { type LookAlike, pickSimilarElsewhere } from "./similar-elsewhere-rules";

export type NewItem = { kind: "signal" | "initiative"; id: string };

/**
 * Nobody: compared as someone who may open nothing, the likeness rests on what every team may
 * read of another Fabrique's signals and initiatives (title, territory, themes), never on a text
 * only the new item's own Fabrique may read.
 */
const nobody: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  email: "",
  name: "",
  isNetworkAnimator: false,
  memberships: [],
};

type Stored = SimilarDraft & { id: string; fabriqueId: string; fabriqueName: string; quiet: boolean };

async function readNewItem(deps: Pick<Deps, "db">, item: NewItem): Promise<Stored | undefined> {
  const table = item.kind === "signal" ? signal : initiative;
  const [row] = await deps.db
    .select({
      id: table.id,
      title: table.title,
      description: table.description,
      territoryKind: table.territoryKind,
      territoryCode: table.territoryCode,
      themes: table.themes,
      fabriqueId: table.fabriqueId,
      fabriqueName: fabrique.name,
    })
    .from(table)
    .innerJoin(fabrique, eq(fabrique.id, table.fabriqueId))
    .where(eq(table.id, item.id));
  if (!row) return undefined;
  // A signal suspected or confirmed as spam, or already merged or rejected, is told to nobody.
  const [flags] =
    item.kind === "signal"
      ? await deps.db
          .select({ spam: signal.spam, status: signal.status })
          .from(signal)
          .where(eq(signal.id, item.id))
      : [];
  const quiet = !!flags && (flags.spam !== null || flags.status === "merged" || flags.status === "rejected");
  return {
    ...row,
    territory: { kind: row.territoryKind, code: row.territoryCode },
    quiet,
  };
}

/** The look-alikes of the new item across the network, each with its Fabrique. */
async function lookAlikes(deps: Pick<Deps, "db">, item: NewItem, draft: Stored): Promise<LookAlike[]> {
  const compared: SimilarDraft = { ...draft, id: item.kind === "signal" ? item.id : undefined };
  const signals = await findSimilarSignals(deps, nobody, compared, 10);
  const initiatives = (await findSimilarInitiatives(deps, nobody, draft, 10)).filter((i) => i.id !== item.id);
  const owners = async (table: typeof signal | typeof initiative, ids: string[]) =>
    new Map(
      ids.length
        ? (
            await deps.db
              .select({ id: table.id, fabriqueId: table.fabriqueId })
              .from(table)
              .where(inArray(table.id, ids))
          ).map((row) => [row.id, row.fabriqueId])
        : [],
    );
  const signalOwners = await owners(
    signal,
    signals.map((s) => s.id),
  );
  const initiativeOwners = await owners(
    initiative,
    initiatives.map((i) => i.id),
  );
  return [
    ...signals.map((s) => ({ ...s, kind: "signal" as const, fabriqueId: signalOwners.get(s.id) ?? "" })),
    ...initiatives.map((i) => ({
      ...i,
      kind: "initiative" as const,
      fabriqueId: initiativeOwners.get(i.id) ?? "",
    })),
  ];
}

/**
 * The `similar-elsewhere` job (issue 17, decision record 0149): a new signal or initiative is
 * compared with the network's open signals and initiatives after its commit, and each other
 * Fabrique holding a clear look-alike has its team told, once, with a link to its *own* item
 * (whose page shows the new one among its similar items). The notification names the new item's
 * title and Fabrique, what the similar panel shows every team; nothing else of it. Returns how
 * many people were told.
 */
export async function notifySimilarElsewhere(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  item: NewItem,
): Promise<number> {
  const draft = await readNewItem(deps, item);
  if (!draft || draft.quiet) return 0;
  const picked = pickSimilarElsewhere(await lookAlikes(deps, item, draft), draft.fabriqueId);
  if (!picked.length) return 0;
  const details = fr.notifications.details;
  return deps.db.transaction(async (tx) => {
    const claimed = await tx
      .insert(systemState)
      .values({
        key: `similar-elsewhere:${item.kind}:${item.id}`,
        value: { at: deps.clock.now().toISOString() },
      })
      .onConflictDoNothing()
      .returning({ key: systemState.key });
    if (!claimed.length) return 0;
    let told = 0;
    for (const own of picked) {
      const values = { own: own.title, fabrique: draft.fabriqueName };
      told += await recordNotifications(deps, tx, {
        kind: "similar_elsewhere",
        fabriqueId: own.fabriqueId,
        link: own.kind === "signal" ? `/signaux/${own.id}` : `/projets/${own.id}`,
        title: draft.title,
        detail:
          item.kind === "signal"
            ? t(details.similar_signal_elsewhere, values)
            : t(details.similar_initiative_elsewhere, values),
        groupKey: `similar_elsewhere:${own.fabriqueId}`,
        audience: { team: own.fabriqueId },
        actorUserId: null,
      });
    }
    return told;
  });
}
