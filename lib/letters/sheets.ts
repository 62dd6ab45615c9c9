// How many printed sheets a letter takes, for the composer's page warning, the batch's sheet count and postage. The
// print view (app/(print)/admin/letters/batches/[id]/print) lays text out with exactly these numbers: a monospaced
// 10 pt face, 80 characters to a 6.7 in line, 12 pt lines; so the count here is the count the printer produces.

export const CHARS_PER_LINE = 80;
export const LINES_FIRST_SHEET = 34; // the envelope block and return address take the top third of the first sheet
export const LINES_PER_SHEET = 48;

/** One paragraph line wrapped at word boundaries to CHARS_PER_LINE; a word longer than a line is split. */
function wrapLine(line: string): string[] {
  const out: string[] = [];
  let rest = line.replace(/\s+$/, '');
  while (rest.length > CHARS_PER_LINE) {
    const space = rest.lastIndexOf(' ', CHARS_PER_LINE);
    const cut = space > 0 ? space : CHARS_PER_LINE;
    out.push(rest.slice(0, cut));
    rest = rest.slice(space > 0 ? cut + 1 : cut);
  }
  out.push(rest);
  return out;
}

export const TAB_WIDTH = 4;

/** Tabs as spaces to the next tab stop: printed as-is a tab takes up to 8 columns, so a line could run off the sheet. */
function expandTabs(line: string): string {
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : char;
  return out;
}

/** The printed lines of `body`, in order; an empty line still takes a line. */
export function wrapLetter(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.includes('\t') ? expandTabs(line) : line))
    .flatMap(wrapLine);
}

/** Printed lines of `body`. */
export function printedLines(body: string): number {
  return wrapLetter(body).length;
}

/** Sheets of paper for `body` (at least one). */
export function sheetsFor(body: string): number {
  const lines = printedLines(body);
  return lines <= LINES_FIRST_SHEET ? 1 : 1 + Math.ceil((lines - LINES_FIRST_SHEET) / LINES_PER_SHEET);
}

/** The printed lines of `body` grouped by sheet: sheetsFor(body) groups, the first one shorter. */
export function linesBySheet(body: string): string[][] {
  const lines = wrapLetter(body);
  const sheets = [lines.slice(0, LINES_FIRST_SHEET)];
  for (let at = LINES_FIRST_SHEET; at < lines.length; at += LINES_PER_SHEET)
    sheets.push(lines.slice(at, at + LINES_PER_SHEET));
  return sheets;
}
