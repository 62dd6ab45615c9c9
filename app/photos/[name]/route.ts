import { resizedPhoto } from '@/lib/photos/photo';

// Stored photos in one of the allowed widths. A name is never reused for other content, so it may be cached forever.
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const width = Number(new URL(request.url).searchParams.get('w') ?? 640);
  const photo = await resizedPhoto(name, width);
  if (!photo) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // A Uint8Array copy because the DOM types do not accept a Node Buffer as a body.
  return new Response(new Uint8Array(photo), {
    headers: {
      'Content-Type': 'image/webp',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
