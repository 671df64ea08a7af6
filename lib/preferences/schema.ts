import { z } from "zod";
import { checkbox } from "@/lib/forms/fields";
import { EXCLUDED_TAGS_MAX, FONT_SIZES, THEMES, type Preferences } from "@/lib/preferences/options";
import { tagListField } from "@/lib/tags/tag-list";

const themes = THEMES.map((theme) => theme.value) as [Preferences["theme"], ...Preferences["theme"][]];
const fontSizes = FONT_SIZES.map((size) => size.value) as [Preferences["fontSize"], ...Preferences["fontSize"][]];

// The /preferences form: "Theme", "Font size", "Tags to always exclude" and the five checkboxes.
export const preferencesSchema = z.object({
  theme: z.enum(themes, "Please choose a theme."),
  fontSize: z.enum(fontSizes, "Please choose a font size."),
  excludedTags: tagListField.refine((tags) => tags.length <= EXCLUDED_TAGS_MAX, `You can exclude at most ${EXCLUDED_TAGS_MAX} tags.`),
  hideRead: checkbox,
  hideKudosed: checkbox,
  hideBookmarked: checkbox,
  adultWithoutCheck: checkbox,
  wholeWork: checkbox,
}) satisfies z.ZodType<Preferences, unknown>;
