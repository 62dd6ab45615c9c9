import type { Metadata } from 'next';
import { NOT_FOUND_TITLE, NotFoundContent } from '@/components/site/NotFoundContent';

export const metadata: Metadata = { title: NOT_FOUND_TITLE };

export default function NotFound() {
  // The same words as anywhere: a page the caller may not see does not say it exists.
  return <NotFoundContent />;
}
