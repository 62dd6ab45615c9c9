import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getSettings, readSettings } from '@/lib/settings';
import { saveSettings } from '@/lib/settings/actions';
import { formData } from '../support/form';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };

describe('settings', () => {
  it('are the defaults on a fresh install', async () => {
    const settings = await readSettings(db);
    expect(settings.letters).toEqual({ perDay: 3, firstPerDay: 1, noReplyDays: 21 });
    expect(settings.postage.firstSheetCents).toBe(76);
    expect(settings.program.returnAddress[0]).toBeTruthy();
  });

  it('are saved by an admin one section at a time, lists one per line, with the before and after audited', async () => {
    const admin = await createUser('admin');
    await signInAs(admin);
    const state = await saveSettings(
      initial,
      formData({
        section: 'program',
        name: 'Letters Across Walls',
        returnAddress: 'Letters Across Walls\r\n  PO Box 12 \n\nEugene, OR 97401',
        contactEmail: 'hello@law.example',
      }),
    );
    expect(state).toMatchObject({ ok: true });
    const settings = await readSettings(db);
    expect(settings.program).toEqual({
      name: 'Letters Across Walls',
      returnAddress: ['Letters Across Walls', 'PO Box 12', 'Eugene, OR 97401'],
      contactEmail: 'hello@law.example',
    });
    // Other sections keep their defaults.
    expect(settings.letters.perDay).toBe(3);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'settings.update' } });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: 'setting', targetId: 'program' });
    const detail = JSON.parse(entry.detail) as { before: { name: string }; after: { name: string } };
    expect(detail.before.name).toBe('Beyond Bars');
    expect(detail.after.name).toBe('Letters Across Walls');
  });

  it('refuse bad values field by field, keep what was typed and save nothing', async () => {
    await signInAs(await createUser('admin'));
    const before = await db.setting.findMany();
    const state = await saveSettings(
      initial,
      formData({ section: 'letters', perDay: '0', firstPerDay: '', noReplyDays: 'three weeks' }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      perDay: ['Enter a whole number from 1 to 50.'],
      firstPerDay: ['Enter a whole number from 0 to 50.'],
      noReplyDays: ['Enter a whole number from 1 to 120.'],
    });
    expect(state.values).toMatchObject({ perDay: '0', noReplyDays: 'three weeks' });
    expect(await db.setting.findMany()).toEqual(before);
  });

  it('fall back to the defaults when a stored section cannot be read', async () => {
    await db.setting.upsert({
      where: { key: 'postage' },
      create: { key: 'postage', value: '{not json' },
      update: { value: '{not json' },
    });
    expect((await getSettings()).postage.firstSheetCents).toBe(76);
  });
});
