import { absoluteUrl } from '@/lib/absolute-url';
import { reasonLabel } from '@/lib/letters/reasons';
import { composeWorded, type MailContent, type MailSettings } from './compose';

// To the pen pal when staff decide something about a letter they must act on or know about, in the program's wording
// (settings, lib/mail/wording.ts). Subjects name no one and quote nothing from the letter; the note is staff's own
// words, shown as written.

type Addressed = { penPalName: string; personName: string };

const names = (to: Addressed) => ({ name: to.penPalName, person: to.personName });

/** Sent back for changes: a link to the letter, where it can be edited and sent again. */
export function letterChangesMail(
  settings: MailSettings,
  to: Addressed,
  letterId: string,
  reasonCode: string,
  note: string,
): MailContent {
  return composeWorded(settings, 'letterChanges', {
    ...names(to),
    reason: reasonLabel(reasonCode),
    note,
    link: { link: absoluteUrl(`/letters/${letterId}`) },
  });
}

/** Not sent: the reason, and the thread where it stays on record. */
export function letterNotSentMail(
  settings: MailSettings,
  to: Addressed,
  threadId: string,
  reasonCode: string,
  note: string,
): MailContent {
  return composeWorded(settings, 'letterNotSent', {
    ...names(to),
    reason: reasonLabel(reasonCode),
    note,
    link: { link: absoluteUrl(`/inbox/${threadId}`) },
  });
}

/** Came back in the post: what the envelope said, and whether letters to the person are paused. */
export function letterReturnedMail(
  settings: MailSettings,
  to: Addressed,
  threadId: string,
  reasonCode: string,
  paused: boolean,
): MailContent {
  return composeWorded(settings, 'letterReturned', {
    ...names(to),
    reason: reasonLabel(reasonCode),
    paused: paused ? 'We have paused new letters to them while we check where they are now. ' : '',
    link: { link: absoluteUrl(`/inbox/${threadId}`) },
  });
}

/** The person inside asked, on a paper form, for the letters to stop: said kindly, with no reason asked of them. */
export function personAskedToStopMail(settings: MailSettings, to: Addressed, threadId: string): MailContent {
  return composeWorded(settings, 'personAskedToStop', {
    ...names(to),
    link: { link: absoluteUrl(`/inbox/${threadId}`) },
  });
}
