import 'server-only';
import { createClient, type Database } from './client';
import { env } from '@/lib/env';

// One client per process (and per database URL, so tests that switch files get their own).
const globalForDb = globalThis as unknown as { bbDatabases?: Map<string, Database> };
const databases = (globalForDb.bbDatabases ??= new Map());

function database(url: string): Database {
  let client = databases.get(url);
  if (!client) {
    client = createClient(url);
    databases.set(url, client);
  }
  return client;
}

export const db: Database = database(env.databaseUrl);
