/**
 * A field people never see or reach: bots that fill every input give themselves away (the action refuses a filled
 * `company`). `id` must be unique on the page.
 */
export function Honeypot({ id }: { id: string }) {
  return (
    <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name="company" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
