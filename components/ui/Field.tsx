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

type Props = Common &
  ({ type?: 'text' | 'email' | 'url' | 'password' | 'search' | 'date' } | { type: 'textarea'; rows?: number });

/** A labelled input whose hint and errors are tied to it with aria-describedby. */
export function Field(props: Props) {
  const { id, name, label, required, hint, errors, defaultValue, autoComplete, maxLength } = props;
  const ids = describedBy(id, hint, errors);
  const shared = {
    id,
    name,
    required,
    defaultValue,
    autoComplete,
    maxLength,
    className: 'input',
    'aria-invalid': ids.errorId ? true : undefined,
    'aria-describedby': ids.describedBy,
  };
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && <RequiredMark />}
      </label>
      {props.type === 'textarea' ? (
        <textarea rows={props.rows ?? 6} {...shared} />
      ) : (
        <input type={props.type ?? 'text'} {...shared} />
      )}
      <HintAndErrors hint={hint} errors={errors} {...ids} />
    </div>
  );
}

/** Ids tying a control to its hint and its errors (aria-describedby). */
export function describedBy(id: string, hint?: string, errors?: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

export function RequiredMark() {
  return (
    <span className="text-red-800" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

export function HintAndErrors({
  hint,
  hintId,
  errors,
  errorId,
}: {
  hint?: string;
  hintId?: string;
  errors?: string[];
  errorId?: string;
}) {
  return (
    <>
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
    </>
  );
}
