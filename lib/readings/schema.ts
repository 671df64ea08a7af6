import { z } from "zod";

export const markForLaterSchema = z.object({ intent: z.enum(["mark", "unmark"]) });

// What a chapter page sends as it is left: the chapter and how far down it the reader was.
export const readingPositionSchema = z.object({
  workId: z.coerce.number().int().min(1).max(2_147_483_647),
  chapterId: z.coerce.number().int().min(1).max(2_147_483_647),
  position: z.coerce.number().int().min(0).max(1000),
});
