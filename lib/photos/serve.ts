import 'server-only';
import { resizedPhoto } from './photo';

// Every photo route answers alike; they differ only in who may see a photo and how long a copy may be kept.

export function photoNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** The photo at the width the URL asks for (640 when it does not say), or 404 when there is no such photo. */
export async function photoResponse(request: Request, name: string | null, cacheControl: string): Promise<Response> {
  const width = Number(new URL(request.url).searchParams.get('w') ?? 640);
  const photo = name ? await resizedPhoto(name, width) : null;
  if (!photo) return photoNotFound();
  // A Uint8Array copy because the DOM types do not accept a Node Buffer as a body.
  return new Response(new Uint8Array(photo), {
    headers: { 'Content-Type': 'image/webp', 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff' },
  });
}
