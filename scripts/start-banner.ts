// What `npm start` says in plain words before its JSON log lines: where the site and the console are, how to sign
// in to the demo, where emails go, and, loudly, that SITE_URL is missing when a production server runs without it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { absoluteUrl } from '../lib/absolute-url';
import type { Env } from '../lib/env';
import { DEMO_ACCOUNTS_FILE, readDemoAccounts } from '../prisma/demo-accounts';

type BannerEnv = Pick<Env, 'SITE_URL' | 'siteUrl' | 'dataDir' | 'outboxDir' | 'SMTP_URL'>;

/**
 * A person at a terminal gets the banner; so does every start without SITE_URL (a trial on this computer, or a
 * deployment that forgot it and must hear so). A configured site logging to a collector gets JSON lines only.
 */
export function wantsBanner(env: Pick<Env, 'SITE_URL'>, isTTY: boolean): boolean {
  return isTTY || !env.SITE_URL;
}

export function startBanner(env: BannerEnv, { production }: { production: boolean }): string {
  const site = absoluteUrl('/', env.siteUrl);
  const lines = [
    `Beyond Bars is running at ${site}`,
    `The moderation console is at ${absoluteUrl('/admin', env.siteUrl)}`,
  ];
  const demoFile = path.join(env.dataDir, DEMO_ACCOUNTS_FILE);
  if (existsSync(demoFile)) {
    const shown = path.relative(process.cwd(), demoFile).startsWith('..')
      ? demoFile
      : path.relative(process.cwd(), demoFile);
    lines.push(
      '',
      `To try the demo, sign in at ${absoluteUrl('/signin', env.siteUrl)} with one of these accounts.`,
      `Their passwords were made for this install and are in ${shown} (only you can read it):`,
      ...readDemoAccounts(env.dataDir).map((account) => `  ${account.role.padEnd(10)} ${account.email}`),
    );
  }
  if (production && !env.SITE_URL) lines.push('', ...siteUrlWarning(env.siteUrl));
  lines.push(
    '',
    env.SMTP_URL ? 'Emails are sent through SMTP_URL.' : `Emails are not sent: each is written to ${env.outboxDir}.`,
    'Stop the server with Ctrl+C. What follows is the server log, one JSON line per event.',
  );
  return `\n${lines.map((line) => (line ? `  ${line}` : '')).join('\n')}\n\n`;
}

function siteUrlWarning(siteUrl: string): string[] {
  return [
    '!!! SITE_URL is not set.',
    `Every link this site puts in emails, in its feed and for search engines points to ${siteUrl}.`,
    'That is fine for trying the site on this computer. Before anyone else uses it, set SITE_URL to its public',
    'address (for example SITE_URL=https://penpals.example.org) and build again (README, "A real deployment").',
  ];
}
