import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Who counts as staff is said once, in lib/auth/roles.ts (STAFF_ROLES, MAILROOM_ROLES): a list of roles spelled out
// anywhere else is one that a new role would leave behind.
const ROLE_LIST = /'(penpal|mailroom|moderator|admin)',\s*'(penpal|mailroom|moderator|admin)'/;

function sourcesUnder(folder: string) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.includes('generated'))
    .map((file) => path.join(folder, file));
}

describe('role lists', () => {
  it('are spelled out only in lib/auth/roles.ts', () => {
    const files = [...sourcesUnder('app'), ...sourcesUnder('lib'), ...sourcesUnder('components'), 'proxy.ts'];
    expect(files).toContain(path.join('lib', 'auth', 'roles.ts'));
    const spelledOut = files.filter((file) => ROLE_LIST.test(readFileSync(file, 'utf8')));
    expect(spelledOut).toEqual([path.join('lib', 'auth', 'roles.ts')]);
  });
});
