'use client';

import { useActionState } from 'react';
import { type FacilityOption, PROFILE_SUMMARY_FIELDS, ProfileFields } from '@/components/profiles/ProfileFields';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { editProfile } from '@/lib/profiles/actions/review';

/** Staff correct any field; `current` holds the stored values until a failed save echoes what was typed. */
export function EditProfileForm({
  profileId,
  facilities,
  current,
}: {
  profileId: string;
  facilities: FacilityOption[];
  current: Record<string, string>;
}) {
  const [state, action] = useActionState(editProfile, initialActionState);
  return (
    <form action={action} noValidate className="space-y-8">
      <input type="hidden" name="profileId" value={profileId} />
      <FormMessage state={state} summary={PROFILE_SUMMARY_FIELDS} />
      <ProfileFields facilities={facilities} values={state.values ?? current} errors={state.fieldErrors ?? {}} />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </form>
  );
}
