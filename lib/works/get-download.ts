import "server-only";
import type { DownloadWork } from "@/lib/downloads/work-download";
import { TAG_TYPE_LABELS, TAG_TYPE_ORDER } from "@/lib/tags/tag-types";
import { formatChapterCount } from "@/lib/works/chapter-count";
import { getChapterTexts, type ReadableWork } from "@/lib/works/get-work";
import { groupTags } from "@/lib/works/group-tags";

// A work its reader may open (getReadableWork: restricted works only for registered users, drafts
// only for their creator) with every chapter that reader may see, shaped for the download writers.
export async function downloadOf(work: ReadableWork, origin: string): Promise<DownloadWork> {
  const texts = await getChapterTexts(work.id, work.chapters.map((chapter) => chapter.id));
  const tagsOf = groupTags(work.tags);
  return {
    id: work.id,
    title: work.title,
    creator: work.creatorships.map(({ user }) => user.username).join(", "),
    summary: work.summary,
    notesBegin: work.notesBegin,
    notesEnd: work.notesEnd,
    language: work.language,
    publishedAt: work.publishedAt,
    revisedAt: work.revisedAt,
    wordCount: work.wordCount,
    chapterCount: formatChapterCount(work.postedChapters, work.expectedChapters),
    tags: TAG_TYPE_ORDER.map((type) => ({ label: TAG_TYPE_LABELS[type], names: tagsOf(type) })).filter((group) => group.names.length > 0),
    url: `${origin}/works/${work.id}`,
    chapters: texts.map((chapter) => ({
      position: chapter.position,
      title: chapter.title,
      summary: chapter.summary,
      notesBegin: chapter.notesBegin,
      notesEnd: chapter.notesEnd,
      bodyHtml: chapter.body,
    })),
  };
}
