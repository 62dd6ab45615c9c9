import { site } from '@/lib/site';

// Every email the program sends is built here: a plain-text part with one paragraph per line (mail clients wrap it),
// and the same paragraphs as simple HTML with everything anyone typed escaped.

export type MailContent = { subject: string; text: string; html: string };

/** A paragraph of text (its own line breaks kept), or a link shown as its address, whole, on a line of its own. */
export type Paragraph = string | { link: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML shows it literally: safe inside an element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** "Hello <name>," then the paragraphs, signed with the program's name. The subject must hold nothing anyone typed. */
export function composeMail(subject: string, greetingName: string, paragraphs: Paragraph[]): MailContent {
  const all: Paragraph[] = [`Hello ${greetingName},`, ...paragraphs, site.name];
  return {
    subject,
    text: `${all.map((paragraph) => (typeof paragraph === 'string' ? paragraph : paragraph.link)).join('\n\n')}\n`,
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

function paragraphHtml(paragraph: Paragraph): string {
  if (typeof paragraph !== 'string')
    return `<p><a href="${escapeHtml(paragraph.link)}">${escapeHtml(paragraph.link)}</a></p>`;
  return `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>\n')}</p>`;
}
