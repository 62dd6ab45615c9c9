import { composeWorded, type MailContent, type MailSettings } from './compose';

// To whoever sent a profile in through /profiles/submit, in the program's wording (settings). Names are as they typed
// them, so they stay out of subjects.

type Submission = { reference: string; displayName: string; submitterName: string };

const about = ({ reference, displayName, submitterName }: Submission) => ({
  name: submitterName,
  person: displayName,
  reference,
});

export function submissionReceivedMail(settings: MailSettings, submission: Submission): MailContent {
  return composeWorded(settings, 'submissionReceived', about(submission));
}

export function correctionsReceivedMail(settings: MailSettings, submission: Submission): MailContent {
  return composeWorded(settings, 'correctionsReceived', about(submission));
}
