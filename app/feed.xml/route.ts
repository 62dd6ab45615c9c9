import { listArticles } from '@/lib/articles/content';
import { absoluteUrl } from '@/lib/absolute-url';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

// RSS 2.0 of the articles, styled for people who open it in a browser by public/feed.css. Comments, and so
// commenters' emails, are never part of it.
export function GET() {
  const articles = listArticles();
  const items = articles
    .map((article) => {
      const url = absoluteUrl(`/articles/${article.slug}`);
      return `    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      <pubDate>${new Date(`${article.date}T00:00:00Z`).toUTCString()}</pubDate>
      <description>${escapeXml(article.description)}</description>
${article.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`).join('\n')}
    </item>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/css" href="/feed.css"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(site.name)}</title>
    <link>${absoluteUrl('/')}</link>
    <description>${escapeXml(site.description)}</description>
    <language>en-us</language>
    <atom:link href="${absoluteUrl('/feed.xml')}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${new Date(`${articles[0]?.date ?? '2026-01-01'}T00:00:00Z`).toUTCString()}</lastBuildDate>
${items}
  </channel>
</rss>
`;
  // application/xml, not application/rss+xml: a browser then shows the page public/feed.css makes of it instead of
  // downloading a file; feed readers read it the same either way.
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
