import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';

// Lets a phone add the site to its home screen with our name and mark; the icons are app/icon.svg and app/apple-icon.png.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: site.name,
    description: site.description,
    start_url: '/',
    display: 'browser',
    background_color: '#fbf7f0',
    theme_color: '#0f4c5c',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/apple-icon.png', type: 'image/png', sizes: '180x180' },
    ],
  };
}
