// Kept apart from schema.ts so client components can use them without shipping zod to the browser.
export const COMMENT_MAX_LENGTH = 5_000;
export const COMMENT_MAX_DEPTH = 3;
