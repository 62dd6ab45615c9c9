import { absoluteUrl } from '@/lib/absolute-url';
import { composeMail, type MailContent } from './compose';

// To a pen pal when a reply to their letters has arrived. The reply itself is never in the email: it is read on the
// site, behind the pen pal's sign-in. The person's name is typed by staff or a representative, so it stays out of
// the subject.

export function replyArrivedMail(reply: { threadId: string; from: string; penPalName: string }): MailContent {
  return composeMail('A reply to your letters has arrived', reply.penPalName, [
    `A reply from ${reply.from} has arrived. You can read it here, once you have signed in:`,
    { link: absoluteUrl(`/inbox/${reply.threadId}`) },
    'For everyone’s privacy, we never put what a reply says in an email.',
  ]);
}
