// npm run restore -- <backup file>: replaces the configured database with the backup. Stop the site first.
import { restoreDatabase } from '../lib/backup';
import { env } from '../lib/env';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore -- <backup file>');
  process.exit(1);
}
await restoreDatabase(env.databaseUrl, file);
console.log(`Restored ${file}. Start the site again with npm run serve.`);
