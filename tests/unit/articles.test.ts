import { describe, expect, it } from 'vitest';
import { listArticles, listTags } from '@/lib/articles/content';
import { paginate } from '@/lib/articles/paginate';
import { readingMinutes } from '@/lib/articles/reading-time';
import { relatedArticles } from '@/lib/articles/related';

describe('article content', () => {
  it('has at least six valid articles, newest first', () => {
    const articles = listArticles();
    expect(articles.length).toBeGreaterThanOrEqual(6);
    const dates = articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const article of articles) expect(article.html).toContain('<h2');
  });

  it('counts tags across articles', () => {
    const total = listTags().reduce((sum, { count }) => sum + count, 0);
    expect(total).toBe(listArticles().reduce((sum, a) => sum + a.tags.length, 0));
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes with a floor of one', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 12 }, (_, i) => i);
  it('slices pages and rejects pages that do not exist', () => {
    expect(paginate(items, 3, 5)).toEqual({ items: [10, 11], page: 3, pageCount: 3 });
    expect(paginate(items, 4, 5)).toBeNull();
    expect(paginate(items, 0, 5)).toBeNull();
    expect(paginate([], 1, 5)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe('relatedArticles', () => {
  const a = (slug: string, tags: string[], date: string) => ({ slug, tags, date });
  it('ranks by shared tags, then newest, and leaves out the article itself and unrelated ones', () => {
    const self = a('self', ['x', 'y'], '2026-01-01');
    const all = [
      self,
      a('one', ['x'], '2026-03-01'),
      a('both', ['x', 'y'], '2026-02-01'),
      a('other', ['z'], '2026-04-01'),
      a('one-older', ['y'], '2026-01-15'),
    ];
    expect(relatedArticles(self, all).map((r) => r.slug)).toEqual(['both', 'one', 'one-older']);
  });
});
