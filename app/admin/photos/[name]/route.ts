import { AuthorizationError } from '@/lib/auth/errors';
import { requireStaff } from '@/lib/auth/session';
import { photoNotFound, photoResponse } from '@/lib/photos/serve';

// Any stored photo, listed or not, for staff reviewing profiles; nobody keeps a copy. To anyone else the console's
// photos do not exist, as its pages do not.
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  try {
    await requireStaff();
  } catch (error) {
    if (error instanceof AuthorizationError) return photoNotFound();
    throw error;
  }
  const { name } = await params;
  return photoResponse(request, name, 'private, no-store');
}
