'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { listedSql } from '@/lib/profiles/listing';
import { favouriteSchema } from './schema';

const requirePenPal = () => requireRole('penpal');

/**
 * Saves or unsaves a profile for the signed-in pen pal. Only a listed profile can be newly saved; one saved before it
 * was unlisted can still be unsaved. The pen pal's id is in every statement, so no one touches another's list.
 * Without JavaScript the form names its page, and the browser goes back there, to the card it came from.
 */
export const setFavourite = defineAction(
  { authorize: requirePenPal, schema: favouriteSchema },
  async ({ profileId, save, returnTo }, user) => {
    if (save) {
      const now = new Date();
      // Listed is checked in the statement that saves, so a profile unlisted a moment before cannot slip in.
      const added = await db.$executeRaw`
      INSERT INTO "Favourite" ("userId", "profileId", "createdAt")
      SELECT ${user.id}, p."id", ${now} FROM "Profile" p WHERE p."id" = ${profileId} AND ${listedSql(now)}
      ON CONFLICT DO NOTHING`;
      if (
        added === 0 &&
        !(await db.favourite.findUnique({
          where: { userId_profileId: { userId: user.id, profileId } },
          select: { profileId: true },
        }))
      ) {
        return { ok: false, message: 'This profile is no longer listed, so it cannot be saved.' };
      }
    } else {
      await db.favourite.deleteMany({ where: { userId: user.id, profileId } });
    }
    revalidatePath('/account/favourites');
    if (returnTo) redirect(returnTo);
    return { ok: true, message: save ? 'Saved.' : 'Removed from your saved profiles.' };
  },
);
