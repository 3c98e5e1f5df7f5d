import { DEFAULT_ADDRESS_LIMIT, type SpamReason } from "../../shared/codes/signals";

export { DEFAULT_ADDRESS_LIMIT } from "../../shared/codes/signals";

/**
 * The rules of public intake (decision record 0037), pure: how many submissions one address may
 * send to one destination (the Fabrique's form, or a campaign) in an hour before the next ones
 * are kept but marked suspected, and from how many they are refused.
 *
 * A room of residents on one community-centre wifi shares one address: beyond the limit they are
 * not locked out, their submissions are kept and marked for the team to check. Only a flood
 * (`CEILING_FACTOR` times the limit) is refused, so the database cannot be filled by one robot.
 */
export const INTAKE_WINDOW_MS = 60 * 60 * 1000;
export const CEILING_FACTOR = 5;
/** What a team may set on a campaign. */
export const ADDRESS_LIMIT_MIN = 1;
export const ADDRESS_LIMIT_MAX = 1000;

export type IntakeVerdict = { refused: true } | { refused: false; spamReasons: SpamReason[] };

export function intakeVerdict(input: {
  /** Submissions already accepted from this address to this destination within the window. */
  acceptedBefore: number;
  /** The campaign's limit, or null for the default. */
  limit: number | null;
  /** The hidden field people never see was filled in. */
  honeypotFilled: boolean;
}): IntakeVerdict {
  const limit = input.limit ?? DEFAULT_ADDRESS_LIMIT;
  if (input.acceptedBefore >= limit * CEILING_FACTOR) return { refused: true };
  const spamReasons: SpamReason[] = [];
  if (input.honeypotFilled) spamReasons.push("honeypot");
  if (input.acceptedBefore >= limit) spamReasons.push("volume");
  return { refused: false, spamReasons };
}

/** Only a robot fills the honeypot; whitespace that a browser's autofill may leave does not count. */
export const isHoneypotFilled = (value: unknown) => typeof value === "string" && value.trim() !== "";
