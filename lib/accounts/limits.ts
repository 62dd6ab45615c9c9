// Lengths the account forms in the browser share with the server's schema (./schema.ts), kept apart from it so no
// validation library is shipped with the forms.

export const DISPLAY_NAME_MAX = 40;
export const ABOUT_MAX = 1000;
