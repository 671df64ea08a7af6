import "server-only";
import { db } from "@/lib/db";

// Whom the viewer has muted (at most MUTED_USERS_MAX ids): for marking their comments in a thread,
// and leaving their works out of listings (lib/muting/muted-sql.ts).
export async function mutedUserIds(viewer: { id: number } | null): Promise<Set<number>> {
  if (!viewer) return new Set();
  const rows = await db.mute.findMany({ where: { muterId: viewer.id }, select: { mutedId: true } });
  return new Set(rows.map((row) => row.mutedId));
}
