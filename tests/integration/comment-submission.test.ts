import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { submitComment } from '@/lib/comments/actions';
import { COMMENTER_COOKIE } from '@/lib/comments/commenter-cookie';
import { COMMENTER_KEY_COOKIE } from '@/lib/comments/commenter-key';
import { db } from '@/lib/db';
import { resetRateLimits } from '@/lib/rate-limit';
import { commentData } from '@/prisma/factories';
import { ARTICLE, commentFields, servedFormSecondsAgo } from '../support/comments';
import { formData } from '../support/form';
import { request, runAfterResponse } from '../support/request';
import { createUser } from '../support/users';
import { GET as awaitingComments } from '@/app/api/comments/awaiting/route';

const initial = { ok: false };

async function submit(overrides: Record<string, string> = {}) {
  return submitComment(initial, formData(commentFields(overrides)));
}

beforeEach(async () => {
  await resetRateLimits();
  await db.comment.deleteMany();
  servedFormSecondsAgo(20);
});

describe('submitComment', () => {
  it('holds a first comment for moderation and tells the author so', async () => {
    const state = await submit();
    expect(state).toMatchObject({ ok: true, message: 'Your comment is awaiting moderation.' });
    expect(state.result).toEqual({
      name: 'Rosa Delgado',
      body: 'Thank you, this made my first letter much easier.',
      published: false,
      busyConnection: false,
    });
    const row = await db.comment.findFirstOrThrow();
    expect(row).toMatchObject({
      articleSlug: ARTICLE,
      status: 'pending',
      authorEmail: 'rosa@example.org',
      spamReasons: '',
    });
    expect(row.ipHash).not.toContain('203.0.113.7');
    expect(request.revalidated).toEqual([]);
  });

  it('reports every invalid field, keeps what was typed and stores nothing', async () => {
    const longBody = 'x'.repeat(5001);
    const state = await submit({ name: '', email: 'rosa-at-example', body: longBody, url: 'ftp://files' });
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['body', 'email', 'name', 'url']);
    expect(state.fieldErrors?.body).toEqual(['Comments can be up to 5,000 characters.']);
    expect(state.values).toMatchObject({ body: longBody, email: 'rosa-at-example', url: 'ftp://files' });
    expect(await db.comment.count()).toBe(0);
  });

  it('publishes at once for a browser whose earlier comment under the same email was approved', async () => {
    await submit();
    await db.comment.updateMany({ data: { status: 'approved' } });
    const state = await submit({ body: 'A second thought.' });
    expect(state).toMatchObject({ ok: true, message: 'Thank you, your comment is published.' });
    expect(await db.comment.findFirstOrThrow({ where: { body: 'A second thought.' } })).toMatchObject({
      status: 'approved',
    });
    expect(request.revalidated).toContain(`/articles/${ARTICLE}`);
  });

  it('holds a comment that only types an email with approved comments, and answers exactly as for a newcomer', async () => {
    await db.comment.create({ data: commentData({ authorEmail: 'rosa@example.org', status: 'approved' }) });
    const known = await submit({ body: 'Pretending to be Rosa.' });
    request.cookies.delete(COMMENTER_KEY_COOKIE);
    const unknown = await submit({ email: 'new@example.org', body: 'A newcomer.' });
    expect(known).toEqual({ ...unknown, result: { ...unknown.result, body: 'Pretending to be Rosa.' } });
    expect(await db.comment.findFirstOrThrow({ where: { body: 'Pretending to be Rosa.' } })).toMatchObject({
      status: 'pending',
    });
  });

  it('never publishes at once under a staff address, even from a browser with approved comments', async () => {
    const moderator = await createUser('moderator');
    await submit({ email: moderator.email });
    await db.comment.updateMany({ data: { status: 'approved' } });
    await submit({ email: moderator.email, body: 'Posing as staff.' });
    expect(await db.comment.findFirstOrThrow({ where: { body: 'Posing as staff.' } })).toMatchObject({
      status: 'pending',
    });
  });

  it('does not publish at once when a spam rule fires, even for a vouched-for browser', async () => {
    await submit();
    await db.comment.updateMany({ data: { status: 'approved' } });
    await submit({ body: 'Try our casino today' });
    expect(await db.comment.findFirstOrThrow({ where: { body: 'Try our casino today' } })).toMatchObject({
      status: 'spam',
      spamReasons: 'blocked-word',
    });
  });

  it('sends to spam the words an admin listed in the settings, in place of the built-in list', async () => {
    const words = JSON.stringify({ letterWords: [], commentWords: ['timeshare'] });
    await db.setting.create({ data: { key: 'screening', value: words } });
    await submit({ body: 'Ask me about a timeshare' });
    await submit({ body: 'Try our casino today, said nobody' });
    expect(await db.comment.findFirstOrThrow({ where: { body: 'Ask me about a timeshare' } })).toMatchObject({
      status: 'spam',
      spamReasons: 'blocked-word',
    });
    expect(
      (await db.comment.findFirstOrThrow({ where: { body: 'Try our casino today, said nobody' } })).status,
    ).not.toBe('spam');
    await db.setting.deleteMany();
  });

  it.each([
    ['honeypot', { company: 'Acme' }],
    ['too-many-links', { body: 'https://a.example https://b.example https://c.example' }],
    ['blocked-word', { body: 'Cheap viagra here' }],
  ])('sends %s to the spam queue with the same message a person gets', async (reason, overrides) => {
    const state = await submit(overrides);
    expect(state.message).toBe('Your comment is awaiting moderation.');
    expect(await db.comment.findFirstOrThrow()).toMatchObject({ status: 'spam', spamReasons: reason });
  });

  it('sends a form submitted within three seconds of being served to spam', async () => {
    servedFormSecondsAgo(1);
    await submit();
    expect(await db.comment.findFirstOrThrow()).toMatchObject({ status: 'spam', spamReasons: 'too-fast' });
  });

  it('sends a submission without the served-form cookie to spam', async () => {
    request.cookies.clear();
    await submit();
    expect(await db.comment.findFirstOrThrow()).toMatchObject({ status: 'spam', spamReasons: 'no-form-stamp' });
  });

  it('rate-limits per IP: the sixth comment in ten minutes is held for a moderator, marked, not sent to spam', async () => {
    for (let i = 0; i < 5; i++) await submit({ email: `reader${i}@example.org`, body: `Comment ${i}` });
    const state = await submit({ email: 'sixth@example.org', body: 'Comment 6' });
    // Told plainly, as people on a library's or a visiting room's connection would otherwise post again.
    expect(state).toMatchObject({ ok: true, result: { published: false, busyConnection: true } });
    expect(state.message).toMatch(
      /^Many comments have come from your connection just now .* no need to post it again\.$/,
    );
    expect(await db.comment.findFirstOrThrow({ where: { body: 'Comment 6' } })).toMatchObject({
      status: 'pending',
      spamReasons: 'rate-limit',
    });
  });

  it('past the hard limit per connection refuses, stores nothing, and keeps what was typed', async () => {
    for (let i = 0; i < 30; i++) await submit({ email: `bot${i}@example.org`, company: 'Bot Inc', body: `Bot ${i}` });
    expect(await db.comment.count()).toBe(30);
    const state = await submit({ body: 'A real person on a busy connection.' });
    expect(state).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Too many comments have come from your connection/),
    });
    expect(state.values).toMatchObject({ body: 'A real person on a busy connection.' });
    expect(await db.comment.count()).toBe(30);
  });

  it('rate-limits per email across IPs', async () => {
    for (let i = 0; i < 11; i++) {
      request.headers.set(CLIENT_ADDRESS_HEADER, `198.51.100.${i}`);
      await submit({ body: `Comment ${i}` });
    }
    expect(await db.comment.count({ where: { status: 'pending', spamReasons: 'rate-limit' } })).toBe(1);
  });

  it('threads replies to a depth of three and refuses a fourth level', async () => {
    const root = await db.comment.create({ data: commentData({ status: 'approved' }) });
    await submit({ parentId: root.id, body: 'Level two' });
    const two = await db.comment.findFirstOrThrow({ where: { body: 'Level two' } });
    expect(two.depth).toBe(2);
    await db.comment.update({ where: { id: two.id }, data: { status: 'approved' } });
    await submit({ parentId: two.id, body: 'Level three' });
    const three = await db.comment.findFirstOrThrow({ where: { body: 'Level three' } });
    expect(three.depth).toBe(3);
    await db.comment.update({ where: { id: three.id }, data: { status: 'approved' } });
    const state = await submit({ parentId: three.id, body: 'Level four' });
    expect(state).toMatchObject({
      ok: false,
      message: 'Replies can only be nested three deep.',
      values: { body: 'Level four' },
    });
  });

  it('refuses a reply to a comment that is not public', async () => {
    const held = await db.comment.create({ data: commentData({ status: 'pending' }) });
    expect((await submit({ parentId: held.id })).ok).toBe(false);
  });

  it('refuses an article that does not exist', async () => {
    expect(await submit({ articleSlug: 'no-such-article' })).toMatchObject({
      ok: false,
      message: 'This article no longer exists.',
    });
  });

  it('remembers the commenter only when asked', async () => {
    await submit();
    expect(request.cookies.has(COMMENTER_COOKIE)).toBe(false);
    await submit({ remember: 'on', url: 'example.org', body: 'Second' });
    expect(decodeURIComponent(request.cookies.get(COMMENTER_COOKIE)!.value)).toContain('"url":"https://example.org"');
  });
});

describe('spam retention', () => {
  it('deletes spam older than SPAM_RETENTION_DAYS after a comment is sent, and keeps everything else', async () => {
    // Housekeeping runs at most hourly per process, and earlier tests sent comments.
    vi.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
    servedFormSecondsAgo(20);
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await db.comment.create({ data: commentData({ status: 'spam', body: 'Old spam', createdAt: old }) });
    await db.comment.create({ data: commentData({ status: 'approved', body: 'Old approved', createdAt: old }) });
    await db.comment.create({ data: commentData({ status: 'spam', body: 'Recent spam' }) });
    await submit();
    await runAfterResponse();
    const bodies = (await db.comment.findMany({ select: { body: true } })).map((c) => c.body).sort();
    expect(bodies).toEqual(['Old approved', 'Recent spam', 'Thank you, this made my first letter much easier.']);
    vi.useRealTimers();
  });
});

describe('a writer’s own comments awaiting moderation', () => {
  const awaiting = async () =>
    (
      (await (
        await awaitingComments(new Request(`http://localhost/api/comments/awaiting?article=${ARTICLE}`))
      ).json()) as {
        comments: { body: string; authorName: string }[];
      }
    ).comments.map((comment) => comment.body);

  it('are shown to the browser that wrote them, held or caught as spam alike, and to no other', async () => {
    await submit({ body: 'Held for a moderator.' });
    await submit({ body: 'Caught by the honeypot.', company: 'Bot Inc' });
    expect(await awaiting()).toEqual(['Held for a moderator.', 'Caught by the honeypot.']);

    const approved = await db.comment.findFirstOrThrow({ where: { body: 'Held for a moderator.' } });
    await db.comment.update({ where: { id: approved.id }, data: { status: 'approved', approvedAt: new Date() } });
    expect(await awaiting()).toEqual(['Caught by the honeypot.']);

    request.cookies.delete(COMMENTER_KEY_COOKIE);
    expect(await awaiting()).toEqual([]);
    await submit({ body: 'Another browser’s comment.' });
    expect(await awaiting()).toEqual(['Another browser’s comment.']);
  });
});
