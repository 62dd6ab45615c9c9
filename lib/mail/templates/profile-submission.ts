import { composeMail, type MailContent } from './compose';

// To whoever sent a profile in through /profiles/submit. Names are as they typed them, so they stay out of subjects.

type Submission = { reference: string; displayName: string; submitterName: string };

export function submissionReceivedMail({ reference, displayName, submitterName }: Submission): MailContent {
  return composeMail(`We received your profile submission (${reference})`, submitterName, [
    `Thank you for sending us a profile for ${displayName}: its reference number is ${reference}.`,
    'What happens next: a member of our staff checks the details against the facility records, usually within a week. If something needs changing we will write to you at this address. Once it is approved the profile is listed for twelve months, and we will ask you to renew it before it runs out.',
    'If you need to correct anything in the meantime, reply to this email and quote the reference number.',
  ]);
}

export function correctionsReceivedMail({ reference, displayName, submitterName }: Submission): MailContent {
  return composeMail(`We received your corrections (${reference})`, submitterName, [
    `Thank you: the corrected profile for ${displayName} is back with our staff for review. Your reference number is still ${reference}.`,
  ]);
}
