/** How many pages `total` items fill at `perPage` a page: always at least one, so an empty list still has a page 1. */
export function pageCountFor(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
