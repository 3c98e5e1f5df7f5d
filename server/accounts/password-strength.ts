import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as french from "@zxcvbn-ts/language-fr";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/**
 * How hard a chosen password is to guess, with zxcvbn-ts (French and common dictionaries, AZERTY
 * and QWERTY keyboards): a score of 0 to 4, and at least 3 is required
 * (docs/decisions/0064-password-strength.md). Words of the person and of the site count as
 * guessable: their name, e-mail address, Fabriques, and the site's own words.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Words anyone would try first against any account of this site. */
const siteWords = ["essaim", "fabrique", "fabriques", "initiative", "initiatives", "france active"];

type WarningKey = keyof typeof fr.accounts.passwordWeakness;

let estimator: ZxcvbnFactory | undefined;
/** Built once, on the first password chosen (ranking the dictionaries takes about a second). */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...french.dictionary },
  });
  return estimator;
}

/** The person's own words: their name, e-mail address and Fabriques' names, whole, in parts and run together. */
export function personalWords(person: { name?: string | null; email?: string | null; fabriques?: string[] }) {
  const words = [person.name ?? "", person.email ?? "", ...(person.fabriques ?? [])];
  const parts = words.flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  // "Marie Curie" and "marie.curie@…" are also tried run together: "mariecurie".
  const joined = words.map((word) =>
    word
      .toLowerCase()
      .split("@")[0]!
      .replace(/[^\p{L}\p{N}]+/gu, ""),
  );
  const all = [...words, ...parts, ...joined].filter((word) => word.length >= 3);
  return [...new Set(all)];
}

/** Null when the password is hard enough to guess; otherwise the French reason, to show on the field. */
export function passwordWeakness(password: string, personal: readonly string[]): string | null {
  const result = strengthEstimator().check(password, [...siteWords, ...personal]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const reasons: Record<string, string> = fr.accounts.passwordWeakness;
  const key = result.feedback.warning as WarningKey | null;
  const why = (key && reasons[key]) || fr.accounts.passwordWeakness.other;
  return t(fr.accounts.validation.passwordWeak, { why });
}
