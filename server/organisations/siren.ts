/**
 * SIREN (9 digits) and SIRET (14 digits: the SIREN then the establishment's NIC) as INSEE issues
 * them, with no I/O. Both carry a Luhn check digit, except the establishments of La Poste
 * (SIREN 356 000 000), which are too many for the NIC's range: INSEE validates their SIRET by
 * the sum of its digits being a multiple of 5 (the head office, 356 000 000 00048, keeps Luhn).
 */

export const LA_POSTE_SIREN = "356000000";
const LA_POSTE_HEAD_OFFICE = "35600000000048";

/** What the user typed, with spaces, dots and dashes removed ("443 061 841" → "443061841"). */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.\-\u00a0\u202f]/g, "");
}

/** The Luhn rule: from the right, every second digit doubled (minus 9 above 9); the sum ends in 0. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export type IdentifierCheck = { ok: true; value: string } | { ok: false; reason: "length" | "checksum" };

/** A SIREN, spaces allowed: the 9 digits, or why it is refused. */
export function checkSiren(input: string): IdentifierCheck {
  const value = compactIdentifier(input);
  if (!/^\d{9}$/.test(value)) return { ok: false, reason: "length" };
  return passesLuhn(value) ? { ok: true, value } : { ok: false, reason: "checksum" };
}

/** A SIRET, spaces allowed: the 14 digits, or why it is refused (La Poste's rule included). */
export function checkSiret(input: string): IdentifierCheck {
  const value = compactIdentifier(input);
  if (!/^\d{14}$/.test(value)) return { ok: false, reason: "length" };
  if (value.startsWith(LA_POSTE_SIREN) && value !== LA_POSTE_HEAD_OFFICE) {
    const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0 ? { ok: true, value } : { ok: false, reason: "checksum" };
  }
  return passesLuhn(value) ? { ok: true, value } : { ok: false, reason: "checksum" };
}

export const isValidSiren = (input: string) => checkSiren(input).ok;
export const isValidSiret = (input: string) => checkSiret(input).ok;

/** The SIREN a SIRET belongs to (its first 9 digits). */
export const sirenOfSiret = (siret: string) => compactIdentifier(siret).slice(0, 9);
