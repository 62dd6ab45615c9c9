import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string; replyTo?: string };

// Without SMTP_URL the message is only built, and sendMail saves it to the outbox for a developer to read.
let transport: ReturnType<typeof createTransport> | undefined;

function createTransport() {
  return env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true });
}

export async function sendMail(message: MailMessage): Promise<void> {
  transport ??= createTransport();
  const info = await transport.sendMail({ from: env.MAIL_FROM, ...message });
  if ('message' in info && Buffer.isBuffer(info.message)) await saveToOutbox(info.message);
}

async function saveToOutbox(raw: Buffer): Promise<void> {
  await mkdir(env.outboxDir, { recursive: true });
  const stamp = new Date().toISOString().replaceAll(':', '');
  await writeFile(path.join(env.outboxDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`), raw);
}

export type OutboxMail = { file: string; to: string; subject: string; text: string };

// Newest last: file names start with the time they were written (mail sent within one millisecond may swap).
export async function readOutbox(): Promise<OutboxMail[]> {
  const files = await readdir(env.outboxDir).catch(() => []);
  const emls = files.filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(emls.map(async (file) => parseEml(file, await readFile(path.join(env.outboxDir, file), 'utf8'))));
}

// Enough of RFC 5322 and MIME to read back what nodemailer wrote for a plain-text message.
function parseEml(file: string, raw: string): OutboxMail {
  // Headers end at the first blank line; the message's final line break is not part of the text.
  const [, head = '', body = ''] = /^([\s\S]*?)\r?\n\r?\n([\s\S]*?)(?:\r?\n)?$/.exec(raw) ?? [];
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    file,
    to: headers.get('to') ?? '',
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    text: decodeBody(body, headers.get('content-transfer-encoding')).replace(/\r\n/g, '\n'),
  };
}

function decodeBody(body: string, encoding = '7bit'): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    default:
      return body;
  }
}

// Soft line breaks (=CRLF) join lines; =XX is one byte of the UTF-8 text.
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

// RFC 2047 header words such as =?UTF-8?Q?Caf=C3=A9?=; whitespace between two encoded words is not part of the text.
function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replaceAll('_', ' ')),
    );
}
