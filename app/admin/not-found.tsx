import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/NotFoundContent';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  // The same words as anywhere: a page the caller may not see does not say it exists.
  return <NotFoundContent />;
}
