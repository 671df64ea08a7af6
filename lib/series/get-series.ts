import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { listedWorksWhere } from "@/lib/works/visibility";

// A series as this viewer may see it: its works in order, only those the viewer may list (no
// drafts; restricted ones for logged-in readers), and the word count of those alone. Null when
// the series is missing or has nothing this viewer may see: the page is a 404 either way.
export async function getSeries(id: number, viewer: Viewer | null) {
  const [series, works] = await Promise.all([
    db.series.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        summary: true,
        notes: true,
        complete: true,
        createdAt: true,
        updatedAt: true,
        creatorId: true,
        creator: { select: { username: true } },
      },
    }),
    db.work.findMany({
      where: { AND: [listedWorksWhere(viewer), { seriesPart: { seriesId: id } }] },
      orderBy: { seriesPart: { position: "asc" } },
      select: workBlurbSelect,
    }),
  ]);
  if (!series || works.length === 0) return null;
  const wordCount = works.reduce((total, work) => total + work.wordCount, 0);
  return { ...series, works, wordCount, isCreator: viewer?.id === series.creatorId };
}

export type SeriesPage = NonNullable<Awaited<ReturnType<typeof getSeries>>>;
