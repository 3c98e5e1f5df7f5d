import type { ReplyOptions } from "../ui/page-form";

/**
 * How an account form answers a failure (`replyFailure`): the refusal is explained in the form
 * (these pages are the person's own), only the listed fields are sent back (never a password), and
 * `attempt` changes on every post so the page can empty its password fields after each failure.
 */
export function accountReply(
  context: { requestId: string },
  keep: readonly string[],
): ReplyOptions<{ attempt: string }> {
  return { forbidden: "explain", notFound: "explain", keep, extra: { attempt: context.requestId } };
}

/** The user agent, kept with a session so one can tell sessions apart later. */
export const userAgentOf = (request: Request) => request.headers.get("user-agent");
