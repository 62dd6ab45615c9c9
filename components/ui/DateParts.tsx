import { describedBy, HintAndErrors, RequiredMark } from './Field';

const PARTS = [
  { key: 'Day', label: 'Day', width: 'w-16', maxLength: 2 },
  { key: 'Month', label: 'Month', width: 'w-16', maxLength: 2 },
  { key: 'Year', label: 'Year', width: 'w-24', maxLength: 4 },
] as const;

/**
 * A date as three boxes, day, month and year (the GOV.UK date input): easier than a native picker for a birth date
 * decades back, and the same with or without JavaScript. The form posts `<name>Day`, `<name>Month` and `<name>Year`;
 * formDataToObject (lib/forms/define-action.ts) joins them into `<name>` for the schema. `values` may hold the parts
 * or, for a stored date, `<name>` as YYYY-MM-DD.
 */
export function DateParts({
  id,
  name,
  label,
  hint,
  required,
  values,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  values: Record<string, string>;
  errors?: string[];
}) {
  const ids = describedBy(id, hint, errors);
  const [year = '', month = '', day = ''] = (values[name] ?? '').split('-');
  const stored: Record<string, string> = { Day: day.replace(/^0/, ''), Month: month.replace(/^0/, ''), Year: year };
  return (
    <fieldset aria-describedby={ids.describedBy}>
      <legend className="label">
        {label}
        {required && <RequiredMark />}
      </legend>
      <div className="flex gap-3">
        {PARTS.map((part, index) => (
          <div key={part.key}>
            <label htmlFor={index === 0 ? id : `${id}-${part.key.toLowerCase()}`} className="block text-sm">
              {part.label}
            </label>
            <input
              id={index === 0 ? id : `${id}-${part.key.toLowerCase()}`}
              name={`${name}${part.key}`}
              inputMode="numeric"
              autoComplete={name === 'birthDate' ? `bday-${part.key.toLowerCase()}` : 'off'}
              maxLength={part.maxLength}
              defaultValue={values[`${name}${part.key}`] ?? stored[part.key]}
              aria-invalid={ids.errorId ? true : undefined}
              className={`input ${part.width}`}
            />
          </div>
        ))}
      </div>
      <HintAndErrors hint={hint} errors={errors} {...ids} />
    </fieldset>
  );
}
