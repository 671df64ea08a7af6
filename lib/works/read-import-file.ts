import "server-only";
import { importHtml } from "@/lib/text/html-import";
import type { ImportedWork } from "@/lib/text/imported-work";
import { importPlainText } from "@/lib/text/plain-text-import";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";
import { fail, ok, type Result } from "@/lib/result";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const IMPORTERS: Record<string, (text: string) => ImportedWork> = {
  txt: importPlainText,
  html: importHtml,
  htm: importHtml,
};

// A .txt or .html file of at most 5 MB, decoded as UTF-8, through the same importer as the seed.
export async function readImportFile(file: File | null): Promise<Result<ImportedWork>> {
  const field = "file";
  if (!file || file.size === 0) return fail("import_no_file", { field });
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  const importer = IMPORTERS[extension];
  if (!importer) return fail("import_wrong_kind", { field });
  if (file.size > IMPORT_MAX_BYTES) return fail("import_too_large", { field });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return fail("import_not_utf8", { field });
  }
  const work = importer(stripControlCharacters(text.replace(/^\uFEFF/, "")));
  if (work.chapters.length === 0) return fail("import_no_text", { field });
  return ok(work);
}
