// How long the letters forms' texts may be: shared by the zod schemas and the client forms that count or cap what is
// typed. A plain module, so a form imports the numbers without zod or the reply code (tests/unit/client-imports.test.ts).

export const LETTER_MAX_LENGTH = 9000;
export const REPLY_BODY_MAX = 20_000;
export const WITHHOLD_REASON_MAX = 500;
export const STOP_NOTE_MAX = 500;
