import { createRequire } from "node:module";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
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

/** Loads a package synchronously, when first needed, rather than when this module is imported. */
const load = createRequire(import.meta.url);

let estimator: ZxcvbnFactory | undefined;
/**
 * Built once, on the first password chosen: the dictionaries are loaded then (about 0.3 s of CPU,
 * which every start of the app would otherwise pay) and ranked (about a second).
 */
function strengthEstimator(): ZxcvbnFactory {
  if (estimator) return estimator;
  const core = load("@zxcvbn-ts/core") as typeof import("@zxcvbn-ts/core");
  const common = load("@zxcvbn-ts/language-common") as typeof import("@zxcvbn-ts/language-common");
  const french = load("@zxcvbn-ts/language-fr") as typeof import("@zxcvbn-ts/language-fr");
  estimator = new core.ZxcvbnFactory({
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
