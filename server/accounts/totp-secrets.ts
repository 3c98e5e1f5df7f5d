import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/**
 * TOTP secrets must be readable again to check a code, so they cannot be hashed like tokens: they
 * are encrypted (AES-256-GCM) with a key derived from the installation's secret (decision record
 * 0131). A copy of the database alone gives no working second factor.
 */
function keyOf(installationSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", installationSecret, "essaim", "totp-secret", 32));
}

export function encryptTotpSecret(secret: string, installationSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(installationSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptTotpSecret(stored: string, installationSecret: string): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !sealed) throw new Error("unknown TOTP secret format");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(installationSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

/** Letters and digits that cannot be mistaken for one another when copied by hand. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten recovery codes of ten characters (`abcde-fghjk`), about 49 bits each. */
export function generateRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What a recovery code is stored and looked up as: spaces, dashes and case do not matter. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(`essaim-recovery:${normalised}`).digest("hex");
}

/** A typed TOTP code, digits only. */
export const normaliseTotpCode = (code: string) => code.replace(/\s/g, "");
