import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdultContentCheck } from "@/components/works/adult-content-check";
import { creatorNames } from "@/components/creatorships/creator-byline";
import { WorkReader } from "@/components/works/work-reader";
import { feedbackActions } from "./feedback-actions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseDownloadFormat } from "@/lib/downloads/download-formats";
import { countView } from "@/lib/hits/count-view";
import { getPreferences } from "@/lib/preferences/get-preferences";
import { parseId } from "@/lib/route-params";
import { downloadPath, fullWorkPath, workPath } from "@/lib/routes";
import { adultCheckBackPath, adultCheckPending } from "@/lib/works/adult-check";
import { withAdultConsent } from "@/lib/works/adult-content";
import { getChapterTexts, getReadableWork } from "@/lib/works/get-work";

type Props = {
  params: Promise<{ id: string }>;
  // view_adult: the adult content check's "Yes, Continue"; download: a download waiting on it.
  searchParams: Promise<{ view?: string; view_adult?: string | string[]; download?: string }>;
};

async function loadWork(params: Props["params"]) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const work = await getReadableWork(id, await getCurrentUser());
  if (!work) notFound();
  return work;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const work = await loadWork(params);
  return { title: `${work.title} by ${creatorNames(work.creatorships)}` };
}

export default async function WorkPage({ params, searchParams }: Props) {
  const work = await loadWork(params);
  const query = await searchParams;
  const viewer = await getCurrentUser();
  if (await adultCheckPending(work, viewer, query.view_adult)) {
    const format = parseDownloadFormat(query.download);
    const target = format ? downloadPath(work.id, format) : query.view === "full" ? fullWorkPath(work.id) : workPath(work.id);
    return (
      <AdultContentCheck
        title={work.title}
        creator={work.creator.username}
        continueHref={withAdultConsent(target)}
        backHref={await adultCheckBackPath(work.id)}
        download={format !== null}
      />
    );
  }
  // "Show the whole work by default" (/preferences); a chapter's own page always shows one chapter.
  const fullView = query.view === "full" || work.chapters.length === 1 || (await getPreferences()).wholeWork;
  const shown = fullView ? work.chapters : work.chapters.slice(0, 1);
  const texts = await getChapterTexts(work.id, shown.map((chapter) => chapter.id));
  // A one-shot's page is its chapter; a longer work's page keeps the reader's place where it was.
  await countView(work, viewer, { chapterId: shown[0]?.id ?? null, movesPlace: work.chapters.length === 1 });
  return <WorkReader work={work} texts={texts} fullView={fullView && work.chapters.length > 1} viewer={viewer} actions={feedbackActions} />;
}
