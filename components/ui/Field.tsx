type Common = {
  id: string;
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
};

type Props = Common & ({ type?: 'text' | 'email' | 'url' | 'password' | 'search' | 'date' } | { type: 'textarea'; rows?: number });

/** A labelled input whose hint and errors are tied to it with aria-describedby. */
export function Field(props: Props) {
  const { id, name, label, required, hint, errors, defaultValue, autoComplete, maxLength } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const shared = {
    id,
    name,
    required,
    defaultValue,
    autoComplete,
    maxLength,
    className: 'input',
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && (
          <span className="text-red-800" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {props.type === 'textarea' ? <textarea rows={props.rows ?? 6} {...shared} /> : <input type={props.type ?? 'text'} {...shared} />}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-gray-700">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
