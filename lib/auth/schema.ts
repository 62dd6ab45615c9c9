import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Please enter your email address.')
    // Bounded like every other form's address: each attempt is a rate-limit key kept in memory for 15 minutes.
    .max(254, 'Email addresses are at most 254 characters.')
    .pipe(z.email('Enter an email address such as name@example.org.')),
  password: z.string().min(1, 'Please enter your password.').max(1000, 'That is longer than any password here.'),
  next: z.string().optional().transform(safeNextPath),
});

/**
 * Only same-site paths, so a crafted link cannot bounce a fresh session to another site. `+` and `,` stay: a directory
 * search with spaces comes back with them.
 */
export function safeNextPath(value: string | undefined): string {
  return value && /^\/(?!\/)[\w\-/?=&%.+,]*$/.test(value) ? value : '/';
}
