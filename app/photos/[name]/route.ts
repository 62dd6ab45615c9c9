import { isListedPhoto } from '@/lib/photos/queries';
import { photoResponse } from '@/lib/photos/serve';

// Stored photos in one of the allowed widths, to anyone, but only while a listed profile shows them. Five minutes is
// the longest a browser or cache may go on showing a photo after its profile is taken down or runs out.
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return photoResponse(request, (await isListedPhoto(name)) ? name : null, 'public, max-age=300');
}
