'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { saveSettings } from '@/lib/settings/actions';
import { SETTINGS_PAGE } from '@/lib/settings/fields';
import type { SettingsSection } from '@/lib/settings/schema';

/** One section of the settings page: its own form, so a mistake in one section never holds up another. */
export function SettingsForm({ section, current }: { section: SettingsSection; current: Record<string, string> }) {
  const [state, action] = useActionState(saveSettings, initialActionState);
  const { title, intro, fields } = SETTINGS_PAGE[section];
  const values = state.values ?? current;
  const id = (name: string) => `${section}-${name}`;
  return (
    <form action={action} noValidate className="card space-y-4" aria-labelledby={`${section}-title`}>
      <input type="hidden" name="section" value={section} />
      <div>
        <h2 id={`${section}-title`} className="text-xl font-bold">
          {title}
        </h2>
        <p className="text-gray-700">{intro}</p>
      </div>
      {state.fieldErrors ? (
        <ErrorSummary
          errors={state.fieldErrors}
          fields={fields.map((field) => ({ name: field.name, label: field.label, target: id(field.name) }))}
        />
      ) : (
        <FormMessage state={state} />
      )}
      {fields.map((field) => {
        // A failed save shows what was typed; a successful one the saved values.
        const key = `${field.name}-${state.values ? 'typed' : 'saved'}`;
        const common = {
          id: id(field.name),
          name: field.name,
          label: field.label,
          hint: field.hint,
          defaultValue: values[field.name] ?? '',
          errors: state.fieldErrors?.[field.name],
        };
        return field.kind === 'lines' || field.kind === 'textarea' ? (
          <Field key={key} {...common} type="textarea" rows={field.kind === 'textarea' ? 10 : 4} />
        ) : (
          <Field key={key} {...common} type={field.kind === 'email' ? 'email' : 'text'} />
        );
      })}
      <SubmitButton pendingLabel="Saving…">Save {title.toLowerCase()}</SubmitButton>
    </form>
  );
}
