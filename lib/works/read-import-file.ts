import "server-only";
import { importHtml } from "@/lib/text/html-import";
import type { ImportedWork } from "@/lib/text/imported-work";
import { importPlainText } from "@/lib/text/plain-text-import";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const IMPORTERS: Record<string, (text: string) => ImportedWork> = {
  txt: importPlainText,
  html: importHtml,
  htm: importHtml,
};

export type ReadImportResult = { ok: true; work: ImportedWork } | { ok: false; message: string };

// A .txt or .html file of at most 5 MB, decoded as UTF-8, through the same importer as the seed.
export async function readImportFile(file: File | null): Promise<ReadImportResult> {
  if (!file || file.size === 0) return { ok: false, message: "Please choose a .txt or .html file to import." };
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  const importer = IMPORTERS[extension];
  if (!importer) return { ok: false, message: "Only .txt and .html files can be imported." };
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, message: "That file is larger than 5 MB; split it into smaller files." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, message: "That file isn't UTF-8 text. Save it as UTF-8 and try again." };
  }
  const work = importer(text.replace(/^\uFEFF/, ""));
  if (work.chapters.length === 0) return { ok: false, message: "No story text was found in that file." };
  return { ok: true, work };
}
