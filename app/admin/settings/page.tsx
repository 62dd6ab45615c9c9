import { SettingsForm } from '@/components/admin/SettingsForm';
import { guardedMetadata, pageRequireRole } from '@/lib/auth/guard';
import { getSettings } from '@/lib/settings';
import { fieldText, SETTINGS_PAGE } from '@/lib/settings/fields';
import { SETTINGS_SECTIONS } from '@/lib/settings/schema';

const guard = () => pageRequireRole('/admin/settings', 'admin');
export const generateMetadata = guardedMetadata(guard, { title: 'Settings' });

export default async function AdminSettingsPage() {
  await guard();
  const settings = await getSettings();
  return (
    <>
      <h1 className="text-3xl font-bold">Settings</h1>
      <p className="mt-2 max-w-2xl">
        What the program changes without a new release. Each section saves on its own, and every change is kept in the
        audit log with what it was before.
      </p>
      <nav aria-labelledby="sections-heading" className="mt-4">
        <h2 id="sections-heading" className="sr-only">
          Sections
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SETTINGS_SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}-title`}>{SETTINGS_PAGE[section].title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6 space-y-6">
        {SETTINGS_SECTIONS.map((section) => {
          const stored = settings[section] as Record<string, unknown>;
          const current = Object.fromEntries(
            SETTINGS_PAGE[section].fields.map((field) => [field.name, fieldText(field, stored[field.name])]),
          );
          return <SettingsForm key={section} section={section} current={current} />;
        })}
      </div>
    </>
  );
}
