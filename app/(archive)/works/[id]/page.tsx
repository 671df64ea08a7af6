import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { creatorNames } from "@/components/creatorships/creator-byline";
import { WorkReader } from "@/components/works/work-reader";
import { feedbackActions } from "./feedback-actions";
import { getCurrentUser } from "@/lib/auth/session";
import { countView } from "@/lib/hits/count-view";
import { parseId } from "@/lib/route-params";
import { getChapterTexts, getReadableWork } from "@/lib/works/get-work";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string }>;
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
  const fullView = (await searchParams).view === "full" || work.chapters.length === 1;
  const shown = fullView ? work.chapters : work.chapters.slice(0, 1);
  const texts = await getChapterTexts(work.id, shown.map((chapter) => chapter.id));
  const viewer = await getCurrentUser();
  await countView(work, viewer);
  return <WorkReader work={work} texts={texts} fullView={fullView && work.chapters.length > 1} viewer={viewer} actions={feedbackActions} />;
}
