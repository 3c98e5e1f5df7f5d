import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Deps } from "../core/deps";
import { contact, organisation } from "../db/schema";

/**
 * The French message for an organisation or contact id that is not in the Fabrique's own
 * directory (another Fabrique's card is never linked), or null when it is fine.
 */
export async function directoryProblems(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  ids: { organisationId?: string | null; contactId?: string | null },
): Promise<Record<string, string> | null> {
  const problems: Record<string, string> = {};
  if (ids.organisationId) {
    const [row] = await deps.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.id, ids.organisationId), eq(organisation.fabriqueId, fabriqueId)));
    if (!row) problems.organisationId = fr.carriers.outcome.organisationUnknown;
  }
  if (ids.contactId) {
    const [row] = await deps.db
      .select({ id: contact.id })
      .from(contact)
      .where(and(eq(contact.id, ids.contactId), eq(contact.fabriqueId, fabriqueId)));
    if (!row) problems.contactId = fr.carriers.outcome.organisationUnknown;
  }
  return Object.keys(problems).length ? problems : null;
}

/** The Fabrique's directory, for the choice lists of the carrier page. */
export async function listDirectoryOptions(deps: Pick<Deps, "db">, fabriqueId: string) {
  const organisations = await deps.db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(eq(organisation.fabriqueId, fabriqueId))
    .orderBy(organisation.name);
  const contacts = await deps.db
    .select({ id: contact.id, name: contact.name, organisationName: organisation.name })
    .from(contact)
    .leftJoin(organisation, eq(organisation.id, contact.organisationId))
    .where(eq(contact.fabriqueId, fabriqueId))
    .orderBy(contact.name);
  return { organisations, contacts };
}
