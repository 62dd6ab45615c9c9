// Selects and checkbox groups with the same label, hint and error wiring as Field.
import { describedBy, HintAndErrors, RequiredMark } from './Field';

type Option = { value: string; label: string };

type SelectProps = {
  id: string;
  name: string;
  label: string;
  options: Option[];
  required?: boolean;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  placeholder?: string;
};

export function Select({ id, name, label, options, required, hint, errors, defaultValue, placeholder }: SelectProps) {
  const ids = describedBy(id, hint, errors);
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && <RequiredMark />}
      </label>
      {/* React applies a select's defaultValue only when it mounts, and resets the form to it after an action: the key
          remounts the select with the value a failed submission echoes back, so the choice is not lost. */}
      <select
        key={defaultValue ?? ''}
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue ?? ''}
        className="input"
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <HintAndErrors hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  );
}

type GroupProps = {
  id: string;
  name: string;
  legend: string;
  options: Option[];
  /** Checked values; a group echoed back from a failed submission arrives comma-joined. */
  checked?: string;
  type?: 'checkbox' | 'radio';
  required?: boolean;
  hint?: string;
  errors?: string[];
  columns?: string;
};

/** A fieldset of checkboxes (or radios); its legend names the question and its errors describe the whole group. */
export function ChoiceGroup({
  id,
  name,
  legend,
  options,
  checked,
  type = 'checkbox',
  required,
  hint,
  errors,
  columns = 'sm:grid-cols-2',
}: GroupProps) {
  const ids = describedBy(id, hint, errors);
  const selected = new Set((checked ?? '').split(',').filter(Boolean));
  return (
    <fieldset aria-describedby={ids.describedBy} aria-invalid={ids.errorId ? true : undefined}>
      <legend className="label">
        {legend}
        {required && <RequiredMark />}
      </legend>
      <HintAndErrors hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
      <div className={`mt-2 grid gap-x-4 gap-y-1 ${columns}`}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-8 items-center gap-2">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={selected.has(option.value)}
              className="size-5 shrink-0 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
