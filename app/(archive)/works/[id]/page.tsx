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
import { getWorkPage } from "@/lib/work-page/get-work-page";
import { adultCheckBackPath, adultCheckPending } from "@/lib/works/adult-check";
import { withAdultConsent } from "@/lib/works/adult-content";

type Props = {
  params: Promise<{ id: string }>;
  // view_adult: the adult content check's "Yes, Continue"; download: a download waiting on it.
  searchParams: Promise<{ view?: string; view_adult?: string | string[]; download?: string }>;
};

// "Show the whole work by default" (/preferences) or ?view=full: every chapter's text; else the
// first chapter's (a one-shot's first chapter is all of it). generateMetadata and the page ask for
// the same, so the work is read once (getWorkPage is cached per request).
async function loadWork({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const wholeWork = (await searchParams).view === "full" || (await getPreferences()).wholeWork;
  const page = await getWorkPage(id, await getCurrentUser(), wholeWork ? "all" : "first");
  if (!page) notFound();
  return { page, wholeWork };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { work } = (await loadWork(props)).page;
  return { title: `${work.title} by ${creatorNames(work.creatorships)}` };
}

export default async function WorkPage(props: Props) {
  const { page, wholeWork } = await loadWork(props);
  const { work } = page;
  const query = await props.searchParams;
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
  const fullView = wholeWork || work.chapters.length === 1;
  // A one-shot's page is its chapter; a longer work's page keeps the reader's place where it was.
  await countView(work, viewer, { chapterId: page.texts[0]?.id ?? null, movesPlace: work.chapters.length === 1 });
  return <WorkReader page={page} fullView={fullView && work.chapters.length > 1} viewer={viewer} actions={feedbackActions} />;
}
