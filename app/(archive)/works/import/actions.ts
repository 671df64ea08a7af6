"use server";

import { defineAction } from "@/lib/actions/define-action";
import type { ImportState } from "@/lib/works/import-state";
import { importedWorkFormValues } from "@/lib/works/imported-work-form-values";
import { readImportFile } from "@/lib/works/read-import-file";

// Reads the file and hands the posting form its values; nothing is saved until the writer posts.
export const importWorkFile = defineAction({
  access: "user",
  limit: "import_work",
  run: ({ formData }) => {
    const file = formData.get("file");
    return readImportFile(file instanceof File ? file : null);
  },
  onSuccess: (work): ImportState => ({
    status: "success",
    fieldErrors: {},
    values: importedWorkFormValues(work),
    recognised: {
      title: work.title,
      creator: work.creatorName,
      hasNotes: Boolean(work.notesBegin || work.notesEnd || work.chapters.some((chapter) => chapter.notesBegin || chapter.notesEnd)),
      chapters: work.chapters.map((chapter, index) => chapter.title || `Chapter ${index + 1}`),
    },
  }),
});
