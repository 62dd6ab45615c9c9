import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import { log } from '@/lib/observability/log';
import { parseEml } from './eml';

// The outbox is the mail queue. Every message is written to $DATA_DIR/outbox/ before anything tries to send it. With
// SMTP_URL set it is sent after the response and deleted once the mail server has accepted it; one that could not be
// sent stays and housekeeping tries again. Without SMTP_URL messages stay for a developer to read.
//   outbox/<time>-<id>.eml            waiting to be sent (after n failed attempts: <time>-<id>.failed<n>.eml)
//   outbox/sending/<name>             being handed to the mail server: the rename claims it, so only one process sends it
//   outbox/undeliverable/<name>       given up after MAX_ATTEMPTS, for a person to look at (the log says why)

export const MAX_ATTEMPTS = 5;
/** Housekeeping leaves a message alone this long after it was written or last tried: its own delivery may be running. */
export const RETRY_AFTER_MS = 10 * 60_000;
/** A claim older than this was left by a process that stopped while sending. */
const STALE_CLAIM_MS = 60 * 60_000;

const sendingDir = () => path.join(env.outboxDir, 'sending');
const undeliverableDir = () => path.join(env.outboxDir, 'undeliverable');

/** Writes a built message into the queue; returns its file name. */
export async function queueMessage(raw: Buffer): Promise<string> {
  await mkdir(env.outboxDir, { recursive: true });
  const file = `${new Date().toISOString().replaceAll(':', '')}-${randomBytes(4).toString('hex')}.eml`;
  await writeFile(path.join(env.outboxDir, file), raw, { mode: 0o600 });
  return file;
}

export type OutboxMail = { file: string; to: string; subject: string; text: string; html: string };

/** The messages waiting in the queue, newest last: file names start with the time they were written. */
export async function readOutbox(): Promise<OutboxMail[]> {
  const files = await queuedFiles();
  return Promise.all(
    files.map(async (file) => ({ file, ...parseEml(await readFile(path.join(env.outboxDir, file), 'utf8')) })),
  );
}

async function queuedFiles(): Promise<string[]> {
  const files = await readdir(env.outboxDir).catch(() => []);
  return files.filter((file) => file.endsWith('.eml')).sort();
}

/** How many times sending this queued file has failed, from its name. */
export function failedAttempts(file: string): number {
  return Number(/\.failed(\d+)\.eml$/.exec(file)?.[1] ?? 0);
}

export function nameAfterFailures(file: string, failures: number): string {
  return `${file.replace(/(\.failed\d+)?\.eml$/, '')}.failed${failures}.eml`;
}

let transport: ReturnType<typeof nodemailer.createTransport> | undefined;

export type Delivery = { outcome: 'sent' | 'failed' | 'gave-up' | 'taken' | 'no-mail-server'; error?: unknown };

/**
 * Hands one queued message to the mail server. Never throws: the outcome is logged and returned. `context` goes into
 * the log lines (the request id of the action that queued it).
 */
export async function deliverQueued(
  file: string,
  context: Record<string, unknown> = {},
  now = Date.now(),
): Promise<Delivery> {
  if (!env.SMTP_URL) return { outcome: 'no-mail-server' };
  const claimed = path.join(sendingDir(), file);
  try {
    await mkdir(sendingDir(), { recursive: true });
    await rename(path.join(env.outboxDir, file), claimed);
    await utimes(claimed, new Date(now), new Date(now));
  } catch {
    return { outcome: 'taken' };
  }
  try {
    const raw = await readFile(claimed);
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    // The envelope comes from `from` and `to`; the message goes as it was written, Message-ID and all.
    await transport.sendMail({ from: env.MAIL_FROM, to: parseEml(raw.toString('utf8')).to, raw });
  } catch (error) {
    const outcome = await putBackAfterFailure(file, error, context, now).catch((fileError: unknown) => {
      log('error', 'mail not sent: could not put it back in the queue', {
        ...context,
        file: `sending/${file}`,
        error,
        fileError,
      });
      return 'failed' as const;
    });
    return { outcome, error };
  }
  // Left behind, the claim would go back in the queue within the hour and be sent twice.
  await unlink(claimed).catch((error: unknown) =>
    log('error', 'mail sent but not removed from outbox/sending', { ...context, file, error }),
  );
  log('info', 'mail sent', { ...context, file });
  return { outcome: 'sent' };
}

async function putBackAfterFailure(
  file: string,
  error: unknown,
  context: Record<string, unknown>,
  now: number,
): Promise<Delivery['outcome']> {
  const claimed = path.join(sendingDir(), file);
  const attempts = failedAttempts(file) + 1;
  if (attempts >= MAX_ATTEMPTS) {
    await mkdir(undeliverableDir(), { recursive: true });
    await rename(claimed, path.join(undeliverableDir(), file));
    log('error', 'mail not sent: gave up', { ...context, file: `undeliverable/${file}`, attempts, error });
    return 'gave-up';
  }
  const waiting = path.join(env.outboxDir, nameAfterFailures(file, attempts));
  await rename(claimed, waiting);
  await utimes(waiting, new Date(now), new Date(now));
  log('warn', 'mail not sent: will retry', { ...context, file: path.basename(waiting), attempts, error });
  return 'failed';
}

/**
 * Housekeeping's turn: sends what waited long enough, oldest first. Does nothing without a mail server, and stops at
 * the first failure that is not about the message itself: the rest would only wait for the same timeout.
 */
export async function retryOutbox(now = Date.now()): Promise<{ sent: number; failed: number; gaveUp: number }> {
  const counts = { sent: 0, failed: 0, gaveUp: 0 };
  if (!env.SMTP_URL) return counts;
  await releaseStaleClaims(now);
  for (const file of await queuedFiles()) {
    const { mtimeMs } = await stat(path.join(env.outboxDir, file)).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < RETRY_AFTER_MS) continue;
    const { outcome, error } = await deliverQueued(file, { by: 'housekeeping' }, now);
    if (outcome === 'sent') counts.sent += 1;
    else if (outcome === 'failed') counts.failed += 1;
    else if (outcome === 'gave-up') counts.gaveUp += 1;
    if (error !== undefined && !refusedThisMessage(error)) break;
  }
  return counts;
}

// nodemailer's codes for a server that answered and refused this message's recipients or content.
function refusedThisMessage(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

/** A message claimed by a process that stopped mid-send goes back in the queue, counted as a failed attempt. */
async function releaseStaleClaims(now: number) {
  for (const file of await readdir(sendingDir()).catch(() => [])) {
    const claimed = path.join(sendingDir(), file);
    const { mtimeMs } = await stat(claimed).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < STALE_CLAIM_MS) continue;
    await rename(claimed, path.join(env.outboxDir, nameAfterFailures(file, failedAttempts(file) + 1))).catch(
      () => undefined,
    );
  }
}
