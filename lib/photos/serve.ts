import 'server-only';
import { fitWidth } from './paths';
import { photoExists, resizedPhoto } from './photo';

// Every photo route answers alike; they differ only in who may see a photo and how long a copy may be kept.

export function photoNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * The photo at the width the URL asks for (640 when it does not say), 304 when the browser has that width already,
 * or 404 when there is no such photo. Callers decide first whether the caller may see it at all.
 */
export async function photoResponse(request: Request, name: string | null, cacheControl: string): Promise<Response> {
  if (!name || !(await photoExists(name))) return photoNotFound();
  const width = fitWidth(Number(new URL(request.url).searchParams.get('w') ?? 640));
  // A name is never reused for other content, so the name and width identify the bytes.
  const etag = `"${name.replace(/\.webp$/, '')}-${width}"`;
  const headers = { 'Cache-Control': cacheControl, ETag: etag, 'X-Content-Type-Options': 'nosniff' };
  if (hasCopy(request.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers });

  const photo = await resizedPhoto(name, width);
  if (!photo) return photoNotFound();
  // A Uint8Array copy because the DOM types do not accept a Node Buffer as a body.
  return new Response(new Uint8Array(photo), { headers: { ...headers, 'Content-Type': 'image/webp' } });
}

function hasCopy(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
