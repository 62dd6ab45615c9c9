import { absoluteUrl } from '@/lib/absolute-url';
import { site } from '@/lib/site';
import { composeMail, type MailContent } from './compose';

// Getting into a pen pal account: confirming the address, a sign-up with an address already in use, resetting a
// password. Subjects are fixed text (a display name is typed by whoever filled in the form). The links with tokens
// come from lib/accounts/tokens.ts; the others are the site's own pages.

const signInUrl = () => absoluteUrl('/signin');
const forgotPasswordUrl = () => absoluteUrl('/forgot-password');

const NOT_YOU = 'If you did not ask for this, you can ignore this email: nothing changes until the link is used.';

export function verifyEmailMail({ name, url }: { name: string; url: string }): MailContent {
  return composeMail('Confirm your email address', name, [
    'Thank you for joining our pen pal program. Please confirm that this is your email address by opening this link and pressing “Confirm my email address”:',
    { link: url },
    'The link works once, for 24 hours. Until the address is confirmed you can browse profiles and save favourites, but letters wait.',
    NOT_YOU,
  ]);
}

/**
 * To the owner of an address someone tried to sign up with again: the sign-up page said only "check your email", so
 * this is the one place the answer is given. `verifyUrl`: a fresh confirmation link when the account is not confirmed.
 */
export function existingAccountMail({ name, verifyUrl }: { name: string; verifyUrl?: string }): MailContent {
  return composeMail('Someone tried to sign up with your email address', name, [
    'Someone, perhaps you, tried to create a pen pal account with this email address. You already have an account with us, so we did not create another one.',
    'To use your account, sign in:',
    { link: signInUrl() },
    'Forgotten your password? Choose a new one here:',
    { link: forgotPasswordUrl() },
    ...(verifyUrl
      ? ['Your address is not confirmed yet. This link confirms it (it works once, for 24 hours):', { link: verifyUrl }]
      : []),
    'If it was not you, you need not do anything: your account and your password are unchanged.',
  ]);
}

/** To an address whose account was deleted less than DELETED_EMAIL_HOLD_DAYS ago; `from` is when it may sign up again. */
export function recentlyDeletedMail({ from }: { from: string }): MailContent {
  return composeMail('We could not open a new account for this email address', 'there', [
    `Someone, perhaps you, tried to create a pen pal account with this email address. An account with this address was deleted recently, so a new one can be opened from ${from}.`,
    'If it was not you, you need not do anything.',
  ]);
}

export function passwordResetMail({ name, url }: { name: string; url: string }): MailContent {
  return composeMail('Reset your password', name, [
    'We received a request to reset the password of your pen pal account. Choose a new password here:',
    { link: url },
    'The link works once, for one hour. Choosing a new password signs you out everywhere else.',
    NOT_YOU,
  ]);
}

export function passwordChangedMail({ name }: { name: string }): MailContent {
  return composeMail('Your password was changed', name, [
    'The password of your pen pal account has just been changed, and every other browser that was signed in to it has been signed out.',
    'If that was you, there is nothing more to do. If it was not, choose a new password at once here:',
    { link: forgotPasswordUrl() },
    `Then tell us at ${site.contactEmail} so we can check the account.`,
  ]);
}
