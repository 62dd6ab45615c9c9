import { describe, expect, it } from 'vitest';
import { toFts5Query } from '@/lib/db/search';

describe('toFts5Query', () => {
  it('turns words into prefix terms that must all match', () => {
    expect(toFts5Query('Chess guitar')).toBe('"chess"* "guitar"*');
  });
  it('drops FTS5 operators and punctuation a visitor might type', () => {
    expect(toFts5Query('"art" OR (NEAR music)*')).toBe('"art"* "or"* "near"* "music"*');
    expect(toFts5Query('  ***  ')).toBeNull();
  });
});
