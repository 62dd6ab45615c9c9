import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';

const photo = { name: 'Ana S.', photoPath: '/demo/portraits/3.svg' };

describe('ProfilePhoto', () => {
  it('waits in a list until it is scrolled near', () => {
    const html = renderToString(<ProfilePhoto {...photo} size={88} />);
    expect(html).toContain('loading="lazy"');
    expect(html).not.toContain('fetchPriority');
  });

  it('as the photo a page is about, is fetched at once and first', () => {
    const html = renderToString(<ProfilePhoto {...photo} size={200} main />);
    expect(html).toContain('loading="eager"');
    expect(html).toContain('fetchPriority="high"');
  });
});
