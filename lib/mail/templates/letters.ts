import { absoluteUrl } from '@/lib/absolute-url';
import { reasonLabel } from '@/lib/letters/reasons';
import { composeMail, type MailContent } from './compose';

// To the pen pal when staff decide something about a letter they must act on or know about. Subjects name no one and
// quote nothing from the letter; the note is staff's own words, shown as written.

type Addressed = { penPalName: string; personName: string };

function noteParagraphs(reasonCode: string, note: string): string[] {
  return [`Reason: ${reasonLabel(reasonCode)}.`, ...(note ? [note] : [])];
}

/** Sent back for changes: a link to the letter, where it can be edited and sent again. */
export function letterChangesMail(to: Addressed, letterId: string, reasonCode: string, note: string): MailContent {
  return composeMail('Your letter needs a change before we can post it', to.penPalName, [
    `We read your letter to ${to.personName} before posting it, and we need you to change something first.`,
    ...noteParagraphs(reasonCode, note),
    'Edit the letter and send it again here; nothing you wrote has been lost:',
    { link: absoluteUrl(`/letters/${letterId}`) },
  ]);
}

/** Not sent: the reason, and the thread where it stays on record. */
export function letterNotSentMail(to: Addressed, threadId: string, reasonCode: string, note: string): MailContent {
  return composeMail('We could not post your letter', to.penPalName, [
    `We are sorry: your letter to ${to.personName} cannot be posted.`,
    ...noteParagraphs(reasonCode, note),
    'You can see the letter and the reason in your inbox, and reply to this email if you think we made a mistake:',
    { link: absoluteUrl(`/inbox/${threadId}`) },
  ]);
}

/** Came back in the post: what the envelope said, and whether letters to the person are paused. */
export function letterReturnedMail(to: Addressed, threadId: string, reasonCode: string, paused: boolean): MailContent {
  return composeMail('A letter you wrote came back to us', to.penPalName, [
    `Your letter to ${to.personName} came back from the post office. Reason: ${reasonLabel(reasonCode)}.`,
    paused
      ? 'We have paused new letters to them while we check where they are now. Your letter and what happened to it stay in your inbox:'
      : 'Your letter and what happened to it stay in your inbox:',
    { link: absoluteUrl(`/inbox/${threadId}`) },
  ]);
}

/** The person inside asked, on a paper form, for the letters to stop: said kindly, with no reason asked of them. */
export function personAskedToStopMail(to: Addressed, threadId: string): MailContent {
  return composeMail('A change to one of your pen pal conversations', to.penPalName, [
    `${to.personName} has written to us asking for the letters to stop. We respect that, so no new letters can go to them.`,
    'People inside ask this for many reasons, most of them about their own circumstances. Thank you for the letters you wrote; they stay in your inbox:',
    { link: absoluteUrl(`/inbox/${threadId}`) },
  ]);
}
