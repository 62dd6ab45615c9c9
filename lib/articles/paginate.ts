import { pageCountFor } from '@/lib/pagination';

export const ARTICLES_PER_PAGE = 5;

export type Page<T> = { items: T[]; page: number; pageCount: number };

export function paginate<T>(items: readonly T[], page: number, perPage = ARTICLES_PER_PAGE): Page<T> | null {
  const pageCount = pageCountFor(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}
