import { notFound } from 'next/navigation';
import { PaperForm } from '@/components/admin/PaperForm';
import { PrintButton } from '@/components/admin/PrintButton';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import { getProfileForReview } from '@/lib/profiles/review-queries';
import { getSettings } from '@/lib/settings';

const guard = async ({ params }: Pick<Props, 'params'>) =>
  pageRequireStaff(`/admin/profiles/${(await params).id}/paper-form`);
export const generateMetadata = guardedMetadata(guard, { title: 'Paper form' });

type Props = { params: Promise<{ id: string }> };

export default async function ProfilePaperFormPage({ params }: Props) {
  const { id } = await params;
  await guard({ params });
  const [found, settings] = await Promise.all([getProfileForReview(id), getSettings()]);
  if (!found) notFound();
  return (
    <>
      <PrintButton back={`/admin/profiles/${id}`} />
      <PaperForm program={settings.program} person={found.profile} />
    </>
  );
}
