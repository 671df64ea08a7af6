// Folio's own caps (AO3 has no reading lists): enough for any reader's shelves, small enough that
// a list page and the work page's select stay quick.
export const READING_LISTS_MAX = 50;
export const READING_LIST_NAME_MAX = 100;
export const READING_LIST_WORKS_MAX = 1000;
export const READING_LIST_WORKS_PER_PAGE = 20;
