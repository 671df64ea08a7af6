// The choices of /preferences, apart from the schema so the form ships no zod to the browser.
export const THEMES = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "sepia", label: "Sepia" },
] as const;

export const FONT_SIZES = [
  { value: "small", label: "Small" },
  { value: "medium", label: "Medium" },
  { value: "large", label: "Large" },
  { value: "extra-large", label: "Extra large" },
] as const;

export type Theme = (typeof THEMES)[number]["value"];
export type FontSize = (typeof FONT_SIZES)[number]["value"];

// The database allows 100 (a CHECK); a guest's list must also fit in one cookie.
export const EXCLUDED_TAGS_MAX = 100;
export const GUEST_COOKIE_MAX_BYTES = 3_500;

export type Preferences = {
  theme: Theme;
  fontSize: FontSize;
  excludedTags: string[];
  hideRead: boolean;
  hideKudosed: boolean;
  hideBookmarked: boolean;
  adultWithoutCheck: boolean;
  wholeWork: boolean;
};

export const DEFAULT_PREFERENCES: Preferences = {
  theme: "system",
  fontSize: "medium",
  excludedTags: [],
  hideRead: false,
  hideKudosed: false,
  hideBookmarked: false,
  adultWithoutCheck: false,
  wholeWork: false,
};
