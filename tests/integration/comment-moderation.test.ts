import { beforeEach, describe, expect, it } from 'vitest';
import { editComment, moderateComments, replyAsProgram } from '@/lib/comments/actions';
import { listApprovedComments } from '@/lib/comments/queries';
import { db } from '@/lib/db';
import { commentData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { ARTICLE } from '../support/comments';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };

beforeEach(async () => {
  await clearAuditLog();
  await db.comment.deleteMany();
  await signInAs(await createUser('moderator'));
});

describe('moderateComments', () => {
  it('approves a comment, records who did it and refreshes the article', async () => {
    const comment = await db.comment.create({ data: commentData() });
    const state = await moderateComments(initial, formData({ op: `approve:${comment.id}` }));
    expect(state).toMatchObject({ ok: true, message: '1 comment: approved.' });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: 'approved' });
    const audit = await db.auditEntry.findFirstOrThrow();
    expect(audit).toMatchObject({ action: 'comment.approve', targetType: 'comment', targetId: comment.id });
    expect(audit.actorEmail).toMatch(/^moderator\d+@test\.example$/);
    expect(request.revalidated).toContain(`/articles/${ARTICLE}`);
    expect((await listApprovedComments(ARTICLE)).map((c) => c.id)).toEqual([comment.id]);
  });

  it('applies a bulk action to the ticked comments only, with one audit row each', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => db.comment.create({ data: commentData() })));
    const state = await moderateComments(initial, formData({ op: 'bulk', bulkOp: 'trash', ids: [a!.id, b!.id] }));
    expect(state.message).toBe('2 comments: moved to the trash.');
    expect(await db.comment.count({ where: { status: 'trash' } })).toBe(2);
    expect(await db.comment.findUniqueOrThrow({ where: { id: c!.id } })).toMatchObject({ status: 'pending' });
    expect(await db.auditEntry.count({ where: { action: 'comment.trash' } })).toBe(2);
  });

  it('restores a trashed comment to the queue it came from', async () => {
    const comment = await db.comment.create({ data: commentData({ status: 'approved' }) });
    await moderateComments(initial, formData({ op: `trash:${comment.id}` }));
    await moderateComments(initial, formData({ op: `restore:${comment.id}` }));
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      status: 'approved',
      statusBeforeTrash: null,
    });
  });

  it('asks before deleting for ever, deleting nothing until confirmed', async () => {
    const spam = await db.comment.create({ data: commentData({ status: 'spam' }) });
    const asked = await moderateComments(initial, formData({ op: `delete:${spam.id}` }));
    expect(asked).toMatchObject({
      ok: false,
      message: 'Delete 1 comment for ever? This cannot be undone.',
      result: { confirm: { ids: [spam.id] } },
    });
    expect(await db.comment.count()).toBe(1);
    const done = await moderateComments(
      initial,
      formData({ op: 'bulk', bulkOp: 'delete', ids: asked.result!.confirm!.ids, confirmed: 'yes' }),
    );
    expect(done).toMatchObject({ ok: true, message: '1 comment: deleted for ever.', result: {} });
    expect(await db.comment.count()).toBe(0);
  });

  it('offers Undo after spam, trash and not spam, which puts the comments back where they were', async () => {
    const [a, b] = await Promise.all([
      db.comment.create({ data: commentData({ status: 'approved' }) }),
      db.comment.create({ data: commentData({ status: 'pending' }) }),
    ]);
    const spammed = await moderateComments(initial, formData({ op: 'bulk', bulkOp: 'spam', ids: [a!.id, b!.id] }));
    expect(spammed).toMatchObject({ ok: true, message: '2 comments: marked as spam.' });
    const undo = spammed.result!.undo!;
    expect(undo.op).toBe('restore');
    expect([...undo.ids].sort()).toEqual([a!.id, b!.id].sort());
    await moderateComments(initial, formData({ op: 'bulk', bulkOp: undo.op, ids: undo.ids }));
    expect(await db.comment.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ status: 'approved' });
    expect(await db.comment.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ status: 'pending' });

    const trashed = await moderateComments(initial, formData({ op: `trash:${a!.id}` }));
    expect(trashed.result?.undo).toEqual({ op: 'restore', ids: [a!.id] });
    const approved = await moderateComments(initial, formData({ op: `approve:${b!.id}` }));
    expect(approved.result?.undo).toBeUndefined();
  });

  it('deletes for ever only from spam or trash', async () => {
    const live = await db.comment.create({ data: commentData({ status: 'approved' }) });
    const spam = await db.comment.create({ data: commentData({ status: 'spam' }) });
    const state = await moderateComments(
      initial,
      formData({ op: 'bulk', bulkOp: 'delete', ids: [live.id, spam.id], confirmed: 'yes' }),
    );
    expect(state.message).toBe('1 comment: deleted for ever.');
    expect(await db.comment.findMany({ select: { id: true } })).toEqual([{ id: live.id }]);
    expect(await db.auditEntry.findFirstOrThrow()).toMatchObject({ action: 'comment.delete', targetId: spam.id });
  });

  it('answers an empty selection with a plain hint, not a form error', async () => {
    const state = await moderateComments(initial, formData({ op: 'bulk', bulkOp: 'approve' }));
    expect(state).toMatchObject({
      ok: false,
      message: 'Nothing was selected: tick the box beside each comment you want to change.',
    });
    expect(state.fieldErrors).toBeUndefined();
  });
});

describe('editComment', () => {
  it('saves the edit and keeps the previous text in the audit log', async () => {
    const comment = await db.comment.create({ data: commentData({ body: 'Old text', status: 'approved' }) });
    const state = await editComment(initial, formData({ id: comment.id, name: 'Rosa D.', url: '', body: 'New text' }));
    expect(state.ok).toBe(true);
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      body: 'New text',
      authorName: 'Rosa D.',
    });
    const audit = await db.auditEntry.findFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({ before: { body: 'Old text' } });
  });

  it('keeps the typed text when the edit is invalid', async () => {
    const comment = await db.comment.create({ data: commentData() });
    const state = await editComment(initial, formData({ id: comment.id, name: '', url: '', body: 'Kept' }));
    expect(state).toMatchObject({ ok: false, values: { body: 'Kept', name: '' } });
    expect(state.fieldErrors?.name).toBeDefined();
  });
});

describe('replyAsProgram', () => {
  it('publishes a staff reply under the program name and approves the held parent', async () => {
    const parent = await db.comment.create({ data: commentData({ status: 'pending' }) });
    const state = await replyAsProgram(initial, formData({ parentId: parent.id, body: 'Thanks for asking!' }));
    expect(state.ok).toBe(true);
    const tree = await listApprovedComments(ARTICLE);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.replies[0]).toMatchObject({
      authorName: 'Beyond Bars',
      isStaff: true,
      body: 'Thanks for asking!',
      depth: 2,
    });
    expect((await db.auditEntry.findMany({ orderBy: { createdAt: 'asc' } })).map((a) => a.action).sort()).toEqual([
      'comment.approve',
      'comment.reply',
    ]);
  });
});

describe('public comment reads', () => {
  it('never carry an email address', async () => {
    const parent = await db.comment.create({
      data: commentData({ status: 'approved', authorEmail: 'secret-person@example.org' }),
    });
    await db.comment.create({
      data: commentData({ status: 'approved', parentId: parent.id, depth: 2, authorEmail: 'other@example.org' }),
    });
    const json = JSON.stringify(await listApprovedComments(ARTICLE));
    expect(json).toContain(parent.body);
    expect(json).not.toContain('@example.org');
  });

  it('hide a reply whose parent is no longer public', async () => {
    const parent = await db.comment.create({ data: commentData({ status: 'trash' }) });
    await db.comment.create({ data: commentData({ status: 'approved', parentId: parent.id, depth: 2 }) });
    expect(await listApprovedComments(ARTICLE)).toEqual([]);
  });
});
