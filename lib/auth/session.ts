import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { signedInFromToken, type SignedIn } from "@/lib/auth/signed-in";
import type { Viewer } from "@/lib/auth/viewer";

export type { Viewer } from "@/lib/auth/viewer";

// The signed-in reader with their preferences and unread notices (lib/auth/signed-in.ts), or
// null. Cached per request: the layout, the header and the page share one read.
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user) return null;
  return signedInFromToken({ userId: session.user.id, sessionVersion: session.user.sessionVersion });
});

// The signed-in user as the database sees them now, or null.
export const getCurrentUser = cache(async (): Promise<Viewer | null> => (await getSignedIn())?.viewer ?? null);

export async function requireUser(): Promise<Viewer> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
