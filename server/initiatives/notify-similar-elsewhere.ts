import { eq, inArray, sql } from "drizzle-orm";
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
 * One new signal or initiative (issue 17, decision record 0149) compared with the network's open
 * signals and initiatives; each other Fabrique holding a clear look-alike has its team told, once,
 * with a link to its *own* item (whose page shows the new one among its similar items). The
 * notification names the new item's title and Fabrique, what the similar panel shows every team;
 * nothing else of it. The item's key (`similar-elsewhere:<kind>:<id>`) is claimed whatever the
 * outcome, so it is compared once. Returns how many people were told.
 */
export async function notifySimilarElsewhere(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  item: NewItem,
): Promise<number> {
  const draft = await readNewItem(deps, item);
  const picked =
    draft && !draft.quiet ? pickSimilarElsewhere(await lookAlikes(deps, item, draft), draft.fabriqueId) : [];
  const details = fr.notifications.details;
  return deps.db.transaction(async (tx) => {
    const claimed = await tx
      .insert(systemState)
      .values({ key: similarKey(item), value: { at: deps.clock.now().toISOString() } })
      .onConflictDoNothing()
      .returning({ key: systemState.key });
    if (!claimed.length || !draft) return 0;
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

const similarKey = (item: NewItem) => `similar-elsewhere:${item.kind}:${item.id}`;

/** New items are compared for this long after their creation (a queue stopped meanwhile catches up). */
export const SIMILAR_ELSEWHERE_WINDOW_HOURS = 48;

/**
 * The `similar-elsewhere` job, every 10 minutes: each signal and initiative created in the last
 * SIMILAR_ELSEWHERE_WINDOW_HOURS whose key is not claimed yet, oldest first. Nothing is paid in
 * the request that creates them (decision record 0148's budget), and nothing is lost: the items
 * are read from their tables, not from a message. Returns how many people were told.
 */
export async function notifyNewLookAlikes(deps: Pick<Deps, "db" | "clock" | "mail" | "config">) {
  const since = new Date(deps.clock.now().getTime() - SIMILAR_ELSEWHERE_WINDOW_HOURS * 3600000);
  const fresh = await deps.db.execute<{ kind: NewItem["kind"]; id: string }>(sql`
    select kind, id from (
      select 'signal' as kind, s.id, s.created_at from signal s where s.created_at >= ${since}
      union all
      select 'initiative', i.id, i.created_at from initiative i where i.created_at >= ${since}) n
    where not exists (select 1 from system_state k where k.key = 'similar-elsewhere:' || n.kind || ':' || n.id)
    order by n.created_at, n.id
    limit 500`);
  let told = 0;
  for (const item of fresh.rows) told += await notifySimilarElsewhere(deps, item);
  return told;
}
