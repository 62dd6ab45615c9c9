import type { Metadata } from 'next';
import { PaperForm } from '@/components/admin/PaperForm';
import { PrintButton } from '@/components/admin/PrintButton';
import { pageRequireStaff } from '@/lib/auth/guard';
import { getSettings } from '@/lib/settings';

export const metadata: Metadata = { title: 'Blank listing form' };

export default async function BlankPaperFormPage() {
  await pageRequireStaff('/admin/forms/blank');
  const { program } = await getSettings();
  return (
    <>
      <PrintButton back="/admin/forms" />
      <PaperForm program={program} person={null} />
    </>
  );
}
