import { z } from 'zod';

// Form and URL values arrive as nothing, one string or several (checkbox groups, repeated parameters). These two
// preprocessors are the one place that shapes them, so schemas say only what the values must be.

/** The first of a value that may be repeated: `many(...)` for a list. */
export function first<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema);
}

/** Every value as a list (none is an empty list). */
export function many<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(schema),
  );
}
