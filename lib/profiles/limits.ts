// Values the profile form in the browser shares with the server's schema (./schema.ts), kept apart from it so no
// validation library is shipped with the form.

export const BIO_MAX_LENGTH = 2000;
export const OWN_INTERESTS_MAX = 5;
/** The facility choice that opens the new facility's fields. */
export const NEW_FACILITY = 'new';
