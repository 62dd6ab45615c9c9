'use client';

import { useActionState } from 'react';
import { Select } from '@/components/ui/Choices';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { changeRole, deleteUser, restoreUser, suspendUser } from '@/lib/users/actions';
import { ROLE_LABELS } from '@/lib/users/states';

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

/**
 * Suspend, or restore a suspended account. One component for both, so the answer to one stays on screen when the
 * page comes back showing the other.
 */
export function SuspensionForms({ userId, suspended }: { userId: string; suspended: boolean }) {
  const [suspendState, suspend] = useActionState(suspendUser, initialActionState);
  const [restoreState, restore] = useActionState(restoreUser, initialActionState);
  if (suspended)
    return (
      <form action={restore} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        {suspendState.ok ? <FormMessage state={suspendState} /> : <FormMessage state={restoreState} />}
        <SubmitButton pendingLabel="Restoring…">Restore the account</SubmitButton>
      </form>
    );
  return (
    <form action={suspend} noValidate className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {restoreState.ok ? (
        <FormMessage state={restoreState} />
      ) : (
        <FormMessage state={suspendState} summary={[{ name: 'reason', label: 'Reason', target: 'suspend-reason' }]} />
      )}
      <Field
        id="suspend-reason"
        name="reason"
        type="textarea"
        rows={2}
        label="Reason"
        hint="Shown to them when they try to sign in, and kept in the audit log."
        maxLength={500}
        defaultValue={suspendState.ok ? '' : suspendState.values?.reason}
        errors={suspendState.fieldErrors?.reason}
      />
      <SubmitButton className="btn-danger" pendingLabel="Suspending…">
        Suspend and sign out everywhere
      </SubmitButton>
    </form>
  );
}

export function ChangeRoleForm({ userId, role }: { userId: string; role: string }) {
  const [state, action] = useActionState(changeRole, initialActionState);
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} summary={[{ name: 'role', label: 'New role', target: 'role' }]} />
      <Select
        id="role"
        name="role"
        label="New role"
        hint="Changing it signs them out everywhere."
        options={ROLE_OPTIONS}
        defaultValue={state.values?.role ?? role}
        errors={state.fieldErrors?.role}
      />
      <SubmitButton className="btn-secondary" pendingLabel="Saving…">
        Change role
      </SubmitButton>
    </form>
  );
}

export function DeleteUserForm({ userId, name }: { userId: string; name: string }) {
  const [state, action] = useActionState(deleteUser, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} summary={[{ name: 'confirm', label: 'Confirmation', target: 'delete-confirm' }]} />
      <p className="text-sm text-gray-700">
        Erases {name}’s personal data now, as their own deletion would. Letters already sent stay in the program’s
        records without their name. This cannot be undone.
      </p>
      <div>
        <label className="flex items-start gap-2">
          <input
            id="delete-confirm"
            type="checkbox"
            name="confirm"
            value="yes"
            className="mt-1"
            aria-invalid={state.fieldErrors?.confirm ? true : undefined}
            aria-describedby={state.fieldErrors?.confirm ? 'delete-confirm-error' : undefined}
          />
          <span>I understand this cannot be undone</span>
        </label>
        {state.fieldErrors?.confirm && (
          <p id="delete-confirm-error" className="field-error">
            {state.fieldErrors.confirm[0]}
          </p>
        )}
      </div>
      <SubmitButton className="btn-danger" pendingLabel="Deleting…">
        Delete the account
      </SubmitButton>
    </form>
  );
}
