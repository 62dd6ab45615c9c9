import type { Flag } from './screening';

// Cuts a letter into plain runs and flagged runs, so the screening page can wrap each flag in a <mark>. Flags come
// from stored JSON: overlapping or out-of-range spans are clipped rather than trusted.

export type Segment = { text: string; flag?: Flag; index?: number };

/** `body` as runs: each flag (by its index in `flags`) marks its span; a flag overlapping an earlier one is trimmed. */
export function highlightSegments(body: string, flags: readonly Flag[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  flags.forEach((flag, index) => {
    const start = Math.max(at, Math.min(flag.start, body.length));
    const end = Math.min(flag.end, body.length);
    if (end <= start) return;
    if (start > at) segments.push({ text: body.slice(at, start) });
    segments.push({ text: body.slice(start, end), flag, index });
    at = end;
  });
  if (at < body.length) segments.push({ text: body.slice(at) });
  return segments;
}
