import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { viewerFromToken, type Viewer } from "@/lib/auth/viewer";

export type { Viewer } from "@/lib/auth/viewer";

// The signed-in user as the database sees them now (lib/auth/viewer.ts), or null. Cached per request.
export const getCurrentUser = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user) return null;
  return viewerFromToken({ userId: session.user.id, sessionVersion: session.user.sessionVersion });
});

export async function requireUser(): Promise<Viewer> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
