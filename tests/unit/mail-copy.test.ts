import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import type { MailContent } from '@/lib/mail/templates/compose';
import { defaultSettings } from '@/lib/settings/schema';
import * as accountAccess from '@/lib/mail/templates/account-access';
import * as accountChanges from '@/lib/mail/templates/account-changes';
import * as letters from '@/lib/mail/templates/letters';
import * as lettersReplies from '@/lib/mail/templates/letters-replies';
import * as profileReview from '@/lib/mail/templates/profile-review';
import * as profileSubmission from '@/lib/mail/templates/profile-submission';

// Every email the site sends, rendered with the names people really have ("Dana W." ends in a full stop), and read
// the way a mail client shows it: both parts, one line per paragraph, every link absolute on the site's address.

const person = { penPalName: 'Sam Q.', personName: 'Dana W.' };
const profile = { reference: 'BB-7K2M9Q4P', displayName: 'Dana W.', slug: 'dana-w-k2m9q4', submitterName: 'Ruth B.' };
const link = (path: string) => `${env.siteUrl}${path}`;
// The program's own wording, as a fresh install has it.
const settings = defaultSettings();

const rendered: Record<string, MailContent> = {
  verifyEmailMail: accountAccess.verifyEmailMail({ name: 'Sam Q.', url: link('/verify-email/tok') }),
  existingAccountMail: accountAccess.existingAccountMail({ name: 'Sam Q.', verifyUrl: link('/verify-email/tok') }),
  recentlyDeletedMail: accountAccess.recentlyDeletedMail({ from: 'December 29, 2026' }),
  passwordResetMail: accountAccess.passwordResetMail({ name: 'Sam Q.', url: link('/reset-password/tok') }),
  passwordChangedMail: accountAccess.passwordChangedMail({ name: 'Sam Q.' }),
  confirmNewEmailMail: accountChanges.confirmNewEmailMail('Sam Q.', link('/account/email/confirm/tok')),
  emailAlreadyInUseMail: accountChanges.emailAlreadyInUseMail(),
  emailChangeRequestedMail: accountChanges.emailChangeRequestedMail('Sam Q.', 'new@example.org'),
  emailChangedMail: accountChanges.emailChangedMail('Sam Q.', 'new@example.org'),
  accountDeletedMail: accountChanges.accountDeletedMail('Sam Q.'),
  letterChangesMail: letters.letterChangesMail(settings, person, 'letter1', 'other', 'Please leave out the address.'),
  letterNotSentMail: letters.letterNotSentMail(settings, person, 'thread1', 'tone', ''),
  letterReturnedMail: letters.letterReturnedMail(settings, person, 'thread1', 'moved', true),
  personAskedToStopMail: letters.personAskedToStopMail(settings, person, 'thread1'),
  replyArrivedMail: lettersReplies.replyArrivedMail(settings, {
    threadId: 'thread1',
    from: 'Dana W.',
    penPalName: 'Sam Q.',
  }),
  profileListedMail: profileReview.profileListedMail(settings, profile),
  changesNeededMail: profileReview.changesNeededMail(
    settings,
    profile,
    'The number has a digit too few.',
    link('/profiles/submit/tok'),
  ),
  notListedMail: profileReview.notListedMail(settings, profile, 'We could not confirm consent.'),
  submissionReceivedMail: profileSubmission.submissionReceivedMail(settings, profile),
  correctionsReceivedMail: profileSubmission.correctionsReceivedMail(settings, profile),
};

const addresses = (text: string) => [...text.matchAll(/https?:\/\/[^\s<>"()]+/g)].map((match) => match[0]);

describe('every email template', () => {
  it('is rendered here: a template added without a row below fails', () => {
    const templates = [accountAccess, accountChanges, letters, lettersReplies, profileReview, profileSubmission]
      .flatMap((module) => Object.keys(module))
      .filter((name) => name.endsWith('Mail'));
    expect(templates.sort()).toEqual(Object.keys(rendered).sort());
  });

  it.each(Object.entries(rendered))('%s has a subject, a plain text part and an HTML part', (_, mail) => {
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.text).toMatch(/^Hello .+,\n\n[\s\S]+\n\nBeyond Bars\n$/);
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(mail.html).toContain('<p>Beyond Bars</p>');
  });

  it.each(Object.entries(rendered))('%s keeps each paragraph on one line, with no doubled full stops', (_, mail) => {
    const paragraphs = mail.text.trim().split('\n\n');
    for (const paragraph of paragraphs) {
      expect(paragraph).not.toContain('\n');
      // A sentence ends with a stop, a colon or a question mark; a link or the signature stands alone.
      expect(paragraph).toMatch(/[.:?,]$|^https?:\/\/\S+$|^Beyond Bars$/);
    }
    expect(mail.text).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    expect(mail.html.match(/<p>/g)).toHaveLength(paragraphs.length);
  });

  it.each(Object.entries(rendered))('%s links only to the site’s own address, the same in both parts', (_, mail) => {
    const inText = addresses(mail.text);
    const inHtml = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    for (const address of [...inText, ...inHtml]) expect(address.startsWith(`${env.siteUrl}/`)).toBe(true);
    expect(inHtml).toEqual(
      addresses(
        mail.text
          .split('\n\n')
          .filter((p) => /^https?:\/\/\S+$/.test(p))
          .join('\n'),
      ),
    );
  });
});
