'use client';

import { useActionState } from 'react';
import { FacilityFields, PROFILE_SUMMARY_FIELDS } from '@/components/profiles/ProfileFields';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { editFacility } from '@/lib/profiles/actions/review';

/** Staff correct a facility (often one a submitter typed in) before profiles there are approved. */
export function EditFacilityForm({ facilityId, current }: { facilityId: string; current: Record<string, string> }) {
  const [state, action] = useActionState(editFacility, initialActionState);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="facilityId" value={facilityId} />
      <FormMessage state={state} summary={PROFILE_SUMMARY_FIELDS} />
      <FacilityFields values={state.values ?? current} errors={state.fieldErrors ?? {}} withNotes />
      <SubmitButton pendingLabel="Saving…">Save facility</SubmitButton>
    </form>
  );
}
