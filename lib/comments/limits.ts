// Apart from schema.ts so that the comment form can read them without bundling zod for the
// browser: zod probes `Function("")` when it defines a schema, which the CSP reports as a violation.
// AO3's limit for one comment.
export const COMMENT_MAX = 10_000;
export const GUEST_NAME_MAX = 100;
