import 'server-only';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { LetterKind, LetterStatus } from './status';
import { LETTER_MAX_LENGTH } from './text-limits';

// The composer's autosave: a small POST (fetch while typing, sendBeacon when the page goes away) that saves the text
// of one of the pen pal's editable letters. It checks what a server action would: the session, ownership in the
// where, that the request comes from our own pages (Origin), and its size. It never overwrites a newer server copy
// blindly: the tab sends the version it last saw (`base`), and a newer one answers 409 so the tab can say so.

/** Enough for 9,000 characters of any script, form-encoded, and the version. */
export const AUTOSAVE_MAX_BYTES = 128 * 1024;

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

/** Same origin as the request's own host, or the configured site address. */
function fromOurPages(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const ownHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return host === ownHost || host === new URL(env.siteUrl).host;
}

async function readLimited(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (!Number.isFinite(declared) || declared > AUTOSAVE_MAX_BYTES) return null;
  const text = await request.text();
  return new TextEncoder().encode(text).length > AUTOSAVE_MAX_BYTES ? null : text;
}

export async function autosaveLetter(request: Request, letterId: string): Promise<Response> {
  if (!fromOurPages(request)) return json(403, { error: 'forbidden' });
  const text = await readLimited(request);
  if (text === null) return json(413, { error: 'too-large' });
  const user = await currentUser();
  if (!user) return json(401, { error: 'signed-out' });

  const fields = new URLSearchParams(text);
  const body = fields.get('body');
  const base = new Date(fields.get('base') ?? '');
  if (body === null || Number.isNaN(base.getTime())) return json(400, { error: 'bad-request' });
  if (body.length > LETTER_MAX_LENGTH) return json(413, { error: 'too-long' });

  const owned = { id: letterId, kind: LetterKind.letter, thread: { userId: user.id } };
  const savedAt = new Date();
  const { count } = await db.letter.updateMany({
    where: { ...owned, status: { in: [LetterStatus.draft, LetterStatus.changes_requested] }, updatedAt: base },
    data: { body, updatedAt: savedAt },
  });
  if (count === 1) return json(200, { savedAt: savedAt.toISOString() });

  const letter = await db.letter.findFirst({ where: owned, select: { status: true, updatedAt: true } });
  if (!letter) return json(404, { error: 'not-found' });
  if (letter.status !== LetterStatus.draft && letter.status !== LetterStatus.changes_requested)
    return json(409, { error: 'sent' });
  return json(409, { error: 'newer', savedAt: letter.updatedAt.toISOString() });
}
