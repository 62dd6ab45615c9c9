// Start-up: apply pending migrations (refusing to continue if one fails), seed demo content into an empty database,
// create the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and run housekeeping (old spam, uploads no profile uses). Run before `next build`,
// `next start` and `next dev`.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createClient } from '../lib/db/client';
import { MIGRATIONS, providerOf } from '../lib/db/url';
import { env } from '../lib/env';
import { runHousekeeping } from '../lib/housekeeping';
import { formatDemoAccounts, writeDemoAccounts } from '../prisma/demo-accounts';
import { ensureFirstAdmin, seedDemo } from '../prisma/seed';

mkdirSync(env.dataDir, { recursive: true });
const provider = providerOf(env.databaseUrl);
try {
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy', '--config', MIGRATIONS[provider].config], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: env.databaseUrl },
  });
} catch {
  console.error('Database migration failed; refusing to start. See the error above.');
  process.exit(1);
}

const db = createClient(env.databaseUrl);
// WAL lets readers carry on while one writer writes; the setting is stored in the database file.
if (provider === 'sqlite') await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
if (env.seedDemo && (await db.user.count()) === 0 && (await db.comment.count()) === 0) {
  const accounts = await seedDemo(db);
  const file = writeDemoAccounts(env.dataDir, accounts);
  console.log(
    `Seeded demo content (SEED_DEMO=false starts empty). Demo accounts, with passwords made for this install:\n${formatDemoAccounts(accounts)}\n(kept in ${file})`,
  );
}
if (await ensureFirstAdmin(db, env.ADMIN_EMAIL, env.ADMIN_PASSWORD)) console.log(`Created admin ${env.ADMIN_EMAIL}.`);
const removed = await runHousekeeping(db);
if (removed.spam + removed.photos > 0)
  console.log(
    `Removed ${removed.spam} old spam comment(s) and ${removed.photos} uploaded photo(s) that no profile uses.`,
  );
if (removed.letters.threads + removed.letters.drafts > 0)
  console.log(
    `Retention: erased the text of ${removed.letters.threads} idle thread(s) and deleted ${removed.letters.drafts} old draft(s).`,
  );
if (removed.mail.sent + removed.mail.failed + removed.mail.gaveUp > 0)
  console.log(
    `Mail waiting in the outbox: ${removed.mail.sent} sent, ${removed.mail.failed} still failing, ${removed.mail.gaveUp} given up (see outbox/undeliverable).`,
  );
if (provider === 'sqlite') {
  // Fresh statistics let the query planner pick the directory's indexes; a sample keeps it quick on big databases.
  await db.$queryRawUnsafe('PRAGMA analysis_limit = 1000');
  await db.$executeRawUnsafe('ANALYZE');
}
await db.$disconnect();
