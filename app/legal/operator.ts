import { fr } from "../../shared/i18n/fr";

/** An operator detail as the legal pages show it: what was configured, or "non renseigné" plainly. */
export function said(value: string | null | undefined): string {
  return value?.trim() ? value : fr.legal.notSet;
}
