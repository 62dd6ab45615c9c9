export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export type Provider = 'sqlite' | 'postgresql';

export function providerOf(url: string): Provider {
  return isPostgresUrl(url) ? 'postgresql' : 'sqlite';
}

/** Where each database's migration history lives (Prisma cannot share one history between providers). */
export const MIGRATIONS = {
  sqlite: { dir: 'prisma/migrations', config: 'prisma.config.ts' },
  postgresql: { dir: 'prisma/postgres/migrations', config: 'prisma/postgres/prisma.config.ts' },
} as const;
