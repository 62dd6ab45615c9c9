import { uploadedPhotoName } from '@/lib/photos/paths';
import { photoResponse } from '@/lib/photos/serve';
import { profileForChanges } from '@/lib/profiles/changes-link';

// The photo on file, for the correction form: only the holder of the private changes link sees it.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const profile = await profileForChanges(token);
  return photoResponse(request, uploadedPhotoName(profile?.photoPath ?? null), 'private, no-store');
}
