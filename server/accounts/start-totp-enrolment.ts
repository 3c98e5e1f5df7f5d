import { eq } from "drizzle-orm";
import { generateSecret, generateURI } from "otplib";
import QRCode from "qrcode";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { user, userTotp } from "../db/schema";
import { encryptTotpSecret } from "./totp-secrets";

export type TotpEnrolment = {
  /** Base32 secret, shown in text for people who type it instead of scanning. */
  secret: string;
  otpauthUri: string;
  /** The QR code of `otpauthUri`, drawn on the server as SVG markup. */
  qrSvg: string;
};

/**
 * Begin (or begin again) a TOTP enrolment: a new secret, stored encrypted and unconfirmed until a
 * code proves the authenticator has it. CONFLICT when a confirmed second factor exists (disable it
 * first). Accounts without a password (OpenID only) may enrol too: their OpenID sign-ins then ask
 * Essaim's code unless the provider checked a second factor (decision record 0141).
 */
export async function startTotpEnrolment(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Actor,
): Promise<Result<TotpEnrolment, "CONFLICT" | "FORBIDDEN">> {
  const [account] = await deps.db
    .select({ id: user.id, confirmedAt: userTotp.confirmedAt })
    .from(user)
    .leftJoin(userTotp, eq(userTotp.userId, user.id))
    .where(eq(user.id, actor.userId));
  if (!account) return fail("FORBIDDEN");
  if (account.confirmedAt) return fail("CONFLICT");
  const secret = generateSecret();
  const secretEncrypted = encryptTotpSecret(secret, deps.config.secret);
  const now = deps.clock.now();
  await deps.db
    .insert(userTotp)
    .values({ userId: actor.userId, secretEncrypted, createdAt: now })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: { secretEncrypted, createdAt: now, lastTimeStep: null },
    });
  return ok(await drawTotpEnrolment(secret, actor.email));
}

/** The `otpauth://` address of a secret and its QR code, drawn on the server as SVG. */
export async function drawTotpEnrolment(secret: string, email: string): Promise<TotpEnrolment> {
  const otpauthUri = generateURI({ issuer: "Essaim", label: email, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri, qrSvg };
}
