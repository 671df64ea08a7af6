import type { FormValues } from "@/lib/forms/form-state";
import type { Preferences } from "@/lib/preferences/options";

// Saved preferences as the form's typed values (checkboxes "on", tags comma-separated).
export function preferencesFormValues(preferences: Preferences): FormValues {
  const on = (flag: boolean) => (flag ? "on" : "");
  return {
    theme: preferences.theme,
    fontSize: preferences.fontSize,
    excludedTags: preferences.excludedTags.join(", "),
    hideRead: on(preferences.hideRead),
    hideKudosed: on(preferences.hideKudosed),
    hideBookmarked: on(preferences.hideBookmarked),
    adultWithoutCheck: on(preferences.adultWithoutCheck),
    wholeWork: on(preferences.wholeWork),
  };
}
