// AO3's limits for bookmarks (otwarchive config.yml): notes as long as a work's notes, and the
// same cap on tags a writer may add to a work.
export const BOOKMARK_NOTES_MAX = 5000;
export const BOOKMARK_TAGS_MAX = 75;
export const BOOKMARKS_PER_PAGE = 20;
