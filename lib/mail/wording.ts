import type { Placeholder } from '@/lib/settings/placeholders';

// The emails a program words for itself, edited in the console's settings (lib/settings/schema.ts builds their
// sections from this list). Each has a subject and a body: paragraphs separated by a blank line, the greeting and the
// sign-off included. The defaults are the wording the site has always sent. Security emails (sign-up confirmation,
// password reset, email changes, account deletion) are not here: their wording carries the safety advice and stays in
// code (lib/mail/templates/account-*.ts). Pure and client-safe: the settings form documents the placeholders from it.

export type EmailSection = 'letterEmails' | 'submitterEmails';

export type EmailWording = {
  section: EmailSection;
  title: string;
  /** When it is sent, for the settings page. */
  when: string;
  placeholders: Placeholder[];
  subject: string;
  body: string;
};

const program: Placeholder = { key: 'program', means: 'the program’s name', inSubject: true };
const penPal: Placeholder = { key: 'name', means: 'the pen pal’s display name' };
const person: Placeholder = { key: 'person', means: 'the name of the person inside' };
const inbox: Placeholder = { key: 'link', means: 'the link to the conversation', required: true };
const submitter: Placeholder = { key: 'name', means: 'the name of whoever sent the profile in' };
const reference: Placeholder = { key: 'reference', means: 'the submission’s reference number', inSubject: true };
const reason: Placeholder = { key: 'reason', means: 'the reason staff chose', required: true };

const paragraphs = (...lines: string[]) => lines.join('\n\n');

export const EMAIL_WORDING = {
  replyArrived: {
    section: 'letterEmails',
    title: 'A reply arrived',
    when: 'When staff enter a reply from the person inside.',
    placeholders: [penPal, person, { ...inbox, means: 'the link to read the reply' }, program],
    subject: 'A reply to your letters has arrived',
    body: paragraphs(
      'Hello {name},',
      'A reply from {person} has arrived. You can read it here, once you have signed in:',
      '{link}',
      'For everyone’s privacy, we never put what a reply says in an email.',
      '{program}',
    ),
  },
  letterReturned: {
    section: 'letterEmails',
    title: 'A letter came back',
    when: 'When the post office returns a letter.',
    placeholders: [
      penPal,
      person,
      { key: 'reason', means: 'what the envelope said', required: true },
      {
        key: 'paused',
        means: 'the sentence saying that new letters to them are paused, when they are; nothing otherwise',
        required: true,
      },
      inbox,
      program,
    ],
    subject: 'A letter you wrote came back to us',
    body: paragraphs(
      'Hello {name},',
      'Your letter to {person} came back from the post office. Reason: {reason}.',
      '{paused}Your letter and what happened to it stay in your inbox:',
      '{link}',
      '{program}',
    ),
  },
  letterChanges: {
    section: 'letterEmails',
    title: 'A letter needs a change',
    when: 'When staff send a letter back for changes.',
    placeholders: [
      penPal,
      person,
      reason,
      { key: 'note', means: 'the note staff wrote, if any', required: true },
      { key: 'link', means: 'the link to edit the letter', required: true },
      program,
    ],
    subject: 'Your letter needs a change before we can post it',
    body: paragraphs(
      'Hello {name},',
      'We read your letter to {person} before posting it, and we need you to change something first.',
      'Reason: {reason}.',
      '{note}',
      'Edit the letter and send it again here; nothing you wrote has been lost:',
      '{link}',
      '{program}',
    ),
  },
  letterNotSent: {
    section: 'letterEmails',
    title: 'A letter was not sent',
    when: 'When staff decide a letter cannot be posted.',
    placeholders: [
      penPal,
      person,
      reason,
      { key: 'note', means: 'the note staff wrote, if any', required: true },
      inbox,
      program,
    ],
    subject: 'We could not post your letter',
    body: paragraphs(
      'Hello {name},',
      'We are sorry: your letter to {person} cannot be posted.',
      'Reason: {reason}.',
      '{note}',
      'You can see the letter and the reason in your inbox, and reply to this email if you think we made a mistake:',
      '{link}',
      '{program}',
    ),
  },
  personAskedToStop: {
    section: 'letterEmails',
    title: 'The person inside asked to stop',
    when: 'When a paper form from the person inside asks for the letters to stop.',
    placeholders: [penPal, person, inbox, program],
    subject: 'A change to one of your pen pal conversations',
    body: paragraphs(
      'Hello {name},',
      '{person} has written to us asking for the letters to stop. We respect that, so no new letters can go to them.',
      'People inside ask this for many reasons, most of them about their own circumstances. Thank you for the letters you wrote; they stay in your inbox:',
      '{link}',
      '{program}',
    ),
  },
  submissionReceived: {
    section: 'submitterEmails',
    title: 'Submission received',
    when: 'When someone sends a profile in.',
    placeholders: [submitter, person, { ...reference, required: true }, program],
    subject: 'We received your profile submission ({reference})',
    body: paragraphs(
      'Hello {name},',
      'Thank you for sending us a profile for {person}: its reference number is {reference}.',
      'What happens next: a member of our staff checks the details against the facility records, usually within a week. If something needs changing we will write to you at this address. Once it is approved the profile is listed for twelve months, and we will ask you to renew it before it runs out.',
      'If you need to correct anything in the meantime, reply to this email and quote the reference number.',
      '{program}',
    ),
  },
  correctionsReceived: {
    section: 'submitterEmails',
    title: 'Corrections received',
    when: 'When the submitter sends corrections through their private link.',
    placeholders: [submitter, person, { ...reference, required: true }, program],
    subject: 'We received your corrections ({reference})',
    body: paragraphs(
      'Hello {name},',
      'Thank you: the corrected profile for {person} is back with our staff for review. Your reference number is still {reference}.',
      '{program}',
    ),
  },
  profileListed: {
    section: 'submitterEmails',
    title: 'Profile listed',
    when: 'When staff approve a submission.',
    placeholders: [
      submitter,
      person,
      reference,
      { key: 'link', means: 'the link to the listed profile', required: true },
      program,
    ],
    subject: 'Listed: your profile submission {reference}',
    body: paragraphs(
      'Hello {name},',
      'We have checked the profile for {person} ({reference}) and it is now listed for twelve months:',
      '{link}',
      'We will write to you before the listing runs out so it can be renewed.',
      '{program}',
    ),
  },
  changesNeeded: {
    section: 'submitterEmails',
    title: 'Changes needed',
    when: 'When staff ask the submitter for changes.',
    placeholders: [
      submitter,
      person,
      reference,
      { ...reason, means: 'what staff asked for' },
      { key: 'link', means: 'the private link to correct the submission (it works for 30 days)', required: true },
      program,
    ],
    subject: 'Changes needed: your profile submission {reference}',
    body: paragraphs(
      'Hello {name},',
      'Thank you for the profile for {person} ({reference}). Before we can list it, we need the following:',
      '{reason}',
      'Correct the submission here (the link is private and works for 30 days):',
      '{link}',
      'Or reply to this email with the corrections, quoting the reference number.',
      '{program}',
    ),
  },
  notListed: {
    section: 'submitterEmails',
    title: 'Not listed',
    when: 'When staff reject a submission.',
    placeholders: [submitter, person, reference, { ...reason, means: 'why, as staff wrote it' }, program],
    subject: 'Not listed: your profile submission {reference}',
    body: paragraphs(
      'Hello {name},',
      'We are sorry: we cannot list the profile for {person} ({reference}).',
      '{reason}',
      'If you think we have made a mistake, reply to this email.',
      '{program}',
    ),
  },
} satisfies Record<string, EmailWording>;

export type EmailKey = keyof typeof EMAIL_WORDING;
export const EMAIL_KEYS = Object.keys(EMAIL_WORDING) as EmailKey[];

/** The emails of one settings section, in the order the page shows them. */
export function emailsOf(section: EmailSection): EmailKey[] {
  return EMAIL_KEYS.filter((key) => EMAIL_WORDING[key].section === section);
}

/** The settings field names of an email's subject and body. */
export const subjectField = (key: EmailKey) => `${key}Subject`;
export const bodyField = (key: EmailKey) => `${key}Body`;
