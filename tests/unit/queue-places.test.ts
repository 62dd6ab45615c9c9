import { describe, expect, it } from 'vitest';
import { keepPlaces } from '@/lib/comments/queue-places';

describe('keepPlaces', () => {
  it('puts a row that left the queue back where it was', () => {
    expect(keepPlaces(['a', 'b', 'c'], ['a', 'c'], new Set(['b']))).toEqual(['a', 'b', 'c']);
  });

  it('keeps several gone rows, the first and the last included, in their order', () => {
    expect(keepPlaces(['a', 'b', 'c', 'd', 'e'], ['c'], new Set(['a', 'b', 'd', 'e']))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('drops gone rows that are not kept, and adds new rows where the server puts them', () => {
    expect(keepPlaces(['a', 'b', 'c'], ['new', 'a', 'c'], new Set())).toEqual(['new', 'a', 'c']);
    expect(keepPlaces(['a', 'b', 'c'], ['a', 'c', 'd'], new Set(['b']))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows a kept row once it is back in the queue, at the server’s place', () => {
    expect(keepPlaces(['a', 'b', 'c'], ['a', 'b', 'c'], new Set(['b']))).toEqual(['a', 'b', 'c']);
  });

  it('puts kept rows it never placed last', () => {
    expect(keepPlaces([], ['a'], new Set(['z']))).toEqual(['a', 'z']);
  });
});
