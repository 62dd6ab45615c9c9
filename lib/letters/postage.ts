import type { Settings } from '@/lib/settings/schema';

// Postage for one envelope and for a batch, from the settings' rates (RELAY.md: first sheet, each extra sheet, and a
// flat envelope above a number of sheets). Each letter goes in its own envelope.

export type PostageRates = Settings['postage'];

/** Cents to post one letter of `sheets` sheets: a #10 envelope up to `flatAboveSheets`, a flat envelope above. */
export function envelopePostageCents(sheets: number, rates: PostageRates): number {
  const count = Math.max(1, Math.ceil(sheets));
  const base = count > rates.flatAboveSheets ? rates.flatEnvelopeCents : rates.firstSheetCents;
  return base + (count - 1) * rates.extraSheetCents;
}

/** Sheets and postage for a batch: one envelope per letter. */
export function batchTotals(letterSheets: readonly number[], rates: PostageRates) {
  return {
    sheets: letterSheets.reduce((sum, sheets) => sum + sheets, 0),
    postageCents: letterSheets.reduce((sum, sheets) => sum + envelopePostageCents(sheets, rates), 0),
  };
}

/** Cents as dollars for staff pages: 1234 → "$12.34". */
export function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}
