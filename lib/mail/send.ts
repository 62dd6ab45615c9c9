import 'server-only';
import { after } from 'next/server';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import { log } from '@/lib/observability/log';
import { requestId } from '@/lib/request/client';
import { deliverQueued, queueMessage } from './outbox';
import type { MailContent } from './templates/compose';

export { readOutbox, type OutboxMail } from './outbox';

/** A message from lib/mail/templates, addressed: both parts are always sent, plain text and HTML. */
export type MailMessage = MailContent & { to: string; replyTo?: string };

// Builds the message (headers, Message-ID, MIME parts) without sending it anywhere.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });

/**
 * Puts the message in the outbox (lib/mail/outbox.ts) and, with SMTP_URL set, sends it after the response has gone,
 * so a slow or failing mail server cannot turn a saved write into an error. Call it after the transaction; it never
 * throws: a message that cannot even be written to the outbox is logged and lost.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const context = { requestId: await requestId().catch(() => undefined) };
  let file: string;
  try {
    const { message: raw } = await composer.sendMail({ from: env.MAIL_FROM, ...message });
    file = await queueMessage(raw as Buffer);
  } catch (error) {
    log('error', 'mail not queued', { ...context, subject: message.subject, error });
    return;
  }
  if (env.SMTP_URL) after(() => deliverQueued(file, context));
}
