import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Please enter your email address.')
    .pipe(z.email('Enter an email address such as name@example.org.')),
  password: z.string().min(1, 'Please enter your password.'),
  next: z.string().optional().transform(safeNextPath),
});

/**
 * Only same-site paths, so a crafted link cannot bounce a fresh session to another site. `+` and `,` stay: a directory
 * search with spaces comes back with them.
 */
export function safeNextPath(value: string | undefined): string {
  return value && /^\/(?!\/)[\w\-/?=&%.+,]*$/.test(value) ? value : '/';
}
