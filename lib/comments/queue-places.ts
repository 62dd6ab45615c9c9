/**
 * The moderation queue's order after a step: the rows now in the queue, in the server's order, with each `kept` row
 * that left it (marked as spam, say) put back where it was in `before`, just ahead of the next row that stayed. So a
 * row acted on keeps its place (with its Undo), and the rows under the pointer do not move up into it.
 */
export function keepPlaces(before: readonly string[], now: readonly string[], kept: ReadonlySet<string>): string[] {
  const present = new Set(now);
  const ahead = new Map<string, string[]>();
  let waiting: string[] = [];
  for (const id of before) {
    if (present.has(id)) {
      if (waiting.length > 0) ahead.set(id, waiting);
      waiting = [];
    } else if (kept.has(id)) waiting.push(id);
  }
  const placed = new Set(before);
  const order = now.flatMap((id) => [...(ahead.get(id) ?? []), id]);
  // Rows gone from this page that were never shown here (an Undo's answer after a reload) go last.
  const rest = [...kept].filter((id) => !present.has(id) && !placed.has(id));
  return [...order, ...waiting, ...rest];
}
