import { cookies } from 'next/headers';
import { existingCommenterKeyHash } from '@/lib/comments/commenter-key';
import { listAwaitingComments } from '@/lib/comments/queries';

// The article page is prerendered and the same for everyone; this browser's comments awaiting moderation are asked
// for once it is in the browser (the commenter key cookie is httpOnly, so only the server can read it).
export async function GET(request: Request) {
  const article = new URL(request.url).searchParams.get('article') ?? '';
  const keyHash = existingCommenterKeyHash(await cookies());
  const comments = keyHash && /^[a-z0-9-]{1,200}$/.test(article) ? await listAwaitingComments(article, keyHash) : [];
  return Response.json({ comments }, { headers: { 'Cache-Control': 'private, no-store' } });
}
