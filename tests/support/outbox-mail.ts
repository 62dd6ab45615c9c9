import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ParsedEml, parseEml } from '@/lib/mail/eml';

/**
 * The newest message to `to` with `subject` in an end-to-end site's outbox (`dataDir`/outbox), waiting up to five
 * seconds for it: some are written after the response has gone.
 */
export async function waitForMail(dataDir: string, to: string, subject: string): Promise<ParsedEml> {
  const outbox = path.join(dataDir, 'outbox');
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = (await readdir(outbox).catch(() => []))
      .filter((file) => file.endsWith('.eml'))
      .sort()
      .reverse();
    for (const file of files) {
      const mail = parseEml(await readFile(path.join(outbox, file), 'utf8'));
      if (mail.to === to && mail.subject === subject) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no "${subject}" mail to ${to}`);
}
