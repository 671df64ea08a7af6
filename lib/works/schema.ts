import { z } from "zod";
import { coCreatorsField } from "@/lib/creatorships/schema";
import { checkbox, checkboxList } from "@/lib/forms/fields";
import { ARCHIVE_WARNINGS, CATEGORIES, RATINGS } from "@/lib/tags/archive-tags";
import { giftsField } from "@/lib/gifts/schema";
import { seriesField } from "@/lib/series/schema";
import { tagListField } from "@/lib/tags/tag-list";
import { CHAPTER_TEXT_MAX, CHAPTER_TEXT_MIN, NOTES_MAX, SUMMARY_MAX, TITLE_MAX, USER_TAGS_MAX } from "@/lib/works/limits";

const notes = (label: string) =>
  z.string().default("").refine((text) => text.length <= NOTES_MAX, `${label} must be ${NOTES_MAX.toLocaleString("en")} characters or fewer.`);

export const chapterTextField = z
  .string()
  .default("")
  .refine((text) => text.trim().length >= CHAPTER_TEXT_MIN, `Content must be at least ${CHAPTER_TEXT_MIN} characters long.`)
  .refine((text) => text.length <= CHAPTER_TEXT_MAX, `Content must be ${CHAPTER_TEXT_MAX.toLocaleString("en")} characters or fewer.`);

export const chapterTitleField = z
  .string()
  .default("")
  .transform((title) => title.trim())
  .refine((title) => title.length <= TITLE_MAX, `Chapter title must be ${TITLE_MAX} characters or fewer.`);

export const chapterFields = {
  chapterTitle: chapterTitleField,
  chapterSummary: z.string().default("").refine((text) => text.length <= SUMMARY_MAX, `Chapter summary must be ${SUMMARY_MAX.toLocaleString("en")} characters or fewer.`),
  chapterNotesBegin: notes("Beginning notes"),
  chapterNotesEnd: notes("End notes"),
};

// "" or "?" means the writer does not know how many chapters there will be.
const expectedChapters = z
  .string()
  .default("")
  .transform((text) => text.trim())
  .refine((text) => text === "" || text === "?" || /^\d{1,4}$/.test(text), "Expected chapters must be a number or ?.")
  .transform((text) => (text === "" || text === "?" ? null : Number(text)))
  .refine((count) => count === null || count >= 1, "Expected chapters must be at least 1.");

const publishedAt = z
  .string()
  .default("")
  .refine((text) => text === "" || !Number.isNaN(Date.parse(text)), "Enter a valid date.")
  .transform((text) => (text === "" ? null : new Date(`${text.slice(0, 10)}T12:00:00Z`)))
  .refine((date) => date === null || date.getTime() <= Date.now() + 24 * 3600 * 1000, "Publication date can't be in the future.");

// The work's own fields (metadata), shared by posting and editing.
export const workMetadataFields = {
  rating: z.enum(RATINGS, { error: "Please choose a rating." }),
  warnings: checkboxList.pipe(
    z.array(z.enum(ARCHIVE_WARNINGS, { error: "Choose warnings from the list." })).min(1, "Please select at least one warning."),
  ),
  categories: checkboxList.pipe(z.array(z.enum(CATEGORIES, { error: "Choose categories from the list." }))),
  fandoms: tagListField.refine((tags) => tags.length > 0, "Please fill in at least one fandom."),
  relationships: tagListField,
  characters: tagListField,
  freeforms: tagListField,
  title: z
    .string()
    .default("")
    .transform((title) => title.trim())
    .refine((title) => title.length >= 1, "Please enter a title.")
    .refine((title) => title.length <= TITLE_MAX, `Title must be ${TITLE_MAX} characters or fewer.`),
  summary: z.string().default("").refine((text) => text.length <= SUMMARY_MAX, `Summary must be ${SUMMARY_MAX.toLocaleString("en")} characters or fewer.`),
  notesBegin: notes("Beginning notes"),
  notesEnd: notes("End notes"),
  language: z.string().default("en").transform((code) => code.trim() || "en").pipe(z.string().max(16).regex(/^[A-Za-z-]+$/, "Choose a language.")),
  expectedChapters,
  publishedAt,
  restricted: checkbox,
  commentPermission: z.enum(["REGISTERED", "EVERYONE", "NOBODY"]).default("REGISTERED"),
  moderateComments: checkbox,
  series: seriesField,
  gifts: giftsField,
  coCreators: coCreatorsField,
};

function checkUserTagTotal(
  work: { fandoms: string[]; relationships: string[]; characters: string[]; freeforms: string[] },
  context: z.RefinementCtx,
) {
  const total = work.fandoms.length + work.relationships.length + work.characters.length + work.freeforms.length;
  if (total > USER_TAGS_MAX) {
    context.addIssue({
      code: "custom",
      path: ["freeforms"],
      message: `Fandom, relationship, character, and additional tags must not add up to more than ${USER_TAGS_MAX}. Your work has ${total} of these tags, so you must remove ${total - USER_TAGS_MAX} of them.`,
    });
  }
}

export const workMetadataSchema = z.object(workMetadataFields).superRefine(checkUserTagTotal);

const chapterObject = z.object({ ...chapterFields, body: chapterTextField });

// An imported file's chapters after the first travel with the posting form as JSON, so the
// writer reviews one form and the whole work is posted in one transaction.
export const MAX_IMPORTED_CHAPTERS = 500;
const extraChapters = z
  .string()
  .default("")
  .transform((json, context) => {
    if (!json) return [];
    try {
      return JSON.parse(json) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "The imported chapters could not be read; import the file again." });
      return z.NEVER;
    }
  })
  .pipe(z.array(chapterObject, { error: "The imported chapters could not be read." }).max(MAX_IMPORTED_CHAPTERS));

export const postWorkSchema = z
  .object({ ...workMetadataFields, ...chapterFields, body: chapterTextField, extraChapters })
  .superRefine(checkUserTagTotal);

export type WorkMetadataInput = z.infer<typeof workMetadataSchema>;
export type PostWorkInput = z.infer<typeof postWorkSchema>;
