import { z } from 'zod';
import { many } from '@/lib/forms/values';
import { CommentStatus } from '@/lib/db/generated/sqlite/enums';
import { isSafeHttpUrl } from './autolink';
import { COMMENT_MAX_LENGTH } from './limits';

// The statuses are the database enum's (prisma/schema.prisma), in its order: the moderation tabs follow it.
export { CommentStatus };
export const COMMENT_STATUSES = Object.values(CommentStatus);

const optionalUrl = z
  .string()
  .trim()
  .max(200, 'Website must be 200 characters or fewer.')
  // A bare host gets https://; anything with another scheme (ftp:, javascript:) is left for the check to refuse.
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value) ? `https://${value}` : value))
  .refine((value) => value === '' || isSafeHttpUrl(value), 'Enter a web address such as https://example.org.')
  .transform((value) => value || null);

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, 'Please write a comment.')
  .max(COMMENT_MAX_LENGTH, `Comments can be up to ${COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters.`);

export const commentInputSchema = z.object({
  articleSlug: z.string().regex(/^[a-z0-9-]+$/),
  parentId: z
    .string()
    .optional()
    .transform((v) => v || null),
  name: z.string().trim().min(1, 'Please enter your name.').max(80, 'Name must be 80 characters or fewer.'),
  email: z
    .string()
    .trim()
    .min(1, 'Please enter your email address.')
    .pipe(z.email('Enter an email address such as name@example.org.'))
    .transform((v) => v.toLowerCase()),
  url: optionalUrl.optional().default(''),
  body: commentBodySchema,
  remember: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
  // Honeypot: hidden from people, filled in by naive bots.
  company: z.string().optional().default(''),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

export const MODERATION_OPS = ['approve', 'unapprove', 'spam', 'trash', 'restore', 'delete'] as const;
export type ModerationOp = (typeof MODERATION_OPS)[number];

const ids = many(z.string().min(1));

// Row buttons submit op="approve:<id>"; the bulk button submits op="bulk" with bulkOp and the ticked ids. An empty
// selection is not an error of a field (there is nothing to fix in the form): the action answers it with a hint.
// `confirmed` is "yes" once a moderator has confirmed deleting for ever.
// `shown` lists the queue's rows in the order they were on screen, so the answer can keep each acted-on row's place.
export const moderationSchema = z
  .object({ op: z.string(), bulkOp: z.string().optional(), ids, shown: ids, confirmed: z.string().optional() })
  .transform((input, ctx) => {
    const bulk = input.op === 'bulk';
    const [op, id] = bulk ? [input.bulkOp ?? '', undefined] : input.op.split(':');
    if (!(MODERATION_OPS as readonly string[]).includes(op ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['bulkOp'], message: 'Choose an action.' });
      return z.NEVER;
    }
    return {
      op: op as ModerationOp,
      ids: id ? [id] : input.ids,
      bulk,
      shown: input.shown.slice(0, 200),
      confirmed: input.confirmed === 'yes',
    };
  });

export const editCommentSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'Please enter a name.').max(80, 'Name must be 80 characters or fewer.'),
  url: optionalUrl.optional().default(''),
  body: commentBodySchema,
});

export const staffReplySchema = z.object({ parentId: z.string().min(1), body: commentBodySchema });
