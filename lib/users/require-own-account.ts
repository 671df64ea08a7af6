import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { decodeSegment } from "@/lib/route-params";

// For the owner-only account pages (change password or email, delete the account): log-in
// required, and a 404 for anyone else's — the same page as for a name that doesn't exist.
export async function requireOwnAccount(rawUsername: string) {
  const viewer = await requireUser();
  const username = decodeSegment(rawUsername);
  if (!username || username.toLowerCase() !== viewer.username.toLowerCase()) notFound();
  return viewer;
}

// The owner's own address, for the change-email page.
export async function getOwnEmail(userId: number): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return user.email;
}
