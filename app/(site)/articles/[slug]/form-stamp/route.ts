import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { FORM_STAMP_COOKIE, FORM_STAMP_MAX_AGE_S, createFormStamp, stampAgeMs } from '@/lib/spam/form-stamp';

const SLUG = /^[a-z0-9-]{1,200}$/;
// A transparent 1×1 GIF: the comment form asks for it as an image, so it loads with JavaScript off too. Its address is
// under the article's, where the stamp's cookie is scoped, so the browser sends back the stamp it already has.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Stamps the browser with the time an article's comment form was first served (lib/spam/form-stamp.ts). The article
 * itself is a prerendered page served as it is, so the stamp comes with this small image inside the form instead.
 * A valid stamp is kept: the page that shows a form's errors loads the image again, and the writer fixing one field
 * has not just arrived.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const article = (await params).slug;
  const response = new NextResponse(PIXEL, {
    headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'private, no-store' },
  });
  const current = request.cookies.get(FORM_STAMP_COOKIE)?.value;
  if (SLUG.test(article) && stampAgeMs(env.authSecret, article, current) === null) {
    response.cookies.set(FORM_STAMP_COOKIE, createFormStamp(env.authSecret, article), {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.siteUrl.startsWith('https://'),
      path: `/articles/${article}`,
      maxAge: FORM_STAMP_MAX_AGE_S,
    });
  }
  return response;
}
