import { beforeEach, describe, expect, it } from 'vitest';
import { editComment, moderateComments, replyAsProgram } from '@/lib/comments/actions';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { commentData } from '@/prisma/factories';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

type AdminAction = (prev: ActionState<never>, data: FormData) => Promise<ActionState<unknown>>;

// Every admin action, with input that would succeed for a moderator.
const adminActions: [string, AdminAction, (id: string) => Record<string, string | string[]>][] = [
  ['moderateComments (row)', moderateComments, (id) => ({ op: `approve:${id}` })],
  ['moderateComments (bulk)', moderateComments, (id) => ({ op: 'bulk', bulkOp: 'delete', ids: [id] })],
  ['editComment', editComment, (id) => ({ id, name: 'Hacked', url: '', body: 'Hacked' })],
  ['replyAsProgram', replyAsProgram, (id) => ({ parentId: id, body: 'Hacked' })],
];

const callers = {
  'a signed-out visitor': async () => {},
  'a pen pal': async () => signInAs(await createUser('penpal')),
  'a suspended moderator': async () => signInAs(await createUser('moderator', { suspendedAt: new Date() })),
  'a forged session cookie': async () => {
    request.cookies.set('bb.session', { name: 'bb.session', value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged' });
  },
};

beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.comment.deleteMany();
});

describe.each(Object.entries(callers))('%s calling admin actions directly', (_who, signIn) => {
  it.each(adminActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const comment = await db.comment.create({ data: commentData({ status: 'spam', body: 'Original' }) });
    await signIn();
    const state = await action({ ok: false }, formData(input(comment.id)));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in|permission/i);
    expect(await db.comment.findMany()).toEqual([expect.objectContaining({ id: comment.id, status: 'spam', body: 'Original' })]);
    expect(await db.auditEntry.count()).toBe(0);
    expect(request.revalidated).toEqual([]);
  });
});

describe('a moderator', () => {
  it('is allowed, so the refusals above are about who calls', async () => {
    const comment = await db.comment.create({ data: commentData({ status: 'spam' }) });
    await signInAs(await createUser('moderator'));
    expect((await moderateComments({ ok: false }, formData({ op: `delete:${comment.id}` }))).ok).toBe(true);
  });
});
