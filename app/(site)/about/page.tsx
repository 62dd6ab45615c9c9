import { StaticPageView, staticPageMetadata } from '@/components/site/StaticPageView';

export const metadata = staticPageMetadata('about');

export default function Page() {
  return <StaticPageView name="about" />;
}
