import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { escapeHtml } from '@/lib/html';
import { composeMail } from '@/lib/mail/templates/compose';
import { defaultSettings } from '@/lib/settings/schema';
import {
  existingAccountMail,
  passwordChangedMail,
  passwordResetMail,
  recentlyDeletedMail,
  verifyEmailMail,
} from '@/lib/mail/templates/account-access';
import { changesNeededMail, notListedMail, profileListedMail } from '@/lib/mail/templates/profile-review';
import { correctionsReceivedMail, submissionReceivedMail } from '@/lib/mail/templates/profile-submission';
import {
  accountDeletedMail,
  confirmNewEmailMail,
  emailAlreadyInUseMail,
  emailChangedMail,
  emailChangeRequestedMail,
} from '@/lib/mail/templates/account-changes';

// What a submitter can type ends up in our emails; none of it may become markup, and none of it goes in a subject.
const TYPED = `<img src=x onerror="alert('hi')"> & Co`;
const ESCAPED = '&lt;img src=x onerror=&quot;alert(&#39;hi&#39;)&quot;&gt; &amp; Co';
const settings = defaultSettings();
const submission = {
  reference: 'BB-7K2M9Q4P',
  displayName: TYPED,
  submitterName: `Ruth ${TYPED}`,
  slug: 'dana-w-k2m9q4',
};

/** Every paragraph is one line: nothing wraps a sentence in the middle, mail clients do the wrapping. */
function expectOneLinePerParagraph(text: string) {
  for (const paragraph of text.trim().split('\n\n')) expect(paragraph).not.toContain('\n');
}

function expectSafeHtml(html: string) {
  expect(html).not.toContain('<img');
  expect(html).toContain(ESCAPED);
}

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('leaves other text alone, and escapes an ampersand only once per pass', () => {
    expect(escapeHtml('Grüße — café 100%')).toBe('Grüße — café 100%');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('')).toBe('');
  });
});

describe('composeMail', () => {
  it('greets, signs off, and gives the same paragraphs as text and as HTML', () => {
    const mail = composeMail('Subject & more', 'Ruth', [
      'First line\nsecond line',
      { link: 'https://example.org/a?b=1&c=2' },
    ]);

    expect(mail.text).toBe('Hello Ruth,\n\nFirst line\nsecond line\n\nhttps://example.org/a?b=1&c=2\n\nBeyond Bars\n');
    expect(mail.html).toContain('<title>Subject &amp; more</title>');
    expect(mail.html).toContain('<p>Hello Ruth,</p>');
    expect(mail.html).toContain('<p>First line<br>\nsecond line</p>');
    expect(mail.html).toContain(
      '<p><a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a></p>',
    );
    expect(mail.html).toContain('<p>Beyond Bars</p>');
  });
});

describe('the submission acknowledgements', () => {
  it('carries the reference in the subject and the body, and nothing typed in the subject', () => {
    const mail = submissionReceivedMail(settings, submission);

    expect(mail.subject).toBe('We received your profile submission (BB-7K2M9Q4P)');
    expect(mail.text).toContain(`Hello Ruth ${TYPED},`);
    expect(mail.text).toContain(
      `Thank you for sending us a profile for ${TYPED}: its reference number is BB-7K2M9Q4P.`,
    );
    expect(mail.text).toContain('usually within a week. If something needs changing');
    expectOneLinePerParagraph(mail.text);
    expectSafeHtml(mail.html);
    expect(mail.html).toContain('BB-7K2M9Q4P');
  });

  it('acknowledges corrections under the same reference', () => {
    const mail = correctionsReceivedMail(settings, submission);

    expect(mail.subject).toBe('We received your corrections (BB-7K2M9Q4P)');
    expect(mail.text).toContain(`the corrected profile for ${TYPED} is back with our staff`);
    expect(mail.text).toContain('BB-7K2M9Q4P');
    expectOneLinePerParagraph(mail.text);
    expectSafeHtml(mail.html);
  });
});

describe('the review outcomes', () => {
  it('links a listed profile on the site’s own address', () => {
    const mail = profileListedMail(settings, submission);
    const url = `${env.siteUrl}/profiles/dana-w-k2m9q4`;

    expect(mail.subject).toBe('Listed: your profile submission BB-7K2M9Q4P');
    expect(mail.text).toContain(`\n\n${url}\n\n`);
    expect(mail.html).toContain(`<a href="${url}">${url}</a>`);
    expectOneLinePerParagraph(mail.text);
    expectSafeHtml(mail.html);
  });

  it('asks for changes with the reason as staff wrote it and the private link', () => {
    const reason = 'The inmate number has one digit too few.\nPlease check it <on the wristband>.';
    const link = `${env.siteUrl}/profiles/submit/tok_abc123`;
    const mail = changesNeededMail(settings, submission, reason, link);

    expect(mail.subject).toBe('Changes needed: your profile submission BB-7K2M9Q4P');
    expect(mail.text).toContain(`\n\n${reason}\n\n`);
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.html).toContain(
      '<p>The inmate number has one digit too few.<br>\nPlease check it &lt;on the wristband&gt;.</p>',
    );
    expect(mail.html).toContain(`<a href="${link}">`);
    expectSafeHtml(mail.html);
  });

  it('says why a profile is not listed', () => {
    const mail = notListedMail(settings, submission, 'We could not confirm <consent>.');

    expect(mail.subject).toBe('Not listed: your profile submission BB-7K2M9Q4P');
    expect(mail.text).toContain('We are sorry: we cannot list the profile for');
    expect(mail.text).toContain('We could not confirm <consent>.');
    expect(mail.html).toContain('We could not confirm &lt;consent&gt;.');
    expectOneLinePerParagraph(mail.text);
    expectSafeHtml(mail.html);
  });
});

describe('the account emails', () => {
  const link = `${env.siteUrl}/verify-email/tok_abc123`;

  it('ask to confirm an address with the link alone on its line, and nothing typed in the subject', () => {
    const mail = verifyEmailMail({ name: TYPED, url: link });
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.text).toContain(`Hello ${TYPED},`);
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.text).toContain('The link works once, for 24 hours.');
    expectOneLinePerParagraph(mail.text);
    expectSafeHtml(mail.html);
  });

  it('tell the owner of an address about a sign-up with it, linking sign-in and reset on the site', () => {
    const verified = existingAccountMail({ name: TYPED });
    expect(verified.subject).toBe('Someone tried to sign up with your email address');
    expect(verified.text).toContain(`\n\n${env.siteUrl}/signin\n\n`);
    expect(verified.text).toContain(`\n\n${env.siteUrl}/forgot-password\n\n`);
    expect(verified.text).not.toContain('/verify-email/');
    expectSafeHtml(verified.html);
    expect(existingAccountMail({ name: 'Robin', verifyUrl: link }).text).toContain(`\n\n${link}\n\n`);
  });

  it('say when a recently deleted account’s address can sign up again', () => {
    const mail = recentlyDeletedMail({ from: 'December 29, 2026' });
    expect(mail.subject).toBe('We could not open a new account for this email address');
    expect(mail.text).toContain('a new one can be opened from December 29, 2026.');
  });

  it('send a reset link, then confirm the change with a way back if it was not them', () => {
    const reset = passwordResetMail({ name: TYPED, url: `${env.siteUrl}/reset-password/tok_abc123` });
    expect(reset.subject).toBe('Reset your password');
    expect(reset.text).toContain(`\n\n${env.siteUrl}/reset-password/tok_abc123\n\n`);
    expect(reset.text).toContain('The link works once, for one hour.');
    expectSafeHtml(reset.html);
    const changed = passwordChangedMail({ name: TYPED });
    expect(changed.subject).toBe('Your password was changed');
    expect(changed.text).toContain('every other browser that was signed in to it has been signed out');
    expect(changed.text).toContain(`\n\n${env.siteUrl}/forgot-password\n\n`);
    expectOneLinePerParagraph(changed.text);
    expectSafeHtml(changed.html);
  });
});

describe('the account change notices', () => {
  const name = `Sam ${TYPED}`;

  it('keep the display name a pen pal typed out of subjects and escaped in the HTML', () => {
    const link = `${env.siteUrl}/account/email/confirm/tok_abc123`;
    const all = [
      confirmNewEmailMail(name, link),
      emailChangeRequestedMail(name, 'new@example.org'),
      emailChangedMail(name, 'new@example.org'),
      passwordChangedMail({ name }),
      accountDeletedMail(name),
    ];
    for (const mail of all) {
      expect(mail.subject).not.toContain('Sam');
      expect(mail.text).toContain(`Hello ${name},`);
      expectOneLinePerParagraph(mail.text);
      expectSafeHtml(mail.html);
    }
    expect(all[0]!.text).toContain(`\n\n${link}\n\n`);
  });

  it('send the link only to the new address; the old one hears what changed, with no link to use', () => {
    expect(emailChangeRequestedMail('Sam', 'new@example.org').text).toContain(
      'change its email address to new@example.org',
    );
    expect(emailChangeRequestedMail('Sam', 'new@example.org').text).not.toContain('/account/email/confirm/');
    expect(emailChangedMail('Sam', 'new@example.org').text).toContain('is now new@example.org');
    expect(emailAlreadyInUseMail().text).not.toContain('/account/email/confirm/');
  });
});
