import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

export type Viewer = { id: number; username: string; role: "USER" | "ADMIN" };

// The token proves who signed in; the role is read fresh so that a revoked admin loses it at once,
// and a deleted account stops acting. Cached per request.
export const getCurrentUser = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, username: true, role: true },
  });
});

export async function requireUser(): Promise<Viewer> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
