import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { WorkBlurb } from "@/components/works/work-blurb";
import { getCurrentUser } from "@/lib/auth/session";
import { parsePage } from "@/lib/params/parse-page";
import { listReadings, type ReadingsShown } from "@/lib/readings/list-readings";
import { decodeSegment } from "@/lib/route-params";
import { continueReadingPath, readingsPath } from "@/lib/routes";
import { clearHistoryAction, clearReadingAction } from "./actions";

export const metadata: Metadata = { title: "History" };

type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<{ show?: string | string[]; page?: string | string[] }>;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

// The owner's reading history (AO3's "History"), or with ?show=to-read their "Marked for Later".
// Nobody else's: another reader, or a guest, gets the not-found page.
export default async function ReadingsPage({ params, searchParams }: Props) {
  const username = decodeSegment((await params).username);
  const viewer = await getCurrentUser();
  if (!viewer || !username || viewer.username.toLowerCase() !== username.toLowerCase()) notFound();
  const query = await searchParams;
  const shown: ReadingsShown = query.show === "to-read" ? "to-read" : "history";
  const page = parsePage(query.page);
  const { readings, total, pageCount } = await listReadings(viewer, shown, page);
  const heading = shown === "to-read" ? "Marked for Later" : "History";
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{heading}</h1>
        {shown === "history" && total > 0 && (
          <ActionForm action={clearHistoryAction}>
            <SubmitButton>Clear History</SubmitButton>
          </ActionForm>
        )}
      </div>
      <nav aria-label="History" className="mb-4 flex gap-4 text-sm">
        <Link href={readingsPath(viewer.username)} className="text-red-900 underline" aria-current={shown === "history" ? "page" : undefined}>History</Link>
        <Link href={readingsPath(viewer.username, "to-read")} className="text-red-900 underline" aria-current={shown === "to-read" ? "page" : undefined}>Marked for Later</Link>
      </nav>
      <p className="mb-4 text-sm text-stone-600" role="status">{total.toLocaleString("en")} {total === 1 ? "work" : "works"}</p>
      {readings.length === 0 ? (
        <p>{shown === "to-read" ? "Nothing marked for later yet." : "No history yet: works you read show up here."}</p>
      ) : (
        <ol className="space-y-4" aria-label={heading}>
          {readings.map((reading) => (
            <li key={reading.workId} className="space-y-2">
              <WorkBlurb work={reading.work} />
              <div className="flex flex-wrap items-center gap-3 text-sm">
                {reading.lastReadAt && (
                  <span>
                    Last visited {dateFormat.format(reading.lastReadAt)}
                    {reading.chapter && ` (chapter ${reading.chapter.position}${reading.chapter.title ? `: ${reading.chapter.title}` : ""})`}
                    {reading.views > 1 && `, ${reading.views} visits`}
                  </span>
                )}
                {reading.toRead && <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold">Marked for Later</span>}
                {reading.chapterId && reading.chapter?.posted && (
                  <Link href={continueReadingPath(reading.workId, reading.chapterId, reading.position)} className="text-red-900 underline">
                    Continue reading<span className="sr-only"> {reading.work.title}</span>
                  </Link>
                )}
                <ActionForm action={clearReadingAction.bind(null, reading.workId)}>
                  <SubmitButton className="!px-2 !py-1 text-sm">Clear<span className="sr-only"> {reading.work.title}</span></SubmitButton>
                </ActionForm>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(number) => `${readingsPath(viewer.username, shown === "to-read" ? "to-read" : undefined)}${number > 1 ? `${shown === "to-read" ? "&" : "?"}page=${number}` : ""}`} />
    </div>
  );
}
