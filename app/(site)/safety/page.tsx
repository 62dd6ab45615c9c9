import { StaticPageView, staticPageMetadata } from '@/components/site/StaticPageView';

export const metadata = staticPageMetadata('safety');

export default function Page() {
  return <StaticPageView name="safety" />;
}
