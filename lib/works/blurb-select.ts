import type { Prisma } from "@/lib/generated/prisma/client";

// What a work blurb shows (AO3's listing card), loaded in one round trip per list.
export const workBlurbSelect = {
  id: true,
  title: true,
  summary: true,
  language: true,
  wordCount: true,
  postedChapters: true,
  expectedChapters: true,
  complete: true,
  posted: true,
  restricted: true,
  kudosCount: true,
  commentsCount: true,
  bookmarksCount: true,
  hitsCount: true,
  publishedAt: true,
  revisedAt: true,
  creator: { select: { username: true } },
  tags: { select: { tag: { select: { name: true, type: true } } } },
} satisfies Prisma.WorkSelect;

export type WorkBlurb = Prisma.WorkGetPayload<{ select: typeof workBlurbSelect }>;
