import type { LabelScope } from "./import-patterns";
import type { SourceBlock } from "./source-blocks";

export type NoteField = "summary" | "notesBegin" | "notesEnd";

// Recognised summary or note text, and whose it is: the chapter's, the work's, or decided by
// where it stands ("any").
export type NoteItem = { field: NoteField; scope: LabelScope; blocks: SourceBlock[] };
