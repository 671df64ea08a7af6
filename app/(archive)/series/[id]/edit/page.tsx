import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesForm } from "@/components/series/series-form";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getOwnSeries } from "@/lib/series/own-series";
import { editSeries } from "../actions";

export const metadata: Metadata = { title: "Edit Series" };

// The series' creator only; a 404 for anyone else, as for a missing series.
export default async function EditSeriesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  const series = id ? await getOwnSeries(id, user.id) : null;
  if (!series) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Edit Series: {series.title}</h1>
      <SeriesForm
        action={editSeries.bind(null, series.id)}
        initialValues={{ title: series.title, summary: series.summary, notes: series.notes, complete: series.complete ? "on" : "" }}
      />
    </div>
  );
}
