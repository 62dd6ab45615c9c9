import 'server-only';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AuthorizationError } from './errors';
import { MAILROOM_ROLES, type Role, STAFF_ROLES } from './roles';
import { requireRole, requireUser, type SessionUser } from './session';

/** For pages: a signed-out visitor goes to sign-in and comes back; a signed-in one without the role gets a 404,
 * so the console's pages do not reveal themselves. Every page calls this itself: a layout check does not guard pages. */
export async function pageRequireRole(path: string, ...roles: Role[]): Promise<SessionUser> {
  try {
    return await requireRole(...roles);
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.reason === 'signed-out') redirect(`/signin?next=${encodeURIComponent(path)}`);
    notFound();
  }
}

/** pageRequireRole for every staff role. */
export function pageRequireStaff(path: string): Promise<SessionUser> {
  return pageRequireRole(path, ...STAFF_ROLES);
}

/** For a pen pal's own pages: a signed-out visitor goes to sign-in and comes back to `path`. */
export async function pageRequireUser(path: string): Promise<SessionUser> {
  try {
    return await requireUser();
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    redirect(`/signin?next=${encodeURIComponent(path)}`);
  }
}

/** pageRequireRole for the mailroom's pages (print queue, posting, returns, reply intake). */
export function pageRequireMailroom(path: string): Promise<SessionUser> {
  return pageRequireRole(path, ...MAILROOM_ROLES);
}

/**
 * A console page's metadata behind the page's own guard, for `generateMetadata`: static metadata would put the page's
 * title on the 404 that someone without the role gets, naming a page that is meant not to show it exists.
 */
export function guardedMetadata<Props>(guard: (props: Props) => Promise<unknown>, metadata: Metadata) {
  return async (props: Props): Promise<Metadata> => {
    await guard(props);
    return metadata;
  };
}
