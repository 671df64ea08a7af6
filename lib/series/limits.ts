// AO3's series limits (otwarchive config.yml: TITLE_MAX, SUMMARY_MAX, NOTES_MAX), the same
// figures as a work's; enforced by lib/series/schema.ts and shown beside the fields.
export const SERIES_TITLE_MAX = 255;
export const SERIES_SUMMARY_MAX = 1250;
export const SERIES_NOTES_MAX = 5000;
