'use client';

import { useActionState } from 'react';
import { ChoiceGroup } from '@/components/ui/Choices';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { saveSettings } from '@/lib/settings/actions';
import { type SettingField, SETTINGS_PAGE } from '@/lib/settings/fields';
import { US_STATES } from '@/lib/profiles/vocabulary';
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
        <h2 id={`${section}-title`} className="scroll-mt-4 text-xl font-bold">
          {title}
        </h2>
        <p className="text-gray-700">{intro}</p>
      </div>
      {state.fieldErrors ? (
        <ErrorSummary
          errors={state.fieldErrors}
          fields={fields.map((field) => ({
            name: field.name,
            label: field.label,
            // A checkbox group is reached through its error text (see SummaryField).
            target: field.kind === 'states' ? `${id(field.name)}-error` : id(field.name),
          }))}
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
        return (
          <div key={key} className="space-y-4">
            {field.heading && <h3 className="border-t border-gray-200 pt-4 text-lg font-bold">{field.heading}</h3>}
            <SettingInput field={field} {...common} />
          </div>
        );
      })}
      <SubmitButton pendingLabel="Saving…">Save {title.toLowerCase()}</SubmitButton>
    </form>
  );
}

type InputProps = {
  field: SettingField;
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  errors?: string[];
};

const STATE_OPTIONS = Object.entries(US_STATES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

function SettingInput({ field, defaultValue, label, ...common }: InputProps) {
  switch (field.kind) {
    case 'states':
      return (
        <ChoiceGroup
          {...common}
          legend={label}
          options={STATE_OPTIONS}
          checked={defaultValue}
          columns="grid-cols-2 sm:grid-cols-3 lg:grid-cols-4"
        />
      );
    case 'lines':
    case 'textarea':
      return (
        <Field
          {...common}
          label={label}
          defaultValue={defaultValue}
          type="textarea"
          rows={field.kind === 'textarea' ? 10 : 4}
        />
      );
    default:
      return (
        <Field {...common} label={label} defaultValue={defaultValue} type={field.kind === 'email' ? 'email' : 'text'} />
      );
  }
}
