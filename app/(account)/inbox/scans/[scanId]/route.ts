import { isStaff } from '@/lib/auth/roles';
import { currentUser } from '@/lib/auth/session';
import { scanForViewer } from '@/lib/letters/inbox-queries';
import { readScan } from '@/lib/letters/reply-scans';

// A reply's scanned page: for the thread's pen pal (once the reply is delivered) and for moderators and admins, never
// for anyone else and never from a cache: the same answer, 404, whether the scan does not exist or is not theirs.
export async function GET(_request: Request, { params }: { params: Promise<{ scanId: string }> }) {
  const { scanId } = await params;
  const user = await currentUser();
  const scan = await scanForViewer(scanId, user && { id: user.id, staff: isStaff(user.role) });
  const data = scan ? await readScan(scan.fileName) : null;
  if (!scan || !data)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': scan.mimeType,
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
