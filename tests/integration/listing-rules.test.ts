import { rm } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { recordReply } from '@/lib/letters/actions/intake';
import { startLetter } from '@/lib/letters/actions/write';
import { readOutbox } from '@/lib/mail/send';
import { isListedPhoto } from '@/lib/photos/queries';
import { parseDirectoryParams } from '@/lib/profiles/directory-params';
import { directoryPage, directoryVersion, getPublicProfile, profileRoute } from '@/lib/profiles/queries';
import { listForReview } from '@/lib/profiles/review-queries';
import { saveSettings } from '@/lib/settings/actions';
import { defaultSettings } from '@/lib/settings/schema';
import { facilityData, profileData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { formData } from '../support/form';
import { threadWithPostedLetter } from '../support/letter-threads';
import { runAfterResponse } from '../support/request';
import { createUser, signInAs } from '../support/users';

// The listing rules by state and the emails' wording, as an admin saves them in the settings and as the public pages,
// the letters and the outbox then follow them, from the very next read.

const initial = { ok: false };
const NOTICE = 'People held in {state} are not listed here: the state does not allow it.';
const everyone = () => parseDirectoryParams({});
const slugsIn = async (filters = everyone()) =>
  (await directoryPage(filters, new Date(), null)).profiles.map((profile) => profile.slug);

const saveListings = (hiddenStates: string[], notice = NOTICE) =>
  saveSettings(initial, formData({ section: 'listings', hiddenStates, notice }));

let oregon: { slug: string; id: string; photoPath: string | null };
let texas: { slug: string; id: string; photoPath: string | null };

beforeEach(async () => {
  await db.thread.deleteMany();
  await db.profile.deleteMany();
  await db.setting.deleteMany();
  await clearAuditLog();
  const or = await db.facility.create({ data: facilityData({ state: 'OR' }) });
  const tx = await db.facility.create({ data: facilityData({ state: 'TX' }) });
  oregon = await db.profile.create({ data: profileData(or, { photoPath: '/photos/or-photo.webp' }) });
  texas = await db.profile.create({ data: profileData(tx, { photoPath: '/photos/tx-photo.webp' }) });
  await signInAs(await createUser('admin'));
});

describe('listing rules by state', () => {
  it('take a hidden state out of the directory, its page and its photo on the next read, audited before and after', async () => {
    // Read first, so the change has to reach what is cached.
    expect((await slugsIn()).sort()).toEqual([oregon.slug, texas.slug].sort());
    expect((await getPublicProfile(texas.slug)).availability).toBe('listed');
    const versionBefore = await directoryVersion();
    const routeBefore = await profileRoute(oregon.slug);

    expect(await saveListings(['TX'])).toMatchObject({ ok: true });

    expect(await slugsIn()).toEqual([oregon.slug]);
    expect(await directoryVersion()).not.toBe(versionBefore);
    // Other profiles' shared copies move on too: one rendered while the rules changed is never served after.
    expect((await profileRoute(oregon.slug)).version).not.toBe(routeBefore.version);
    expect(await getPublicProfile(texas.slug)).toEqual({
      availability: 'withheld',
      notice: 'People held in Texas are not listed here: the state does not allow it.',
    });
    expect(await profileRoute(texas.slug)).toEqual({ availability: 'withheld', version: null });
    expect(await isListedPhoto('tx-photo.webp')).toBe(false);
    expect(await isListedPhoto('or-photo.webp')).toBe(true);
    // Filtered by the hidden state, the directory has the notice instead of anyone.
    const filtered = await directoryPage(parseDirectoryParams({ state: 'TX' }), new Date(), null);
    expect(filtered).toMatchObject({ total: 0, profiles: [], notice: expect.stringContaining('held in Texas') });
    // The staff queue still lists both.
    const { profiles } = await listForReview('listed', '', 1);
    expect(profiles.map((profile) => profile.id).sort()).toEqual([oregon.id, texas.id].sort());

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'settings.update', targetId: 'listings' } });
    const detail = JSON.parse(entry.detail) as {
      before: { hiddenStates: string[] };
      after: { hiddenStates: string[] };
    };
    expect(detail.before.hiddenStates).toEqual([]);
    expect(detail.after.hiddenStates).toEqual(['TX']);

    expect(await saveListings([])).toMatchObject({ ok: true });
    expect((await slugsIn()).sort()).toEqual([oregon.slug, texas.slug].sort());
    expect((await getPublicProfile(texas.slug)).availability).toBe('listed');
  });

  it('leave the hidden state out of best match too', async () => {
    await saveListings(['TX']);
    const filters = parseDirectoryParams({ sort: 'match' }, { bestMatch: true });
    const { profiles } = await directoryPage(filters, new Date(), { interests: ['chess'], languages: [], offers: [] });
    expect(profiles.map((profile) => profile.slug)).toEqual([oregon.slug]);
  });

  it('refuse a state that is not one and a notice with an unknown placeholder, saving nothing', async () => {
    const state = await saveListings(['TX', 'XX'], 'Not shown in {region}, sorry about that.');
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      hiddenStates: ['Choose states from the list.'],
      notice: ['{region} is not a placeholder this text can use. Use {state}, or remove the braces.'],
    });
    expect(await db.setting.count()).toBe(0);
    expect(await slugsIn()).toHaveLength(2);
  });

  it('let nobody start writing to a person held there; a conversation under way carries on', async () => {
    const { penPal, profile } = await threadWithPostedLetter();
    await db.profile.update({ where: { id: profile.id }, data: { state: 'TX' } });
    await saveListings(['TX']);

    const newcomer = await createUser('penpal');
    await db.user.update({ where: { id: newcomer.id }, data: { emailVerifiedAt: new Date() } });
    await signInAs(newcomer);
    expect(await startLetter(initial, formData({ profileId: texas.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('we cannot start a new conversation with them'),
    });
    expect(await db.thread.count({ where: { userId: newcomer.id } })).toBe(0);

    await signInAs(penPal);
    // Opening the draft redirects to the composer: the thread was allowed.
    await expect(startLetter(initial, formData({ profileId: profile.id }))).rejects.toThrow(/NEXT_REDIRECT/);
  });
});

describe('the emails’ wording', () => {
  beforeEach(() => rm(env.outboxDir, { recursive: true, force: true }));

  it('is what lands in the outbox once an admin changes it', async () => {
    const letterEmails = {
      ...defaultSettings().letterEmails,
      replyArrivedSubject: 'Post for you from {program}',
      replyArrivedBody: 'Dear {name},\n\n{person} wrote back! Read it here: {link}\n\nWarmly, {program}',
    };
    expect(await saveSettings(initial, formData({ section: 'letterEmails', ...letterEmails }))).toMatchObject({
      ok: true,
    });
    const { thread, penPal, profile } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await recordReply(initial, formData({ code: thread.replyCode, body: 'Hello there.', receivedOn: today })),
    ).toMatchObject({ ok: true });
    await runAfterResponse();

    const [mail] = (await readOutbox()).filter((message) => message.to === penPal.email);
    expect(mail!.subject).toBe('Post for you from Beyond Bars');
    expect(mail!.text).toContain(`Dear ${penPal.name},`);
    expect(mail!.text).toContain(`${profile.displayName} wrote back! Read it here: ${env.siteUrl}/inbox/${thread.id}`);
    expect(mail!.text).toContain('Warmly, Beyond Bars');
  });

  it('refuses a body without its link, keeping what was typed', async () => {
    const letterEmails = { ...defaultSettings().letterEmails, replyArrivedBody: 'Hello {name}, a reply came in.' };
    const state = await saveSettings(initial, formData({ section: 'letterEmails', ...letterEmails }));
    expect(state.fieldErrors).toEqual({
      replyArrivedBody: ['Keep {link} (the link to read the reply): the text must include it.'],
    });
    expect(state.values?.replyArrivedBody).toBe('Hello {name}, a reply came in.');
    expect(await db.setting.count()).toBe(0);
  });
});
