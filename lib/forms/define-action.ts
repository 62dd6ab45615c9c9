import 'server-only';
import { z } from 'zod';
import { AuthorizationError } from '@/lib/auth/errors';
import { type ActionState, CORRECT_FIELDS_MESSAGE } from './action-state';
import { unexpectedErrorState } from './unexpected-error';

type Options<Schema extends z.ZodType, Actor> = {
  /** Runs first: who is calling. Throws AuthorizationError to refuse. */
  authorize: () => Promise<Actor>;
  schema: Schema;
  /** Fields echoed back so a failed submission keeps what was typed. Never list secrets. */
  echo?: readonly string[];
};

export type FormAction<Result = undefined> = (
  prev: ActionState<Result>,
  formData: FormData,
) => Promise<ActionState<Result>>;

/**
 * Authorise, then parse with zod (every field error, not only the first), then run the handler. An unexpected error is
 * logged and answered with the typed values kept (unexpected-error.ts).
 */
export function defineAction<Schema extends z.ZodType, Actor, Result = undefined>(
  options: Options<Schema, Actor>,
  handler: (input: z.infer<Schema>, actor: Actor) => Promise<ActionState<Result>>,
): FormAction<Result> {
  return async (_prev, formData) => {
    const values = echoValues(formData, options.echo ?? []);
    try {
      const actor = await options.authorize();
      const parsed = parseForm(options.schema, formData, options.echo ?? []);
      if (!parsed.ok) return parsed.state;
      const state = await handler(parsed.data, actor);
      return state.ok || state.values ? state : { ...state, values };
    } catch (error) {
      if (error instanceof AuthorizationError) return { ok: false, message: error.message };
      return unexpectedErrorState(error, values);
    }
  };
}

export { CORRECT_FIELDS_MESSAGE };

/** zod over the form's fields, every error at once; a failure carries the echoed values back to the form. */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  echo: readonly string[],
):
  | { ok: true; data: z.infer<Schema>; values: Record<string, string> }
  | { ok: false; state: ActionState<never>; values: Record<string, string> } {
  const values = echoValues(formData, echo);
  const parsed = schema.safeParse(formDataToObject(formData));
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return {
    ok: false,
    values,
    state: {
      ok: false,
      message: CORRECT_FIELDS_MESSAGE,
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      values,
    },
  };
}

/**
 * Repeated keys (checkbox groups) become arrays; Next's internal $ACTION fields are dropped. A date typed in three
 * boxes (`<name>Day`, `<name>Month`, `<name>Year`, components/ui/DateParts.tsx) is joined into `<name>`.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    object[key] = all.length === 1 ? all[0]! : all;
    if (key.endsWith('Year') && formData.has(`${key.slice(0, -4)}Day`)) {
      const name = key.slice(0, -4);
      object[name] = joinDateParts(
        String(formData.get(`${name}Day`) ?? ''),
        String(formData.get(`${name}Month`) ?? ''),
        String(formData.get(key) ?? ''),
      );
    }
  }
  return object;
}

/**
 * Day, month and year as typed → YYYY-MM-DD; '' when all are empty; `missing:<parts>` when some are (the date schema
 * says which); the digits as typed otherwise, for the schema to refuse as not a real date.
 */
export function joinDateParts(day: string, month: string, year: string): string {
  const parts = { day: day.trim(), month: month.trim(), year: year.trim() };
  const missing = Object.entries(parts).filter(([, value]) => value === '');
  if (missing.length === 3) return '';
  if (missing.length > 0) return `missing:${missing.map(([part]) => part).join(',')}`;
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(parts.year))
    return `${parts.year}-${parts.month}-${parts.day}`;
  return `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/** A checkbox group's several values come back comma-joined (they are keys, never free text). */
export function echoValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const all = formData.getAll(field).filter((value): value is string => typeof value === 'string');
    if (all.length > 0) values[field] = all.join(',');
  }
  return values;
}
