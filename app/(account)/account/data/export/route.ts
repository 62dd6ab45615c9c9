import { redirect } from 'next/navigation';
import { ownAccountExport } from '@/lib/accounts/queries';
import { currentUser } from '@/lib/auth/session';
import { isoDate } from '@/lib/format/date';
import { slugify } from '@/lib/format/slug';
import { site } from '@/lib/site';

// "Download everything we hold about you": one JSON file, for the signed-in person only.
export async function GET() {
  if (!(await currentUser())) redirect(`/signin?next=${encodeURIComponent('/account/data')}`);
  const data = await ownAccountExport();
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slugify(site.name)}-account-${isoDate(new Date())}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
