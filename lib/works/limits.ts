// AO3's limits (otwarchive config.yml), enforced by the schemas and shown beside the fields.
export const TITLE_MAX = 255;
export const SUMMARY_MAX = 1250;
export const NOTES_MAX = 5000;
export const CHAPTER_TEXT_MIN = 10;
export const CHAPTER_TEXT_MAX = 510_000;
export const USER_TAGS_MAX = 75;
export const WORKS_PER_PAGE = 20;
