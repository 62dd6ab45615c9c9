import { LetterKind, LetterStatus, ReplyStatus } from '@/lib/db/generated/sqlite/enums';

// A letter's life, as one pure table: who takes each step, from which statuses, to which. Actions put the `from`
// statuses in their where, so of two people acting at once only one succeeds, and write a LetterEvent for each step.

export { LetterKind, LetterStatus, ReplyStatus };
export const LETTER_STATUSES = Object.values(LetterStatus);

const { draft, submitted, changes_requested, approved, printed, posted, returned, rejected } = LetterStatus;

export type LetterStepName = keyof typeof LETTER_STEPS;
type Step = { by: 'penpal' | 'staff' | 'mailroom'; from: readonly LetterStatus[]; to: LetterStatus };

export const LETTER_STEPS = {
  // The pen pal sends a draft, or the letter staff sent back for changes, into screening.
  submit: { by: 'penpal', from: [draft, changes_requested], to: submitted },
  approve: { by: 'staff', from: [submitted], to: approved },
  request_changes: { by: 'staff', from: [submitted], to: changes_requested },
  reject: { by: 'staff', from: [submitted], to: rejected },
  // Put into a batch and printed; the batch is then posted as one.
  print: { by: 'mailroom', from: [approved], to: printed },
  post: { by: 'mailroom', from: [printed], to: posted },
  // Came back undelivered: moved, released, refused by the facility, bad address.
  return: { by: 'mailroom', from: [posted], to: returned },
} as const satisfies Record<string, Step>;

/** The status `step` leads to from `status`, or null when it does not apply. */
export function letterStep(step: LetterStepName, status: LetterStatus): LetterStatus | null {
  const { from, to } = LETTER_STEPS[step];
  return (from as readonly LetterStatus[]).includes(status) ? to : null;
}

/** A letter the pen pal can still edit: a draft, or one sent back for changes. */
export function isEditable(status: LetterStatus): boolean {
  return status === draft || status === changes_requested;
}

/** Letters on their way or delivered: they count against the daily limits and make a thread "started". */
export const SENT_STATUSES: readonly LetterStatus[] = [submitted, approved, printed, posted, returned];

/** What the pen pal reads for each status. */
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: 'Draft',
  submitted: 'In screening',
  changes_requested: 'Changes requested',
  approved: 'Approved, waiting to print',
  printed: 'Printed',
  posted: 'Posted',
  returned: 'Returned to us',
  rejected: 'Not sent',
};
