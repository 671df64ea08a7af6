import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdultContentCheck } from "@/components/works/adult-content-check";
import { WorkReader } from "@/components/works/work-reader";
import { feedbackActions } from "../../feedback-actions";
import { getCurrentUser } from "@/lib/auth/session";
import { countView } from "@/lib/hits/count-view";
import { parseId } from "@/lib/route-params";
import { chapterPath } from "@/lib/routes";
import { getWorkPage } from "@/lib/work-page/get-work-page";
import { adultCheckBackPath, adultCheckPending } from "@/lib/works/adult-check";
import { withAdultConsent } from "@/lib/works/adult-content";

type Props = {
  params: Promise<{ id: string; chapterId: string }>;
  searchParams: Promise<{ view_adult?: string | string[] }>;
};

// The work with this one chapter's text; a chapter this reader may not open is a 404.
async function loadChapter(params: Props["params"]) {
  const raw = await params;
  const [id, chapterId] = [parseId(raw.id), parseId(raw.chapterId)];
  if (!id || !chapterId) notFound();
  const page = await getWorkPage(id, await getCurrentUser(), chapterId);
  const chapter = page?.work.chapters.find((candidate) => candidate.id === chapterId);
  if (!page || !chapter) notFound();
  return { page, chapter };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, chapter } = await loadChapter(params);
  return { title: `${page.work.title}, Chapter ${chapter.position}` };
}

export default async function ChapterPage({ params, searchParams }: Props) {
  const { page, chapter } = await loadChapter(params);
  const { work } = page;
  const viewer = await getCurrentUser();
  if (await adultCheckPending(work, viewer, (await searchParams).view_adult)) {
    return (
      <AdultContentCheck
        title={work.title}
        creator={work.creator.username}
        continueHref={withAdultConsent(chapterPath(work.id, chapter.id))}
        backHref={await adultCheckBackPath(work.id)}
      />
    );
  }
  await countView(work, viewer, { chapterId: chapter.id, movesPlace: true });
  return <WorkReader page={page} fullView={false} viewer={viewer} actions={feedbackActions} />;
}
