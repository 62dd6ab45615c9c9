import { absoluteUrl } from '@/lib/absolute-url';
import { site } from '@/lib/site';
import { composeMail, type MailContent } from './compose';

// To a pen pal when their own account changes: the address a change is meant for gets the link, the address it
// leaves gets told, so a stolen session cannot quietly take the account. Display names are typed by the pen pal:
// they stay out of subjects.

const NOT_YOU = `If this was not you, sign in and change your password at once (${absoluteUrl('/account/security')}), then write to us at ${site.contactEmail}.`;

/** To the new address: the link that makes it the account's address. */
export function confirmNewEmailMail(name: string, confirmUrl: string): MailContent {
  return composeMail('Confirm your new email address', name, [
    `You asked for this address to become the email address of your ${site.name} account. Confirm it here (the link works once, for 24 hours):`,
    { link: confirmUrl },
    'Until you confirm, we keep writing to your current address. If you did not ask for this, ignore this email: nothing changes.',
  ]);
}

/** To the new address when another account already uses it: no link, and the same wording whoever asked. */
export function emailAlreadyInUseMail(): MailContent {
  return composeMail('Someone asked to use this email address', 'there', [
    `Someone asked for this address to become the email address of a ${site.name} account, but an account already uses it, so nothing changed.`,
    `If that was you, sign in with this address instead (${absoluteUrl('/signin')}). If not, ignore this email.`,
  ]);
}

/** To the current address, as soon as a change is asked for. */
export function emailChangeRequestedMail(name: string, newEmail: string): MailContent {
  return composeMail('A change of your email address was asked for', name, [
    `Someone signed in to your ${site.name} account asked to change its email address to ${newEmail}. We have sent a link to that address; nothing changes unless it is opened.`,
    NOT_YOU,
  ]);
}

/** To the address the account has just left. */
export function emailChangedMail(name: string, newEmail: string): MailContent {
  return composeMail('Your email address has changed', name, [
    `The email address of your ${site.name} account is now ${newEmail}. We will not write to this address again.`,
    NOT_YOU,
  ]);
}

/** To the address the deleted account had: the last email we send it. */
export function accountDeletedMail(name: string): MailContent {
  return composeMail('Your account has been deleted', name, [
    `As you asked, we have deleted your ${site.name} account: your name, email address, profile details, favourites and sign-ins are gone, and nobody can sign in to it again.`,
    'This is the last email we send to this address about that account.',
    `If you did not ask for this, write to us at ${site.contactEmail}.`,
  ]);
}
