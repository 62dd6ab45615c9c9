// npm run backup [-- <folder>]: a consistent copy of the configured database (default folder: $DATA_DIR/backups).
import path from 'node:path';
import { backupDatabase } from '../lib/backup';
import { env } from '../lib/env';

const dir = process.argv[2] ?? path.join(env.dataDir, 'backups');
console.log(`Backup written to ${await backupDatabase(env.databaseUrl, dir)}`);
