import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdultContentCheck } from "@/components/works/adult-content-check";
import { WorkReader } from "@/components/works/work-reader";
import { feedbackActions } from "../../feedback-actions";
import { getCurrentUser } from "@/lib/auth/session";
import { countView } from "@/lib/hits/count-view";
import { parseId } from "@/lib/route-params";
import { chapterPath } from "@/lib/routes";
import { adultCheckBackPath, adultCheckPending } from "@/lib/works/adult-check";
import { withAdultConsent } from "@/lib/works/adult-content";
import { getChapterTexts, getReadableWork } from "@/lib/works/get-work";

type Props = {
  params: Promise<{ id: string; chapterId: string }>;
  searchParams: Promise<{ view_adult?: string | string[] }>;
};

async function loadChapter(params: Props["params"]) {
  const raw = await params;
  const [id, chapterId] = [parseId(raw.id), parseId(raw.chapterId)];
  if (!id || !chapterId) notFound();
  const work = await getReadableWork(id, await getCurrentUser());
  const chapter = work?.chapters.find((candidate) => candidate.id === chapterId);
  if (!work || !chapter) notFound();
  return { work, chapter };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { work, chapter } = await loadChapter(params);
  return { title: `${work.title}, Chapter ${chapter.position}` };
}

export default async function ChapterPage({ params, searchParams }: Props) {
  const { work, chapter } = await loadChapter(params);
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
  const texts = await getChapterTexts(work.id, [chapter.id]);
  await countView(work, viewer, { chapterId: chapter.id, movesPlace: true });
  return <WorkReader work={work} texts={texts} fullView={false} viewer={viewer} actions={feedbackActions} />;
}
