import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { parseEml } from '@/lib/mail/eml';

// The outbox reader must read back exactly what nodemailer wrote, in whichever encoding nodemailer chose.

async function written(message: { subject: string; text: string; html?: string }) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail({
    from: 'Beyond Bars <hello@beyondbars.example>',
    to: 'ruth@example.org',
    ...message,
  });
  return (info.message as Buffer).toString('utf8');
}

describe('parseEml', () => {
  it('reads the text and HTML parts of a multipart/alternative message', async () => {
    const message = {
      subject: 'Grüße (BB-7K2M9Q4P)',
      text: 'Hello Ruth,\n\nThank you — José’s profile is here.\n',
      html: '<p>Hello Ruth,</p>\n<p>Thank you &mdash; José’s profile is here.</p>\n',
    };

    expect(parseEml(await written(message))).toEqual({ to: 'ruth@example.org', ...message });
  });

  it('reads a message with only a text part', async () => {
    expect(parseEml(await written({ subject: 'Plain', text: 'Only text.' }))).toEqual({
      to: 'ruth@example.org',
      subject: 'Plain',
      text: 'Only text.',
      html: '',
    });
  });
});
