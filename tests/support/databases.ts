import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

// PostgreSQL is tested when TEST_DATABASE_URL names a server we may create and drop databases on.
export const postgresAdminUrl = process.env.TEST_DATABASE_URL;

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function createPostgresDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await admin(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  return databaseUrl(adminUrl, name);
}

export async function dropPostgresDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export function migrate(url: string) {
  const config = url.startsWith('postgres') ? 'prisma/postgres/prisma.config.ts' : 'prisma.config.ts';
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy', '--config', config], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: url },
  });
}

export type FreshDatabase = { url: string; drop: () => Promise<void> };

/** An empty database for one test run: PostgreSQL when TEST_DATABASE_URL is set, else an SQLite file in `dir`. */
export async function freshDatabase(dir: string): Promise<FreshDatabase> {
  if (!postgresAdminUrl) return { url: `file:${path.join(dir, 'test.db')}`, drop: async () => {} };
  const name = uniqueDatabaseName('bb_e2e');
  const url = await createPostgresDatabase(postgresAdminUrl, name);
  return { url, drop: () => dropPostgresDatabase(postgresAdminUrl, name) };
}
