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
