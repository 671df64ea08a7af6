import { z } from "zod";
import { checkbox } from "@/lib/forms/fields";
import { SERIES_NOTES_MAX, SERIES_SUMMARY_MAX, SERIES_TITLE_MAX } from "@/lib/series/limits";

const titleTooLong = `Series title must be ${SERIES_TITLE_MAX} characters or fewer.`;

// The posting and edit forms' "Series": a new title or one of the creator's series; "" = none
// (on edit: the work leaves its series).
export const seriesField = z
  .string()
  .default("")
  .transform((title) => title.replace(/\s+/gu, " ").trim())
  .refine((title) => title.length <= SERIES_TITLE_MAX, titleTooLong);

export const editSeriesSchema = z.object({
  title: z
    .string()
    .default("")
    .transform((title) => title.replace(/\s+/gu, " ").trim())
    .refine((title) => title.length >= 1, "Please enter a series title.")
    .refine((title) => title.length <= SERIES_TITLE_MAX, titleTooLong),
  summary: z
    .string()
    .default("")
    .refine((text) => text.length <= SERIES_SUMMARY_MAX, `Summary must be ${SERIES_SUMMARY_MAX.toLocaleString("en")} characters or fewer.`),
  notes: z
    .string()
    .default("")
    .refine((text) => text.length <= SERIES_NOTES_MAX, `Notes must be ${SERIES_NOTES_MAX.toLocaleString("en")} characters or fewer.`),
  complete: checkbox,
});

export type EditSeriesInput = z.infer<typeof editSeriesSchema>;
