// How many printed sheets a letter takes, for the composer's page warning, the batch's sheet count and postage. The
// print view (letter paper, one side) fits about this much; the print work tunes the numbers
// to its stylesheet and keeps this the one place they live.

export const CHARS_PER_LINE = 80;
export const LINES_FIRST_SHEET = 34; // the envelope block and return address take the top of the first sheet
export const LINES_PER_SHEET = 48;

/** Printed lines of `body`: each paragraph line wraps at CHARS_PER_LINE; an empty line still takes a line. */
export function printedLines(body: string): number {
  return body.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
}

/** Sheets of paper for `body` (at least one). */
export function sheetsFor(body: string): number {
  const lines = printedLines(body);
  return lines <= LINES_FIRST_SHEET ? 1 : 1 + Math.ceil((lines - LINES_FIRST_SHEET) / LINES_PER_SHEET);
}
