import { StaticPageView, staticPageMetadata } from '@/components/site/StaticPageView';

export const metadata = staticPageMetadata('privacy');

export default function Page() {
  return <StaticPageView name="privacy" />;
}
