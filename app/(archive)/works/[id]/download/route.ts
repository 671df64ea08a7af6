import { type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadFilename } from "@/lib/downloads/download-filename";
import { renderWorkEpub } from "@/lib/downloads/work-epub";
import { renderWorkHtml } from "@/lib/downloads/work-html";
import { renderWorkPdf } from "@/lib/downloads/work-pdf";
import { parseId } from "@/lib/route-params";
import { getDownloadableWork } from "@/lib/works/get-download";

const CONTENT_TYPES = {
  epub: "application/epub+zip",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
} as const;

type Format = keyof typeof CONTENT_TYPES;

function isFormat(format: string | null): format is Format {
  return format !== null && Object.hasOwn(CONTENT_TYPES, format);
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const format = request.nextUrl.searchParams.get("format");
  if (!id || !isFormat(format)) return new Response("Not found", { status: 404 });
  const work = await getDownloadableWork(id, await getCurrentUser(), request.nextUrl.origin);
  if (!work) return new Response("Not found", { status: 404 });
  const filename = downloadFilename(work.title, format);
  const body =
    format === "epub"
      ? new Uint8Array(await renderWorkEpub(work))
      : format === "pdf"
        ? new Uint8Array(await renderWorkPdf(work))
        : renderWorkHtml(work);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Per-reader content (restricted works, drafts): never stored by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
