import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileView, profileMetadata } from '@/components/profiles/ProfileView';
import { getPublicProfile } from '@/lib/profiles/queries';

// A listed profile as every visitor sees it (see lib/profiles/shared-pages.ts), rendered on first request and shared.
// proxy.ts checks the listing on every request, so an expired copy is never served: it answers 410 instead.
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
