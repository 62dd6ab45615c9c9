import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Parsed once; every default lets a fresh clone run with no .env file.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  SITE_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Beyond Bars <hello@beyondbars.example>'),
  REDIS_URL: z.string().optional(),
  // How many reverse proxies in front of us append to X-Forwarded-For; 0 means clients connect to us directly.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  HOSTNAME_BIND: z.string().optional(),
  SPAM_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const raw = parsed.data;
  const dataDir = path.resolve(raw.DATA_DIR);
  const siteUrl = (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, '');
  return {
    ...raw,
    dataDir,
    databaseUrl: raw.DATABASE_URL ?? `file:${path.join(dataDir, 'beyond-bars.db')}`,
    siteUrl,
    seedDemo: seedDemoByDefault(raw.SEED_DEMO, siteUrl, raw.ADMIN_EMAIL),
    bindAddress: bindAddressFor(raw.HOSTNAME_BIND, raw.TRUST_PROXY_HOPS),
    authSecret: raw.AUTH_SECRET ?? localSecret(dataDir),
    uploadsDir: path.join(dataDir, 'uploads'),
    outboxDir: path.join(dataDir, 'outbox'),
  };
}

/**
 * Demo content (with its demo accounts) only where the install is clearly a trial: SEED_DEMO decides when set;
 * otherwise a site on localhost without a configured admin is a demo, and anything with a public address is not.
 */
export function seedDemoByDefault(
  setting: 'true' | 'false' | undefined,
  siteUrl: string,
  adminEmail: string | undefined,
): boolean {
  if (setting) return setting === 'true';
  const host = new URL(siteUrl).hostname;
  return !adminEmail && (host === 'localhost' || host === '127.0.0.1' || host === '[::1]');
}

/** Behind a proxy only the proxy should reach us: it connects on loopback unless HOSTNAME_BIND says otherwise. */
export function bindAddressFor(setting: string | undefined, trustedHops: number): string {
  return setting ?? (trustedHops > 0 ? '127.0.0.1' : '0.0.0.0');
}

// A single-machine install keeps a random secret under data/; several instances must share AUTH_SECRET instead.
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

export const env = load();
export type Env = typeof env;
