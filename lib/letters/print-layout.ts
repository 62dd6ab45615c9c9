// Where things sit on a printed letter, in inches from the sheet's top-left corner. The sheet is US letter, folded in
// three so its top third faces the windows of a #10 double-window envelope (9.5 x 4.125 in). Window positions are the
// common ones for that envelope once the folded sheet sits in it:
//   return window:    0.5 in from the left, 0.5 in from the top, 3.25 x 0.875 in
//   recipient window: 0.875 in from the left, 2 in from the top, 4.5 x 1.125 in
// Text sits inside each window with a 1/16 in inset, so a sheet that slides a little in the envelope still shows it.
// tests/e2e/letter-desk.test.ts measures the printed address block against RECIPIENT_WINDOW.

export const SHEET = { width: 8.5, height: 11 } as const;
export const RETURN_WINDOW = { left: 0.5, top: 0.5, width: 3.25, height: 0.875 } as const;
export const RECIPIENT_WINDOW = { left: 0.875, top: 2, width: 4.5, height: 1.125 } as const;
export const WINDOW_INSET = 0.0625;

// The letter text: a 10 pt monospaced face on 12 pt lines, 80 characters to a line (lib/letters/sheets.ts), starting
// below the fold on the first sheet and near the top on the others; the footer sits above the bottom edge.
export const TEXT = { left: 0.85, width: 6.8, firstTop: 4.2, top: 0.8, lineHeightPt: 12, fontSizePt: 10 } as const;
export const FOOTER = { bottom: 0.4, left: 0.85, width: 6.8 } as const;
