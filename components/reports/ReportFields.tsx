import { ChoiceGroup } from '@/components/ui/Choices';
import { Field } from '@/components/ui/Field';
import { REPORT_DETAILS_MAX } from '@/lib/reports/reasons';

type Props = {
  /** Prefix of the fields' ids: `${id}-reason` and `${id}-details`, which the error summary links to. */
  id: string;
  legend: string;
  reasons: { value: string; label: string }[];
  details: { label: string; hint: string; required: boolean; rows: number };
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
};

/** The reason and details of every report form (a profile, a comment, a letter or reply). */
export function ReportFields({ id, legend, reasons, details, values, errors }: Props) {
  return (
    <>
      <ChoiceGroup
        id={`${id}-reason`}
        name="reason"
        type="radio"
        legend={legend}
        required
        columns=""
        options={reasons}
        checked={values.reason}
        errors={errors.reason}
      />
      <Field
        id={`${id}-details`}
        name="details"
        type="textarea"
        rows={details.rows}
        label={details.label}
        hint={details.hint}
        required={details.required}
        maxLength={REPORT_DETAILS_MAX}
        defaultValue={values.details}
        errors={errors.details}
      />
    </>
  );
}
