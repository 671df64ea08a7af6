import "server-only";
import type { Transaction } from "@/lib/db";

// AO3's orphan_account, made by migration 20261126100000_accounts: it keeps orphaned works without
// their creator's name. No password matches its hash, and it never gets a password reset.
export const ORPHAN_ACCOUNT_USERNAME = "orphan_account";

export async function orphanAccountId(tx: Transaction): Promise<number> {
  const orphan = await tx.user.findUnique({ where: { usernameKey: ORPHAN_ACCOUNT_USERNAME }, select: { id: true } });
  if (!orphan) throw new Error("The orphan_account user is missing: run the migrations (npm start does).");
  return orphan.id;
}
