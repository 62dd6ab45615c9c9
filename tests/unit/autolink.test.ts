import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl, linkify } from '@/lib/comments/autolink';

describe('linkify', () => {
  it('returns plain text untouched', () => {
    expect(linkify('just words <b>here</b>')).toEqual([{ kind: 'text', text: 'just words <b>here</b>' }]);
  });

  it('turns http(s) and www addresses into links and leaves sentence punctuation out', () => {
    expect(linkify('Read https://example.org/guide. Also www.example.net!')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'link', text: 'https://example.org/guide', href: 'https://example.org/guide' },
      { kind: 'text', text: '. Also ' },
      { kind: 'link', text: 'www.example.net', href: 'https://www.example.net' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('never links other schemes', () => {
    expect(linkify('javascript:alert(1) data:text/html,x')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) data:text/html,x' },
    ]);
    expect(isSafeHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeHttpUrl('https://example.org')).toBe(true);
  });
});
