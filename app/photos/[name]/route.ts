import { photoResponse } from '@/lib/photos/serve';

// Stored photos in one of the allowed widths. A name is never reused for other content, so it may be cached forever.
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return photoResponse(request, name, 'public, max-age=31536000, immutable');
}
