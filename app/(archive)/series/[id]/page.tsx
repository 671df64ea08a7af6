import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HiddenWorksNotice } from "@/components/preferences/hidden-works-notice";
import { SeriesMeta } from "@/components/series/series-meta";
import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import { Link } from "@/components/ui/link";
import { WorkList } from "@/components/works/work-list";
import { getCurrentUser } from "@/lib/auth/session";
import { worksHiddenAmong } from "@/lib/preferences/hidden-among";
import { getPreferences } from "@/lib/preferences/get-preferences";
import { parseId } from "@/lib/route-params";
import { editSeriesPath, seriesPath } from "@/lib/routes";
import { getSeries } from "@/lib/series/get-series";
import { isSubscribed } from "@/lib/subscriptions/subscriptions";
import { setSeriesSubscription } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ show_hidden?: string | string[] }> };

const loadSeries = cache(async (rawId: string) => {
  const id = parseId(rawId);
  const series = id ? await getSeries(id, await getCurrentUser()) : null;
  if (!series) notFound();
  return series;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = await loadSeries((await params).id);
  return { title: `${series.title} - Series` };
}

export default async function SeriesPage({ params, searchParams }: Props) {
  const series = await loadSeries((await params).id);
  const viewer = await getCurrentUser();
  // The reader's preferences hide parts here as in every listing, unless "Show them" was chosen.
  const showHidden = (await searchParams).show_hidden === "true";
  const hidden = showHidden ? new Set<number>() : await worksHiddenAmong(series.works.map((work) => work.id), await getPreferences(), viewer);
  const subscribed = viewer && !series.isCreator ? await isSubscribed(viewer.id, { seriesId: series.id }) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{series.title}</h1>
        <div className="flex flex-wrap gap-3">
          {subscribed !== null && <SubscribeButton subscribed={subscribed} action={setSeriesSubscription.bind(null, series.id)} />}
          {series.isCreator && (
            <Link href={editSeriesPath(series.id)} className="rounded border border-stone-400 px-3 py-2">
              Edit Series
            </Link>
          )}
        </div>
      </header>
      <SeriesMeta series={series} />
      <HiddenWorksNotice hidden={hidden.size} showHref={`${seriesPath(series.id)}?show_hidden=true`} />
      <WorkList works={series.works.filter((work) => !hidden.has(work.id))} label="Works in this series" />
    </div>
  );
}
