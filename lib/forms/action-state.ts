// The one shape every form action returns. Values echo what the user typed (never secrets) so nothing is lost.

export type FieldErrors = Record<string, string[]>;

export type ActionState<Extra = undefined> = {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  result?: Extra;
};

export const initialActionState: ActionState<never> = { ok: false };

/** The generic answer to a form with field errors; the error summary lists them under "There is a problem". */
export const CORRECT_FIELDS_MESSAGE = 'Please correct the fields marked below.';
