import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import "../core/validation";

const messages = fr.accounts.validation;

/** An e-mail address as typed in a form or a JSON body: trimmed, compared case-insensitively. */
export const emailField = z
  .string({ error: messages.emailRequired })
  .trim()
  .min(1, messages.emailRequired)
  .pipe(z.email({ error: messages.emailInvalid }))
  .transform((value) => value.toLowerCase())
  .describe("Adresse e-mail (la casse est ignorée)");

/** A password being checked (sign-in): any non-empty string. */
export const passwordField = z
  .string({ error: messages.passwordRequired })
  .min(1, messages.passwordRequired)
  .describe("Mot de passe");

/** A password being chosen: at least 10 characters. */
export const newPasswordField = z
  .string({ error: messages.passwordTooShort })
  .min(10, messages.passwordTooShort)
  .max(200, messages.passwordTooLong)
  .describe("Nouveau mot de passe, au moins 10 caractères");

export const personNameField = z
  .string({ error: messages.nameRequired })
  .trim()
  .min(1, messages.nameRequired)
  .max(120, messages.nameTooLong)
  .describe("Nom affiché");

/** New password typed twice, as in every form that chooses one. */
export const newPasswordPair = z
  .object({ password: newPasswordField, passwordConfirmation: z.string().default("") })
  .refine((v) => v.password === v.passwordConfirmation, {
    error: messages.passwordMismatch,
    path: ["passwordConfirmation"],
  });

/** Session lifetime: a month, renewed by signing in again. */
export const SESSION_DAYS = 30;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);
