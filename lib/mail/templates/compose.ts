import type { Settings } from '@/lib/settings/schema';
import { fillParts, fillPlaceholders } from '@/lib/settings/placeholders';
import { escapeHtml } from '@/lib/html';
import { site } from '@/lib/site';
import { bodyField, EMAIL_WORDING, type EmailKey, subjectField } from '../wording';

// Every email the program sends is built here: a plain-text part with one paragraph per line (mail clients wrap it),
// and the same paragraphs as simple HTML with everything anyone typed escaped.

export type MailContent = { subject: string; text: string; html: string };

/** Text (its own line breaks kept), or a link shown as its address, whole. */
export type Inline = string | { link: string };
/** A paragraph: text, a link on a line of its own, or text with links in it. */
export type Paragraph = Inline | Inline[];

/** What the emails the program words itself are read from: its name and the email sections of the settings. */
export type MailSettings = Pick<Settings, 'program' | 'letterEmails' | 'submitterEmails'>;

/** "Hello <name>," then the paragraphs, signed with the program's name. The subject must hold nothing anyone typed. */
export function composeMail(subject: string, greetingName: string, paragraphs: Paragraph[]): MailContent {
  return mailOf(subject, [`Hello ${greetingName},`, ...paragraphs, site.name]);
}

/**
 * An email the program words itself (lib/mail/wording.ts), from the settings: each blank-line-separated paragraph of
 * the body with its placeholders filled in (a paragraph left empty, such as a missing note, is dropped), and the
 * subject with only the placeholders a subject may carry. Values are inserted as they are, never read for
 * placeholders again.
 */
export function composeWorded(settings: MailSettings, key: EmailKey, values: Record<string, Inline>): MailContent {
  const { section, placeholders } = EMAIL_WORDING[key];
  const wording = settings[section] as Record<string, string | undefined>;
  const all: Record<string, Inline> = { ...values, program: settings.program.name };
  const inSubject = Object.fromEntries(
    placeholders
      .filter((placeholder) => placeholder.inSubject && typeof all[placeholder.key] === 'string')
      .map((placeholder) => [placeholder.key, all[placeholder.key] as string]),
  );
  const paragraphs = (wording[bodyField(key)] ?? EMAIL_WORDING[key].body)
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => fillParts(paragraph.trim(), all))
    .filter((parts) => parts.some((part) => typeof part !== 'string' || part.trim() !== ''));
  return mailOf(fillPlaceholders(wording[subjectField(key)] ?? EMAIL_WORDING[key].subject, inSubject), paragraphs);
}

function mailOf(subject: string, all: Paragraph[]): MailContent {
  return {
    subject,
    text: `${all.map((paragraph) => [paragraph].flat().map(inlineText).join('')).join('\n\n')}\n`,
    html: [
      '<!DOCTYPE html>',
      '<html lang="en">',
      `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      '<body style="font-family: Georgia, serif; font-size: 16px; line-height: 1.5; color: #1f2933; max-width: 36em">',
      ...all.map(paragraphHtml),
      '</body>',
      '</html>',
      '',
    ].join('\n'),
  };
}

const inlineText = (part: Inline) => (typeof part === 'string' ? part : part.link);

function inlineHtml(part: Inline): string {
  if (typeof part !== 'string') return `<a href="${escapeHtml(part.link)}">${escapeHtml(part.link)}</a>`;
  return escapeHtml(part).replace(/\r?\n/g, '<br>\n');
}

function paragraphHtml(paragraph: Paragraph): string {
  return `<p>${[paragraph].flat().map(inlineHtml).join('')}</p>`;
}
