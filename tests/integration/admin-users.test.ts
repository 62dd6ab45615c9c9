import { describe, expect, it } from 'vitest';
import { signIn } from '@/lib/auth/actions';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { readOutbox } from '@/lib/mail/send';
import { getUserForAdmin, listUsers } from '@/lib/users/queries';
import { changeRole, deleteUser, restoreUser, suspendUser } from '@/lib/users/actions';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };
const PASSWORD = 'correct horse battery staple';

async function asAdmin() {
  const admin = await createUser('admin');
  await signInAs(admin);
  return admin;
}

async function sessionsOpen(userId: string) {
  return db.session.count({ where: { userId, revokedAt: null } });
}

describe('suspending an account', () => {
  it('ends every session, shows the reason at sign-in only with the password, and restores', async () => {
    const penPal = await createUser('penpal');
    await db.session.createMany({ data: [{ userId: penPal.id }, { userId: penPal.id }] });
    const admin = await asAdmin();

    const refused = await suspendUser(initial, formData({ userId: penPal.id, reason: ' ' }));
    expect(refused.fieldErrors?.reason?.[0]).toMatch(/Give a reason/);
    const state = await suspendUser(
      initial,
      formData({ userId: penPal.id, reason: 'Asked a person inside for money.' }),
    );
    expect(state).toMatchObject({ ok: true });
    expect(await sessionsOpen(penPal.id)).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'user.suspend', targetId: penPal.id } });
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.detail)).toMatchObject({
      before: { state: 'unverified' },
      after: { state: 'suspended' },
      reason: 'Asked a person inside for money.',
    });

    request.cookies.clear();
    expect(await currentUser()).toBeNull();
    const wrong = await signIn(initial, formData({ email: penPal.email, password: 'not the password at all' }));
    expect(wrong.message).toBe('That email and password do not match an active account.');
    const told = await signIn(initial, formData({ email: penPal.email, password: PASSWORD }));
    expect(told.message).toContain('This account is suspended: Asked a person inside for money.');

    await signInAs(admin);
    expect(await restoreUser(initial, formData({ userId: penPal.id }))).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: penPal.id } })).toMatchObject({
      suspendedAt: null,
      suspendedReason: null,
    });
    expect(await restoreUser(initial, formData({ userId: penPal.id }))).toMatchObject({ ok: false });
  });
});

describe('roles', () => {
  it('change with every session ended and the before and after audited', async () => {
    const volunteer = await createUser('penpal');
    await db.session.create({ data: { userId: volunteer.id } });
    await asAdmin();
    expect(await changeRole(initial, formData({ userId: volunteer.id, role: 'mailroom' }))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: volunteer.id } })).role).toBe('mailroom');
    expect(await sessionsOpen(volunteer.id)).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'user.role', targetId: volunteer.id } });
    expect(JSON.parse(entry.detail)).toEqual({ before: { role: 'penpal' }, after: { role: 'mailroom' } });
    expect((await changeRole(initial, formData({ userId: volunteer.id, role: 'owner' }))).fieldErrors?.role).toEqual([
      'Choose a role.',
    ]);
  });

  it('cannot be taken from yourself, so the program always keeps an admin', async () => {
    const admin = await asAdmin();
    const state = await changeRole(initial, formData({ userId: admin.id, role: 'moderator' }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining('your own account') });
    expect(await suspendUser(initial, formData({ userId: admin.id, reason: 'x' }))).toMatchObject({ ok: false });
    expect(await deleteUser(initial, formData({ userId: admin.id, confirm: 'yes' }))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe('admin');
  });

  it('let an admin demote another admin, the caller remaining the active one', async () => {
    const other = await createUser('admin');
    const actor = await asAdmin();
    expect(await changeRole(initial, formData({ userId: other.id, role: 'penpal' }))).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { role: 'admin', suspendedAt: null, deletedAt: null } })).toBeGreaterThan(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).role).toBe('admin');
  });
});

describe('deleting an account', () => {
  it('erases a pen pal as their own deletion does, emails them, and refuses staff', async () => {
    const penPal = await createUser('penpal');
    const moderator = await createUser('moderator');
    await asAdmin();
    const unconfirmed = await deleteUser(initial, formData({ userId: penPal.id }));
    expect(unconfirmed.fieldErrors?.confirm).toEqual(['Tick the box to confirm the deletion.']);
    expect((await db.user.findUniqueOrThrow({ where: { id: penPal.id } })).deletedAt).toBeNull();
    expect(await deleteUser(initial, formData({ userId: penPal.id, confirm: 'yes' }))).toMatchObject({ ok: true });
    const erased = await db.user.findUniqueOrThrow({ where: { id: penPal.id } });
    expect(erased).toMatchObject({ name: 'Deleted account', email: `deleted-${penPal.id}@deleted.invalid` });
    expect(erased.deletedAt).not.toBeNull();
    expect((await readOutbox()).at(-1)!.to).toBe(penPal.email);
    expect(await deleteUser(initial, formData({ userId: moderator.id, confirm: 'yes' }))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: moderator.id } })).deletedAt).toBeNull();
  });
});

describe('the users list', () => {
  it('searches by name or email and filters by role and state, for admins only', async () => {
    const found = await createUser('mailroom');
    await db.user.update({ where: { id: found.id }, data: { name: 'Quincy Stamps', emailVerifiedAt: new Date() } });
    await asAdmin();
    const page = (filters: Partial<Parameters<typeof listUsers>[0]>) =>
      listUsers({ q: '', role: null, state: null, sort: 'newest', page: 1, ...filters });
    expect((await page({ q: 'quincy' })).users.map((u) => u.id)).toEqual([found.id]);
    expect((await page({ q: found.email.toUpperCase() })).users.map((u) => u.id)).toEqual([found.id]);
    expect((await page({ role: 'mailroom', state: 'active' })).users.map((u) => u.id)).toContain(found.id);
    expect((await page({ role: 'mailroom', state: 'suspended' })).users.map((u) => u.id)).not.toContain(found.id);
    expect((await getUserForAdmin(found.id))?.user.name).toBe('Quincy Stamps');

    await signInAs(await createUser('moderator'));
    await expect(page({})).rejects.toThrow(/permission/);
    await expect(getUserForAdmin(found.id)).rejects.toThrow(/permission/);
  });
});
