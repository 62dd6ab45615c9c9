// Reading list pages' search parameters. A URL may repeat any parameter (`?q=a&q=b`) or carry any text in it: these
// take the first value and never throw, so a hand-edited link shows a page instead of an error.

export type SearchParam = string | string[] | undefined;

/** Pages beyond this are clamped: no list is this long, and a huge offset must not reach the database. */
export const MAX_PAGE = 10_000;

/** The first value of a search parameter that may be repeated. */
export function firstParam(value: SearchParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** How many pages `total` items fill at `perPage` a page: always at least one, so an empty list still has a page 1. */
export function pageCountFor(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** A `?page=` value as a page number: anything missing, malformed or below 1 is page 1; at most MAX_PAGE. */
export function pageParam(value: SearchParam): number {
  return Math.min(MAX_PAGE, Math.max(1, Number.parseInt(firstParam(value) ?? '1', 10) || 1));
}

/** A `?tab=` value if it names one of `tabs`, else the first tab. */
export function tabParam<T extends string>(tabs: readonly T[], value: SearchParam): T {
  const first = firstParam(value) ?? '';
  return (tabs as readonly string[]).includes(first) ? (first as T) : tabs[0]!;
}

/** A numbered pagination's items: page numbers, and 'gap' for the pages left out between them. */
export type PageItem = number | 'gap';

/**
 * The pages to link to from `page`: the first, the last, the current one and one either side, with a gap for the
 * rest ("1 … 4 5 6 … 9"). A gap never stands for a single page: that page is shown instead. At most seven items.
 */
export function pageItems(page: number, pageCount: number): PageItem[] {
  const current = Math.min(Math.max(1, page), pageCount);
  const shown = new Set([1, pageCount, current - 1, current, current + 1]);
  if (current <= 4) [2, 3, 4, 5].forEach((n) => shown.add(n));
  if (current >= pageCount - 3)
    [pageCount - 4, pageCount - 3, pageCount - 2, pageCount - 1].forEach((n) => shown.add(n));
  const pages = [...shown].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const n of pages) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && n - previous === 2) items.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) items.push('gap');
    items.push(n);
  }
  return items;
}
