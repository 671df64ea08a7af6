import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok, type Result } from "@/lib/result";

export const NOTICES_PER_PAGE = 30;

// The header shows this on every page for a logged-in user: one indexed count, once per request.
export const unreadNoticeCount = cache((userId: number) => db.notice.count({ where: { userId, readAt: null } }));

export async function listNotices(userId: number, page: number) {
  // Every creatorship of the work (at most CREATORS_MAX): the byline is the accepted ones; a
  // co-creator invitation shows from the reader's own row whether it is still open, and who sent it.
  const creatorships = {
    orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
    select: { userId: true, status: true, user: { select: { username: true } }, invitedBy: { select: { username: true } } },
  } satisfies Prisma.Work$creatorshipsArgs;
  const [notices, total] = await Promise.all([
    db.notice.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTICES_PER_PAGE,
      take: NOTICES_PER_PAGE,
      select: {
        id: true,
        userId: true,
        kind: true,
        readAt: true,
        createdAt: true,
        work: { select: { id: true, title: true, posted: true, creatorships } },
        chapter: { select: { id: true, position: true, title: true } },
        comment: {
          select: { id: true, body: true, guestName: true, author: { select: { username: true } } },
        },
        series: { select: { id: true, title: true } },
      },
    }),
    db.notice.count({ where: { userId } }),
  ]);
  return { notices, total, pageCount: Math.max(1, Math.ceil(total / NOTICES_PER_PAGE)) };
}

export type InboxNotice = Awaited<ReturnType<typeof listNotices>>["notices"][number];

export async function markNoticesRead(userId: number): Promise<Result> {
  await db.notice.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return ok();
}
