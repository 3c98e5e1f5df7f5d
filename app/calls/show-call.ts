import { formatDeadline } from "../../server/calls/copy-call";
import type { PublicCallSummary } from "../../server/calls/public-calls";

/** A call as the pages show it: its deadline already written in Paris time, French format. */
export function showCall<T extends PublicCallSummary>(call: T): Omit<T, "deadlineAt"> & { deadline: string } {
  const { deadlineAt, ...rest } = call;
  return { ...rest, deadline: formatDeadline(deadlineAt) };
}
