import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import { parseEml } from './eml';
import type { MailContent } from './templates/compose';

/** A message from lib/mail/templates, addressed: both parts are always sent, plain text and HTML. */
export type MailMessage = MailContent & { to: string; replyTo?: string };

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

export type OutboxMail = { file: string; to: string; subject: string; text: string; html: string };

// Newest last: file names start with the time they were written (mail sent within one millisecond may swap).
export async function readOutbox(): Promise<OutboxMail[]> {
  const files = await readdir(env.outboxDir).catch(() => []);
  const emls = files.filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(emls.map(async (file) => ({ file, ...parseEml(await readFile(path.join(env.outboxDir, file), 'utf8')) })));
}
