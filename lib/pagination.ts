/** How many pages `total` items fill at `perPage` a page: always at least one, so an empty list still has a page 1. */
export function pageCountFor(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** A `?page=` value as a page number: anything missing, malformed or below 1 is page 1. */
export function pageParam(value: string | undefined): number {
  return Math.max(1, Number.parseInt(value ?? '1', 10) || 1);
}

/** A `?tab=` value if it names one of `tabs`, else the first tab. */
export function tabParam<T extends string>(tabs: readonly T[], value: string | undefined): T {
  return (tabs as readonly string[]).includes(value ?? '') ? (value as T) : tabs[0]!;
}
