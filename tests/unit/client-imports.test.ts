import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What a client component imports is shipped to the browser. A module that imports zod adds ~30 kB, and one that
// imports a Node built-in (node:crypto, say) brings the bundler's polyfill: the reply code's node:crypto put 134 kB
// gzip on the letter thread page. Shared constants belong in plain modules (lib/*/limits.ts). This walks the import
// graph from every 'use client' file, stopping at 'use server' modules (the bundle gets a reference, not the code).

const root = path.resolve(import.meta.dirname, '../..');
const FORBIDDEN = /^(zod|node:.*|crypto|fs|path|@prisma\/.*|server-only)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const directive = (source: string) => source.match(/^\s*(?:\/\/.*\n\s*)*['"](use (?:client|server))['"]/)?.[1];

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Runtime imports only: `import type` and `export type` vanish from the bundle. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm))
    if (!match[2]) found.push(match[3]!);
  return found;
}

/** The forbidden packages a client file reaches, each with the chain of files that leads to it. */
function forbiddenReach(start: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    if (chain.length > 0 && directive(source) === 'use server') return;
    for (const specifier of importsOf(source)) {
      const here = [...chain, path.relative(root, file)];
      if (FORBIDDEN.test(specifier)) found.push(`${here.join(' → ')} → ${specifier}`);
      const next = resolve(file, specifier);
      if (next) walk(next, here);
    }
  };
  walk(start, []);
  return found;
}

const clientFiles = ['app', 'components', 'lib']
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter((file) => directive(readFileSync(file, 'utf8')) === 'use client');

describe('client components', () => {
  it('are found, so the check below checks something', () => {
    expect(clientFiles.length).toBeGreaterThan(20);
    expect(clientFiles.map((file) => path.relative(root, file))).toContain('components/letters/LetterComposer.tsx');
  });

  it('never reach zod, a Node built-in or the database through their imports', () => {
    expect(clientFiles.flatMap(forbiddenReach)).toEqual([]);
  });
});
