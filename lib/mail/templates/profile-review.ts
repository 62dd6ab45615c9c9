import { absoluteUrl } from '@/lib/absolute-url';
import { composeWorded, type MailContent, type MailSettings } from './compose';

// To the submitter, when staff decide something that changes what happens to their submission, in the program's
// wording (settings). The reason is typed by staff and shown as written; names typed by the submitter stay out of
// subjects.

type Reviewed = { reference: string; displayName: string; slug: string; submitterName: string };

const about = (profile: Reviewed) => ({
  name: profile.submitterName,
  person: profile.displayName,
  reference: profile.reference,
});

export function profileListedMail(settings: MailSettings, profile: Reviewed): MailContent {
  return composeWorded(settings, 'profileListed', {
    ...about(profile),
    link: { link: absoluteUrl(`/profiles/${profile.slug}`) },
  });
}

/** `changesUrl`: the private link that reopens the submission (lib/profiles/changes-link.ts). */
export function changesNeededMail(
  settings: MailSettings,
  profile: Reviewed,
  reason: string,
  changesUrl: string,
): MailContent {
  return composeWorded(settings, 'changesNeeded', { ...about(profile), reason, link: { link: changesUrl } });
}

export function notListedMail(settings: MailSettings, profile: Reviewed, reason: string): MailContent {
  return composeWorded(settings, 'notListed', { ...about(profile), reason });
}
