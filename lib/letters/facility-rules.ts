import { formatDate } from '@/lib/format/date';
import { sheetsFor } from './sheets';

// A facility's machine-readable mail rules, as the composer shows them and applies them to a letter. Pure: the
// composer, the send action and the tests share it.

export type FacilityRules = {
  name: string;
  postcardsOnly: boolean;
  mailScanned: boolean;
  maxPages: number | null;
  noGreetingCards: boolean;
  photosAccepted: boolean;
  rulesCheckedAt: Date | null;
  rulesSource: string;
};

/** The rules in words, for the box beside the letter. */
export function ruleNotes(rules: FacilityRules): string[] {
  const notes: string[] = [];
  if (rules.postcardsOnly) notes.push('Postcards only: the facility does not accept letters.');
  if (rules.mailScanned)
    notes.push('Mail goes to a scanning centre: they receive a copy, and the original paper is destroyed.');
  if (rules.maxPages !== null)
    notes.push(`At most ${rules.maxPages} ${rules.maxPages === 1 ? 'page' : 'pages'} per letter.`);
  if (rules.noGreetingCards) notes.push('No greeting cards.');
  if (!rules.photosAccepted) notes.push('Photos are not accepted.');
  notes.push('We print plain black text on white paper, as every facility asks.');
  return notes;
}

/** "Rules checked on May 4, 2026", or null when staff have not checked them. */
export function rulesChecked(rules: Pick<FacilityRules, 'rulesCheckedAt'>): string | null {
  return rules.rulesCheckedAt ? `Rules checked on ${formatDate(rules.rulesCheckedAt)}` : null;
}

export type RuleWarning = { rule: 'postcards-only' | 'max-pages'; message: string; blocksSending: boolean };

/** Where `body` breaks the facility's rules. A postcards-only facility takes no letter at all. */
export function ruleWarnings(rules: FacilityRules, body: string): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  if (rules.postcardsOnly)
    warnings.push({
      rule: 'postcards-only',
      message: `${rules.name} accepts postcards only, so we cannot post a letter there. You can keep a draft for when the rules change.`,
      blocksSending: true,
    });
  const sheets = sheetsFor(body);
  if (rules.maxPages !== null && body.trim() && sheets > rules.maxPages)
    warnings.push({
      rule: 'max-pages',
      message: `Printed, this letter takes ${sheets} pages; ${rules.name} accepts at most ${rules.maxPages}. Please shorten it, or the facility may return it.`,
      blocksSending: false,
    });
  return warnings;
}
