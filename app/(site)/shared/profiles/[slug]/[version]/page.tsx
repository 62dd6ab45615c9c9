import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileView, profileMetadata } from '@/components/profiles/ProfileView';
import { getPublicProfile } from '@/lib/profiles/queries';

// A listed profile as every visitor sees it (see lib/profiles/shared-pages.ts), rendered on first request and shared.
// Our server checks the listing on every request (lib/request/shared-copy-route.ts), so an expired copy is never
// served: the request goes to the profile page, and proxy.ts answers 410.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return profileMetadata((await params).slug);
}

export default async function SharedProfilePage({ params }: Props) {
  const found = await getPublicProfile((await params).slug);
  if (found.availability !== 'listed') notFound();
  return <ProfileView profile={found.profile} saved={null} user={null} />;
}
