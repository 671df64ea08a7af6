// AO3's longest tag name; apart from the schema so that forms show it without shipping zod to the browser.
export const TAG_MAX_LENGTH = 150;
