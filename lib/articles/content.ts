import 'server-only';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { cache } from 'react';
import { z } from 'zod';
import { readingMinutes } from './reading-time';

const ARTICLES_DIR = path.join(process.cwd(), 'content', 'articles');
const PAGES_DIR = path.join(process.cwd(), 'content', 'pages');

const frontMatterSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    date: z.iso.date(),
    author: z.string().min(1),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    cover: z.string().startsWith('/').optional(),
    coverAlt: z.string().min(1).optional(),
  })
  .refine((fm) => !fm.cover || fm.coverAlt, { message: 'A cover image needs coverAlt', path: ['coverAlt'] });

export type Article = z.infer<typeof frontMatterSchema> & {
  slug: string;
  html: string;
  readingMinutes: number;
};

export type ArticleSummary = Omit<Article, 'html'>;

// Articles are our own trusted files, rendered once at build time; comments never go through this.
export const listArticles = cache((): Article[] => {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const slug = file.replace(/\.md$/, '');
      const { data, content } = matter(readFileSync(path.join(ARTICLES_DIR, file), 'utf8'));
      const parsed = frontMatterSchema.safeParse(data);
      if (!parsed.success) throw new Error(`content/articles/${file}: ${z.prettifyError(parsed.error)}`);
      return {
        ...parsed.data,
        slug,
        html: marked.parse(content, { async: false }),
        readingMinutes: readingMinutes(content),
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
});

export function getArticle(slug: string): Article | undefined {
  return listArticles().find((article) => article.slug === slug);
}

export function listTags(): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of listArticles()) for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

export type StaticPage = { title: string; description: string; html: string };

export function getStaticPage(name: 'about' | 'safety' | 'privacy'): StaticPage {
  const { data, content } = matter(readFileSync(path.join(PAGES_DIR, `${name}.md`), 'utf8'));
  const fm = z.object({ title: z.string(), description: z.string() }).parse(data);
  return { ...fm, html: marked.parse(content, { async: false }) };
}
