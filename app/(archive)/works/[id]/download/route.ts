import { type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadFilename } from "@/lib/downloads/download-filename";
import { parseDownloadFormat, type DownloadFormat } from "@/lib/downloads/download-formats";
import type { DownloadWork } from "@/lib/downloads/work-download";
import { renderWorkEpub } from "@/lib/downloads/work-epub";
import { renderWorkHtml } from "@/lib/downloads/work-html";
import { renderWorkPdf } from "@/lib/downloads/work-pdf";
import { parseId } from "@/lib/route-params";
import { workPath } from "@/lib/routes";
import { adultCheckPending } from "@/lib/works/adult-check";
import { VIEW_ADULT } from "@/lib/works/adult-content";
import { downloadOf } from "@/lib/works/get-download";
import { getReadableWork } from "@/lib/works/get-work";

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  epub: "application/epub+zip",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
};

async function render(work: DownloadWork, format: DownloadFormat): Promise<Uint8Array<ArrayBuffer> | string> {
  if (format === "epub") return new Uint8Array(await renderWorkEpub(work));
  if (format === "pdf") return new Uint8Array(await renderWorkPdf(work));
  return renderWorkHtml(work);
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const format = parseDownloadFormat(request.nextUrl.searchParams.get("format"));
  if (!id || !format) return new Response("Not found", { status: 404 });
  const viewer = await getCurrentUser();
  const work = await getReadableWork(id, viewer);
  if (!work) return new Response("Not found", { status: 404 });
  // A Mature or Explicit work asks the adult content question first, on the work page, whose
  // "Yes, Continue" comes back here with view_adult=true.
  if (await adultCheckPending(work, viewer, request.nextUrl.searchParams.get(VIEW_ADULT))) {
    return new Response(null, { status: 303, headers: { Location: `${workPath(id)}?download=${format}`, "Cache-Control": "private, no-store" } });
  }
  const download = await downloadOf(work, request.nextUrl.origin);
  return new Response(await render(download, format), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${downloadFilename(download.title, format)}"`,
      // Per-reader content (restricted works, drafts): never stored by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
