import { eq } from "drizzle-orm";
import type { Db } from "../db/database";
import { totpRecoveryCode } from "../db/schema";
import { generateRecoveryCodes, hashRecoveryCode } from "./totp-secrets";

/** Ten new recovery codes in place of the account's old ones; only their hashes are stored. */
export async function replaceRecoveryCodes(tx: Db, userId: string, now: Date): Promise<string[]> {
  const recoveryCodes = generateRecoveryCodes();
  await tx.delete(totpRecoveryCode).where(eq(totpRecoveryCode.userId, userId));
  await tx
    .insert(totpRecoveryCode)
    .values(recoveryCodes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })));
  return recoveryCodes;
}
