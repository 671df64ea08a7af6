import type { Prisma } from "@/lib/generated/prisma/client";
import { bylineSelect } from "@/lib/creatorships/creator-where";

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
  // The byline: every accepted creator (lib/creatorships).
  creatorships: bylineSelect,
  tags: { select: { tag: { select: { name: true, type: true } } } },
} satisfies Prisma.WorkSelect;

export type WorkBlurb = Prisma.WorkGetPayload<{ select: typeof workBlurbSelect }>;
