"use server";

import { requireUser } from "@/lib/auth/session";
import type { ImportState } from "@/lib/works/import-state";
import { importedWorkFormValues } from "@/lib/works/imported-work-form-values";
import { readImportFile } from "@/lib/works/read-import-file";


export async function importWorkFile(_previous: ImportState, formData: FormData): Promise<ImportState> {
  await requireUser();
  const file = formData.get("file");
  const result = await readImportFile(file instanceof File ? file : null);
  if (!result.ok) return { status: "error", fieldErrors: { file: [result.message] }, values: {}, message: result.message };
  const { work } = result;
  return {
    status: "success",
    fieldErrors: {},
    values: importedWorkFormValues(work),
    recognised: {
      title: work.title,
      creator: work.creatorName,
      hasNotes: Boolean(work.notesBegin || work.notesEnd || work.chapters.some((chapter) => chapter.notesBegin || chapter.notesEnd)),
      chapters: work.chapters.map((chapter, index) => chapter.title || `Chapter ${index + 1}`),
    },
  };
}
