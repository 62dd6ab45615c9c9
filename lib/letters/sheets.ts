// How many printed sheets a letter takes, for the composer's page warning, the batch's sheet count and postage. The
// print view (app/(print)/admin/letters/batches/[id]/print) lays text out with exactly these numbers: a monospaced
// 10 pt face, 80 characters to a 6.7 in line, 12 pt lines; so the count here is the count the printer produces.

export const CHARS_PER_LINE = 80;
export const LINES_FIRST_SHEET = 34; // the envelope block and return address take the top third of the first sheet
export const LINES_PER_SHEET = 48;

// Characters a monospaced face cannot fit in one column: East Asian wide and fullwidth ones (printed from a CJK
// fallback font about an em wide) and emoji. Counted as two columns, so a line of them stays on the sheet.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u;

const columnsOf = (char: string) => (WIDE.test(char) ? 2 : 1);

/** The columns `text` takes in the print view's monospaced face. */
export function printedColumns(text: string): number {
  let columns = 0;
  for (const char of text) columns += columnsOf(char);
  return columns;
}

/** One paragraph line wrapped at word boundaries to CHARS_PER_LINE columns; a word longer than a line is split. */
function wrapLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let width = 0;
  for (const char of line.replace(/\s+$/, '')) {
    if (width + columnsOf(char) > CHARS_PER_LINE) {
      // Break at the last space (dropping it), or, in a word longer than a line, right here.
      const space = char === ' ' ? current.length : current.lastIndexOf(' ');
      out.push(space > 0 ? current.slice(0, space) : current);
      current = space > 0 ? current.slice(space + 1) : '';
      width = printedColumns(current);
      if (char === ' ') continue;
    }
    current += char;
    width += columnsOf(char);
  }
  out.push(current);
  return out;
}

export const TAB_WIDTH = 4;

/** Tabs as spaces to the next tab stop: printed as-is a tab takes up to 8 columns, so a line could run off the sheet. */
function expandTabs(line: string): string {
  let out = '';
  let width = 0;
  for (const char of line) {
    const text = char === '\t' ? ' '.repeat(TAB_WIDTH - (width % TAB_WIDTH)) : char;
    out += text;
    width += char === '\t' ? text.length : columnsOf(char);
  }
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
