import { fr } from "../../shared/i18n/fr";

/**
 * Every expected failure has a code, mapped once to an HTTP status and a French message.
 * Domains add their codes here so the mapping stays in one table.
 */
export const errorCatalogue = {
  INVALID_INPUT: { status: 400, message: fr.errors.INVALID_INPUT },
  UNAUTHENTICATED: { status: 401, message: fr.errors.UNAUTHENTICATED },
  INVALID_CREDENTIALS: { status: 401, message: fr.errors.INVALID_CREDENTIALS },
  FORBIDDEN: { status: 403, message: fr.errors.FORBIDDEN },
  NOT_FOUND: { status: 404, message: fr.errors.NOT_FOUND },
  CONFLICT: { status: 409, message: fr.errors.CONFLICT },
  TRANSITION_REFUSED: { status: 409, message: fr.errors.TRANSITION_REFUSED },
  /** A write on an initiative's dossier that its stage or state does not allow (`blockedBy`). */
  WRITE_REFUSED: { status: 409, message: fr.errors.WRITE_REFUSED },
  TOKEN_INVALID: { status: 400, message: fr.errors.TOKEN_INVALID },
  RATE_LIMITED: { status: 429, message: fr.errors.RATE_LIMITED },
  BUSY: { status: 503, message: fr.errors.BUSY },
  INTERNAL: { status: 500, message: fr.errors.INTERNAL },
  UNAVAILABLE: { status: 503, message: fr.errors.UNAVAILABLE },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export function statusOf(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function messageOf(code: ErrorCode): string {
  return errorCatalogue[code].message;
}
