import type { NotificationKind } from "../../shared/codes/notifications";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/** Titles named on one digest line before "et N autres". */
export const TITLES_PER_LINE = 3;

export type DigestItem = { kind: NotificationKind; groupKey: string; title: string; createdAt: Date };

export type DigestLine = { kind: NotificationKind; count: number; text: string };

/**
 * A digest's lines: one per kind and group (the new signals of one campaign, the events of one
 * initiative), in the order their first notification came, each naming a few titles and counting
 * the rest, so fifty signals in an evening read as one line. Pure.
 */
export function digestLines(items: readonly DigestItem[]): DigestLine[] {
  const groups = new Map<string, DigestItem[]>();
  const sorted = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const item of sorted) {
    const key = `${item.kind}\u0000${item.groupKey}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((group) => {
    const titles = [...new Set(group.map((item) => item.title))];
    const shown = titles
      .slice(0, TITLES_PER_LINE)
      .map((title) => `« ${title} »`)
      .join(", ");
    const more = titles.length - TITLES_PER_LINE;
    const kind = group[0]!.kind;
    return {
      kind,
      count: group.length,
      text:
        t(fr.notifications.mail.digestGroup, {
          count: group.length,
          kind: fr.notifications.kinds[kind],
          titles: shown,
        }) + (more > 0 ? t(fr.notifications.mail.digestMore, { count: more }) : ""),
    };
  });
}
