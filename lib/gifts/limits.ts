// How many people one work may be given to at once (AO3 sets no figure; a work for a whole
// exchange group is still well within it).
export const GIFT_RECIPIENTS_MAX = 10;
