import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commentInputSchema, moderationSchema } from '@/lib/comments/schema';

const valid = { articleSlug: 'a-post', name: ' Rosa ', email: 'Rosa@Example.org', url: '', body: 'Hello', company: '' };

describe('commentInputSchema', () => {
  it('trims, lower-cases the email and treats an empty website as none', () => {
    const parsed = commentInputSchema.parse(valid);
    expect(parsed).toMatchObject({
      name: 'Rosa',
      email: 'rosa@example.org',
      url: null,
      parentId: null,
      remember: false,
    });
  });

  it('adds https:// to a bare website', () => {
    expect(commentInputSchema.parse({ ...valid, url: 'example.org/me' }).url).toBe('https://example.org/me');
  });

  it('returns an error for every bad field at once', () => {
    const result = commentInputSchema.safeParse({
      ...valid,
      name: '',
      email: 'not-an-email',
      url: 'javascript:alert(1)',
      body: 'x'.repeat(5001),
    });
    expect(result.success).toBe(false);
    const errors = z.flattenError(result.error!).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['body', 'email', 'name', 'url']);
    expect(errors.body).toEqual(['Comments can be up to 5,000 characters.']);
  });

  it('accepts exactly 5,000 characters', () => {
    expect(commentInputSchema.safeParse({ ...valid, body: 'x'.repeat(5000) }).success).toBe(true);
  });
});

describe('moderationSchema', () => {
  it('reads a row button as one operation on one comment', () => {
    expect(moderationSchema.parse({ op: 'approve:c1', ids: ['c2'], shown: ['c1', 'c2'] })).toEqual({
      op: 'approve',
      ids: ['c1'],
      bulk: false,
      shown: ['c1', 'c2'],
      confirmed: false,
    });
  });

  it('reads the bulk button with the ticked ids', () => {
    expect(moderationSchema.parse({ op: 'bulk', bulkOp: 'trash', ids: ['c1', 'c2'] })).toEqual({
      op: 'trash',
      ids: ['c1', 'c2'],
      bulk: true,
      shown: [],
      confirmed: false,
    });
    expect(moderationSchema.parse({ op: 'bulk', bulkOp: 'spam', ids: 'c1', confirmed: 'yes' })).toEqual({
      op: 'spam',
      ids: ['c1'],
      bulk: true,
      shown: [],
      confirmed: true,
    });
  });

  it('refuses unknown operations, and reads an empty selection as no ids (the action answers it with a hint)', () => {
    expect(moderationSchema.safeParse({ op: 'bulk', bulkOp: '', ids: ['c1'] }).success).toBe(false);
    expect(moderationSchema.safeParse({ op: 'drop-table:c1' }).success).toBe(false);
    expect(moderationSchema.parse({ op: 'bulk', bulkOp: 'approve' }).ids).toEqual([]);
  });
});

describe('website field', () => {
  it.each(['ftp://files.example', 'javascript:alert(1)', 'mailto:a@b.example'])('refuses %s', (url) => {
    expect(commentInputSchema.safeParse({ ...valid, url }).success).toBe(false);
  });
  it('keeps a port on a bare host', () => {
    expect(commentInputSchema.parse({ ...valid, url: 'example.org:8080/x' }).url).toBe('https://example.org:8080/x');
  });
});
