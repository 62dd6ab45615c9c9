// Demo accounts get passwords generated on first start, never published: printed once and kept in a file under
// DATA_DIR that only the owner can read, so a copied README or repository signs nobody in.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoUsers } from './factories';

export const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt';

export type DemoAccount = { role: string; email: string; password: string };

export function generateDemoAccounts(): DemoAccount[] {
  return demoUsers.map(({ role, email }) => ({ role, email, password: randomBytes(15).toString('base64url') }));
}

export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(width)}  ${a.password}`).join('\n');
}

export function writeDemoAccounts(dataDir: string, accounts: readonly DemoAccount[]): string {
  const file = path.join(dataDir, DEMO_ACCOUNTS_FILE);
  const header = '# Demo accounts of this install, generated on its first start. Only you can read this file.\n';
  writeFileSync(file, `${header}${formatDemoAccounts(accounts)}\n`, { mode: 0o600 });
  return file;
}

export function readDemoAccounts(dataDir: string): DemoAccount[] {
  const file = path.join(dataDir, DEMO_ACCOUNTS_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length === 3 && parts[1]!.includes('@'))
    .map(([role, email, password]) => ({ role: role!, email: email!, password: password! }));
}

/** The password of one demo account of the install in `dataDir` (tests and the start-up banner read it). */
export function demoPassword(dataDir: string, email: string): string {
  const account = readDemoAccounts(dataDir).find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email} in ${path.join(dataDir, DEMO_ACCOUNTS_FILE)}`);
  return account.password;
}
