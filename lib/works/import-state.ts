import type { FormState } from "@/lib/forms/form-state";

// What the import step returns: the posting form's values plus what the importer recognised.
export type ImportState = FormState & {
  recognised?: { title: string; creator: string | null; hasNotes: boolean; chapters: string[] };
};
