import "server-only";
import { db } from "@/lib/db";

// AO3 names the most recent givers and sums up the rest.
export const KUDOS_NAMES_SHOWN = 50;

export async function kudosSummary(workId: number) {
  const [recent, users, guests] = await Promise.all([
    db.kudo.findMany({
      where: { workId, userId: { not: null } },
      orderBy: { createdAt: "desc" },
      take: KUDOS_NAMES_SHOWN,
      select: { user: { select: { username: true } } },
    }),
    db.kudo.count({ where: { workId, userId: { not: null } } }),
    db.kudo.count({ where: { workId, userId: null } }),
  ]);
  return {
    names: recent.flatMap((kudo) => (kudo.user ? [kudo.user.username] : [])),
    moreUsers: Math.max(0, users - KUDOS_NAMES_SHOWN),
    guests,
  };
}

export type KudosSummary = Awaited<ReturnType<typeof kudosSummary>>;
