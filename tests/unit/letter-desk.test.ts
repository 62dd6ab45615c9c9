import { describe, expect, it } from 'vitest';
import { createBatchSchema } from '@/lib/letters/desk-schema';
import { formDataToObject } from '@/lib/forms/define-action';
import { highlightSegments } from '@/lib/letters/highlight';
import { batchTotals, envelopePostageCents, formatCents } from '@/lib/letters/postage';
import {
  pausesLetters,
  reasonLabel,
  RETURN_REASONS,
  SCREENING_REASON_LABELS,
  SCREENING_REASONS,
} from '@/lib/letters/reasons';
import { FLAG_CODES, FLAG_LABELS, parseFlags } from '@/lib/letters/screening';
import {
  CHARS_PER_LINE,
  LINES_FIRST_SHEET,
  LINES_PER_SHEET,
  linesBySheet,
  printedColumns,
  sheetsFor,
  wrapLetter,
} from '@/lib/letters/sheets';
import { settingsSchema } from '@/lib/settings/schema';

const rates = settingsSchema.postage.parse({});

describe('postage', () => {
  it('charges the first sheet, then each extra sheet, in a #10 envelope', () => {
    expect(envelopePostageCents(1, rates)).toBe(76);
    expect(envelopePostageCents(2, rates)).toBe(87);
    expect(envelopePostageCents(6, rates)).toBe(76 + 5 * 11);
  });

  it('switches to the flat envelope above the settings’ sheet limit', () => {
    expect(envelopePostageCents(7, rates)).toBe(150 + 6 * 11);
    expect(envelopePostageCents(7, { ...rates, flatAboveSheets: 10 })).toBe(76 + 6 * 11);
  });

  it('adds up one envelope per letter for a batch', () => {
    expect(batchTotals([1, 2, 7], rates)).toEqual({ sheets: 10, postageCents: 76 + 87 + 216 });
    expect(batchTotals([], rates)).toEqual({ sheets: 0, postageCents: 0 });
    expect(formatCents(1234)).toBe('$12.34');
  });
});

describe('reason codes', () => {
  it('labels every screening reason, return reason and flag code', () => {
    for (const code of [...SCREENING_REASONS, ...RETURN_REASONS]) expect(reasonLabel(code)).not.toBe(code);
    for (const code of FLAG_CODES) expect(FLAG_LABELS[code]).toBeTruthy();
    expect(SCREENING_REASON_LABELS.other).toMatch(/note/);
    expect(reasonLabel('retired-code')).toBe('retired-code');
    expect(reasonLabel(null)).toBe('');
  });

  it('pauses letters only when the person moved or was released', () => {
    expect(RETURN_REASONS.filter(pausesLetters)).toEqual(['moved', 'released']);
  });
});

describe('sheets', () => {
  it('wraps at word boundaries without passing the line length', () => {
    const lines = wrapLetter(`${'word '.repeat(40)}\n\n${'x'.repeat(170)}`);
    expect(lines.every((line) => line.length <= CHARS_PER_LINE)).toBe(true);
    expect(lines[0]!.endsWith('word')).toBe(true);
    expect(lines).toContain('');
    expect(lines.slice(-3).map((line) => line.length)).toEqual([80, 80, 10]);
  });

  it('expands tabs, which print wider than one character, so no line runs off the sheet', () => {
    const pasted = `\tDear friend,\n${'\tIndented paragraph words. '.repeat(12)}`;
    const lines = wrapLetter(pasted);
    expect(lines.some((line) => line.includes('\t'))).toBe(false);
    expect(lines.every((line) => line.length <= CHARS_PER_LINE)).toBe(true);
    expect(lines[0]).toBe('    Dear friend,');
  });

  it('counts wide characters as two columns, so a line of Chinese or emoji stays on the sheet', () => {
    const lines = wrapLetter(`${'我们写信。'.repeat(30)}\n${'Good news 🎉 '.repeat(20)}`);
    expect(lines.every((line) => printedColumns(line) <= CHARS_PER_LINE)).toBe(true);
    expect(lines[0]).toBe('我们写信。'.repeat(8));
    expect(lines.join('').replace(/ /g, '')).toBe(`${'我们写信。'.repeat(30)}${'Goodnews🎉'.repeat(20)}`);
  });

  it('counts sheets as the print view groups them', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i}`).join('\n');
    expect(sheetsFor(body(LINES_FIRST_SHEET))).toBe(1);
    expect(sheetsFor(body(LINES_FIRST_SHEET + 1))).toBe(2);
    expect(sheetsFor(body(LINES_FIRST_SHEET + LINES_PER_SHEET + 1))).toBe(3);
    for (const n of [1, 34, 35, 82, 83, 200]) expect(linesBySheet(body(n))).toHaveLength(sheetsFor(body(n)));
  });
});

describe('flag highlighting', () => {
  const body = 'Send money to 555-123-4567 please';

  it('cuts the text into plain and flagged runs in order', () => {
    const flags = parseFlags(
      JSON.stringify([
        { code: 'phone', start: 14, end: 26 },
        { code: 'money', start: 5, end: 10 },
      ]),
    );
    expect(highlightSegments(body, flags)).toEqual([
      { text: 'Send ' },
      { text: 'money', flag: flags[0], index: 0 },
      { text: ' to ' },
      { text: '555-123-4567', flag: flags[1], index: 1 },
      { text: ' please' },
    ]);
  });

  it('survives overlapping, out-of-range and unreadable flags', () => {
    const flags = parseFlags(
      JSON.stringify([{ code: 'money', start: 0, end: 10 }, { code: 'phone', start: 5, end: 400 }, { code: 'x' }]),
    );
    expect(flags).toHaveLength(2);
    expect(
      highlightSegments(body, flags)
        .map((s) => s.text)
        .join(''),
    ).toBe(body);
    expect(parseFlags('not json')).toEqual([]);
  });
});

describe('a batch of the ticked letters', () => {
  const parse = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [key, value] of entries) data.append(key, value);
    return createBatchSchema.safeParse(formDataToObject(data));
  };

  it('takes one ticked letter or several as a list', () => {
    expect(
      parse([
        ['scope', 'selected'],
        ['ids', 'a'],
      ]).data,
    ).toEqual({ scope: 'selected', ids: ['a'] });
    expect(
      parse([
        ['scope', 'selected'],
        ['ids', 'a'],
        ['ids', 'b'],
      ]).data,
    ).toEqual({ scope: 'selected', ids: ['a', 'b'] });
  });

  it('asks for a tick when none is sent, or only an empty value', () => {
    for (const entries of [
      [['scope', 'selected']],
      [
        ['scope', 'selected'],
        ['ids', ''],
      ],
    ] as [string, string][][])
      expect(parse(entries).error?.issues.map((issue) => issue.message)).toEqual([
        'Tick the letters to put in the batch, or create a batch of them all.',
      ]);
  });
});
