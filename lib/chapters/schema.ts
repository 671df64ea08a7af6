import { z } from "zod";
import { chapterFields, chapterTextField } from "@/lib/works/schema";

export const chapterSchema = z.object({
  ...chapterFields,
  body: chapterTextField,
  // 1-based place among the work's chapters; empty means "at the end".
  position: z
    .string()
    .default("")
    .transform((text) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null)),
});

export type ChapterInput = z.infer<typeof chapterSchema>;

