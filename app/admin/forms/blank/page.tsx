import { PaperForm } from '@/components/admin/PaperForm';
import { PrintButton } from '@/components/admin/PrintButton';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import { getSettings } from '@/lib/settings';

const guard = () => pageRequireStaff('/admin/forms/blank');
export const generateMetadata = guardedMetadata(guard, { title: 'Blank listing form' });

export default async function BlankPaperFormPage() {
  await guard();
  const { program } = await getSettings();
  return (
    <>
      <PrintButton back="/admin/forms" />
      <PaperForm program={program} person={null} />
    </>
  );
}
