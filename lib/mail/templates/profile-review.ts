import { absoluteUrl } from '@/lib/absolute-url';
import { composeMail, type MailContent } from './compose';

// To the submitter, when staff decide something that changes what happens to their submission. The reason is typed
// by staff and shown as written; names typed by the submitter stay out of subjects.

type Reviewed = { reference: string; displayName: string; slug: string; submitterName: string };

const about = (profile: Reviewed) => `the profile for ${profile.displayName} (${profile.reference})`;

export function profileListedMail(profile: Reviewed): MailContent {
  return composeMail(`Listed: your profile submission ${profile.reference}`, profile.submitterName, [
    `We have checked ${about(profile)} and it is now listed for twelve months:`,
    { link: absoluteUrl(`/profiles/${profile.slug}`) },
    'We will write to you before the listing runs out so it can be renewed.',
  ]);
}

/** `changesUrl`: the private link that reopens the submission (lib/profiles/changes-link.ts). */
export function changesNeededMail(profile: Reviewed, reason: string, changesUrl: string): MailContent {
  return composeMail(`Changes needed: your profile submission ${profile.reference}`, profile.submitterName, [
    `Thank you for ${about(profile)}. Before we can list it, we need the following:`,
    reason,
    'Correct the submission here (the link is private and works for 30 days):',
    { link: changesUrl },
    'Or reply to this email with the corrections, quoting the reference number.',
  ]);
}

export function notListedMail(profile: Reviewed, reason: string): MailContent {
  return composeMail(`Not listed: your profile submission ${profile.reference}`, profile.submitterName, [
    `We are sorry: we cannot list ${about(profile)}.`,
    reason,
    'If you think we have made a mistake, reply to this email.',
  ]);
}
