import type { Deps } from "../core/deps";
import { listTeamMembers } from "../network/list-team-members";

export type SignalAssignee = { userId: string; name: string };

/** Who a signal of this Fabrique may be entrusted to: its team (admins, officers), active accounts. */
export async function listSignalAssignees(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
): Promise<SignalAssignee[]> {
  return (await listTeamMembers(deps.db, fabriqueId)).map((member) => ({
    userId: member.id,
    name: member.name,
  }));
}
