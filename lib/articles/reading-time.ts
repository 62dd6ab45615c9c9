const WORDS_PER_MINUTE = 230;

export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/[#>*_`~\-[\]()!]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
