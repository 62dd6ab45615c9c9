// Splits plain comment text into text and link segments; the UI renders them as React text, never as HTML.

export type Segment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    let raw = match[0];
    // Sentence punctuation after a URL is not part of it.
    const trailing = raw.match(TRAILING_PUNCTUATION)?.[0] ?? '';
    if (trailing) raw = raw.slice(0, raw.length - trailing.length);
    const href = raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw;
    if (!isSafeHttpUrl(href)) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
