import { rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getPhoto } from '@/app/photos/[name]/route';
import { GET as getPreview } from '@/app/photos/preview/[claim]/route';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { readOutbox } from '@/lib/mail/send';
import { ORPHAN_GRACE_MS, removeOrphanPhotos } from '@/lib/photos/orphans';
import { storedPhotoPath } from '@/lib/photos/paths';
import { photoExists, storePhoto } from '@/lib/photos/photo';
import { newChangesLink } from '@/lib/profiles/changes-link';
import { resetRateLimits } from '@/lib/rate-limit';
import { facilityData, profileData } from '@/prisma/factories';
import { photoFile, submit, validSubmission } from '../support/profile-submission';
import { runAfterResponse } from '../support/request';

// What a stranger can do with the public submission form: only ever to their own submission and their own uploads.

const HOUR = 60 * 60 * 1000;
let facility: { id: string; state: string };

async function storedUpload(): Promise<string> {
  const stored = await storePhoto(await photoFile());
  if (!stored.ok) throw new Error(stored.error);
  return stored.name;
}

/** A listed person whose photo name anyone can read in the directory's HTML. */
async function listedWithPhoto() {
  const name = await storedUpload();
  const profile = await db.profile.create({ data: profileData(facility, { photoPath: storedPhotoPath(name) }) });
  return { name, profile };
}

/** What staff asking for changes leaves behind: the submission reopened behind a private link. */
async function reopenForChanges(reference: string): Promise<string> {
  const link = newChangesLink(new Date());
  await db.profile.update({ where: { reference }, data: { status: 'changes_requested', ...link.columns } });
  return link.url.split('/').at(-1)!;
}

beforeEach(async () => {
  await resetRateLimits();
  await db.profile.deleteMany();
  await rm(env.uploadsDir, { recursive: true, force: true });
  await rm(env.outboxDir, { recursive: true, force: true });
  facility = await db.facility.create({ data: facilityData({ state: 'WA' }) });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the photo a submission refers to', () => {
  it('is never a listed profile’s photo named in photoUpload, so a correction cannot delete that photo', async () => {
    const listed = await listedWithPhoto();

    const state = await submit(validSubmission(facility.id, { photoUpload: listed.name }));
    expect(state.ok).toBe(true);
    expect(
      (await db.profile.findUniqueOrThrow({ where: { reference: state.result!.reference } })).photoPath,
    ).toBeNull();

    const token = await reopenForChanges(state.result!.reference);
    const corrected = await submit(validSubmission(facility.id, { changesToken: token }), await photoFile());
    expect(corrected.ok).toBe(true);
    await runAfterResponse();
    expect(await photoExists(listed.name)).toBe(true);
    expect((await db.profile.findUniqueOrThrow({ where: { id: listed.profile.id } })).photoPath).toBe(
      storedPhotoPath(listed.name),
    );
  });

  it('is not taken from a forged signature', async () => {
    const listed = await listedWithPhoto();
    const forged = `${listed.name}.${Date.now()}.${'A'.repeat(43)}`;

    const state = await submit(validSubmission(facility.id, { photoUpload: forged }));

    expect(state.ok).toBe(true);
    expect(
      (await db.profile.findUniqueOrThrow({ where: { reference: state.result!.reference } })).photoPath,
    ).toBeNull();
  });

  it('is the submitter’s own upload, carried signed through errors for a day and no longer', async () => {
    const first = await submit(validSubmission(facility.id, { bio: 'short' }), await photoFile());
    const claim = first.values!.photoUpload!;
    expect(claim).not.toMatch(/^[0-9a-f]{32}\.webp$/);
    const name = claim.slice(0, 37);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 25 * HOUR);
    const late = await submit(validSubmission(facility.id, { photoUpload: claim }));
    expect(late.ok).toBe(true);
    expect((await db.profile.findUniqueOrThrow({ where: { reference: late.result!.reference } })).photoPath).toBeNull();

    vi.setSystemTime(Date.now() - 24 * HOUR);
    const inTime = await submit(validSubmission(facility.id, { photoUpload: claim }));
    expect((await db.profile.findUniqueOrThrow({ where: { reference: inTime.result!.reference } })).photoPath).toBe(
      storedPhotoPath(name),
    );
  });

  it('is removed, once the response has gone, when a correction replaces it with a new one', async () => {
    const first = await submit(validSubmission(facility.id), await photoFile());
    const old = (
      await db.profile.findUniqueOrThrow({ where: { reference: first.result!.reference } })
    ).photoPath!.replace('/photos/', '');

    const token = await reopenForChanges(first.result!.reference);
    expect((await submit(validSubmission(facility.id, { changesToken: token }), await photoFile('jpeg'))).ok).toBe(
      true,
    );
    expect(await photoExists(old)).toBe(true);
    await runAfterResponse();

    expect(await photoExists(old)).toBe(false);
    const now = (await db.profile.findUniqueOrThrow({ where: { reference: first.result!.reference } })).photoPath!;
    expect(await photoExists(now.replace('/photos/', ''))).toBe(true);
  });

  it('is not deleted by a correction while another of the submitter’s submissions still shows it', async () => {
    const first = await submit(validSubmission(facility.id, { bio: 'short' }), await photoFile());
    const claim = first.values!.photoUpload!;
    const one = await submit(validSubmission(facility.id, { photoUpload: claim }));
    const other = await submit(validSubmission(facility.id, { displayName: 'Dana X.', photoUpload: claim }));

    const token = await reopenForChanges(one.result!.reference);
    expect((await submit(validSubmission(facility.id, { changesToken: token }), await photoFile())).ok).toBe(true);
    await runAfterResponse();

    const shared = (await db.profile.findUniqueOrThrow({ where: { reference: other.result!.reference } })).photoPath!;
    expect(await photoExists(shared.replace('/photos/', ''))).toBe(true);
  });
});

describe('a photo sent with an otherwise invalid submission', () => {
  const photoAt = (name: string) =>
    getPhoto(new Request(`http://x/photos/${name}?w=160`), { params: Promise.resolve({ name }) });
  const previewAt = (claim: string) =>
    getPreview(new Request(`http://x/photos/preview/${claim}?w=160`), { params: Promise.resolve({ claim }) });

  it('is reachable only through the sender’s signed preview, and removed once the grace period is over', async () => {
    await listedWithPhoto();
    const state = await submit({}, await photoFile());
    expect(state.ok).toBe(false);
    const claim = state.values!.photoUpload!;
    const name = claim.slice(0, 37);

    expect((await photoAt(name)).status).toBe(404);
    const preview = await previewAt(claim);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('Cache-Control')).toBe('private, no-store');

    expect(await removeOrphanPhotos(db)).toEqual([]);
    expect(await removeOrphanPhotos(db, Date.now() + ORPHAN_GRACE_MS + 60_000)).toEqual([name]);
    expect((await previewAt(claim)).status).toBe(404);
  });

  it('is removed after a later submission once it is older than the grace period', async () => {
    // Housekeeping runs at most hourly per process, and earlier tests sent submissions.
    vi.setSystemTime(Date.now() + 48 * HOUR);
    await listedWithPhoto();
    const orphan = await storedUpload();
    const old = new Date(Date.now() - ORPHAN_GRACE_MS - 60_000);
    await utimes(path.join(env.uploadsDir, orphan), old, old);

    await submit({}, await photoFile());
    expect(await photoExists(orphan)).toBe(true);
    await runAfterResponse();

    expect(await photoExists(orphan)).toBe(false);
    vi.useRealTimers();
  });
});

describe('the acknowledgement email', () => {
  const recipients = async () => (await readOutbox()).map((mail) => mail.to);

  it('goes to one address at most three times a day, whatever its case; later submissions are saved without one', async () => {
    const states = [];
    for (const email of ['victim@example.org', 'Victim@Example.org', 'VICTIM@EXAMPLE.ORG', 'victim@example.ORG']) {
      states.push(await submit(validSubmission(facility.id, { submitterEmail: email })));
    }

    expect(states.map((state) => state.ok)).toEqual([true, true, true, true]);
    expect(await db.profile.count()).toBe(4);
    expect(await recipients()).toEqual(['victim@example.org', 'victim@example.org', 'victim@example.org']);
    expect(states.map((state) => state.result?.emailed)).toEqual([true, true, true, false]);

    await submit(validSubmission(facility.id, { submitterEmail: 'someone.else@example.org' }));
    expect((await recipients()).at(-1)).toBe('someone.else@example.org');
  });

  it('counts corrections against the same address', async () => {
    const first = await submit(validSubmission(facility.id, { submitterEmail: 'victim@example.org' }));
    for (let i = 0; i < 2; i += 1) await submit(validSubmission(facility.id, { submitterEmail: 'victim@example.org' }));

    const token = await reopenForChanges(first.result!.reference);
    const corrected = await submit(
      validSubmission(facility.id, { changesToken: token, submitterEmail: 'Victim@example.org' }),
    );

    expect(corrected).toMatchObject({ ok: true, result: { emailed: false } });
    expect(await recipients()).toHaveLength(3);
  });

  it('has a subject carrying the reference and nothing the submitter typed', async () => {
    const typed = 'Claim your prize at spam.example';
    const state = await submit(validSubmission(facility.id, { displayName: typed, submitterName: typed }));
    const reference = state.result!.reference;
    expect((await readOutbox()).at(-1)!.subject).toBe(`We received your profile submission (${reference})`);

    const token = await reopenForChanges(reference);
    await submit(validSubmission(facility.id, { changesToken: token, displayName: typed, submitterName: typed }));
    expect((await readOutbox()).at(-1)!.subject).toBe(`We received your corrections (${reference})`);
  });
});
