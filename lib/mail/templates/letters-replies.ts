import { absoluteUrl } from '@/lib/absolute-url';
import { composeWorded, type MailContent, type MailSettings } from './compose';

// To a pen pal when a reply to their letters has arrived, in the program's wording (settings). The reply itself is
// never in the email: it is read on the site, behind the pen pal's sign-in. The person's name is typed by staff or a
// representative, so it stays out of the subject.

export function replyArrivedMail(
  settings: MailSettings,
  reply: { threadId: string; from: string; penPalName: string },
): MailContent {
  return composeWorded(settings, 'replyArrived', {
    name: reply.penPalName,
    person: reply.from,
    link: { link: absoluteUrl(`/inbox/${reply.threadId}`) },
  });
}
