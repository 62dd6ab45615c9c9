import { env } from '@/lib/env';
import { photoResponse } from '@/lib/photos/serve';
import { claimedUpload } from '@/lib/photos/upload-claim';

// The submission form's preview of its own upload, which nobody has approved: only the holder of the claim sees it.
export async function GET(request: Request, { params }: { params: Promise<{ claim: string }> }) {
  const { claim } = await params;
  return photoResponse(request, claimedUpload(env.authSecret, claim), 'private, no-store');
}
