import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { readOutbox, sendMail } from '@/lib/mail/send';

// Runs as an integration test for its temporary DATA_DIR: without SMTP_URL mail lands in data/outbox.

async function outboxFiles(): Promise<string[]> {
  return readdir(env.outboxDir).catch(() => []);
}

async function sendAndReadBack(message: Parameters<typeof sendMail>[0]) {
  const before = await outboxFiles();
  await sendMail(message);
  const added = (await outboxFiles()).filter((file) => !before.includes(file));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatch(/^\d{4}-\d\d-\d\dT\d{6}\.\d{3}Z-[0-9a-f]{8}\.eml$/);
  const raw = await readFile(path.join(env.outboxDir, added[0]!), 'utf8');
  const mail = (await readOutbox()).find((m) => m.file === added[0]);
  return { raw, mail };
}

describe('sendMail without SMTP', () => {
  it('is not configured to send real mail in tests', () => {
    expect(env.SMTP_URL).toBeUndefined();
  });

  it('writes one .eml to the outbox, plain text and HTML, that reads back as sent', async () => {
    const message = {
      to: 'rosa@example.org',
      subject: 'Your profile is listed',
      text: 'Hello Rosa,\n\nIt is listed.\n\nBeyond Bars',
      html: '<p>Hello Rosa,</p>\n<p>It is listed.</p>',
    };

    const { raw, mail } = await sendAndReadBack({ ...message, replyTo: 'help@example.org' });

    expect(mail).toMatchObject(message);
    expect(raw).toContain(`From: ${env.MAIL_FROM}`);
    expect(raw).toContain('Reply-To: help@example.org');
    expect(raw).toContain('Content-Type: multipart/alternative');
  });

  it('round-trips accented text and long lines through quoted-printable', async () => {
    const longLine = `Grüße aus Köln — ${'the café opens at nine and the letters go out by noon, '.repeat(4)}fin.`;
    const message = {
      to: 'jose@example.org',
      subject: 'Café, Grüße und Größe: your reference BB-7K2M9Q4P is ready to use',
      text: `Hola José,\n\n${longLine}\n\n= signs stay =3D as typed.`,
      html: `<p>Hola José,</p><p>${longLine}</p>`,
    };

    const { raw, mail } = await sendAndReadBack(message);

    expect(raw).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(raw).toContain('=\r\n');
    expect(mail).toMatchObject(message);
  });

  it('round-trips text that is mostly not Latin, which nodemailer sends as base64', async () => {
    const message = {
      to: 'anya@example.org',
      subject: 'Здравствуйте',
      text: 'Здравствуйте! Спасибо за письмо.\nДо свидания.',
      html: '<p>Здравствуйте! Спасибо за письмо.</p>',
    };

    const { raw, mail } = await sendAndReadBack(message);

    expect(raw).toContain('Content-Transfer-Encoding: base64');
    expect(mail).toMatchObject(message);
  });

  it('lists the newest mail last', async () => {
    await sendMail({ to: 'first@example.org', subject: 'First', text: 'one', html: '<p>one</p>' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sendMail({ to: 'second@example.org', subject: 'Second', text: 'two', html: '<p>two</p>' });

    expect((await readOutbox()).slice(-2).map((mail) => mail.to)).toEqual(['first@example.org', 'second@example.org']);
  });
});
