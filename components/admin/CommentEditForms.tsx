'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { editComment, replyAsProgram } from '@/lib/comments/actions';
import { initialActionState } from '@/lib/forms/action-state';

type Editable = { id: string; authorName: string; authorUrl: string | null; body: string };

export function EditCommentForm({ comment }: { comment: Editable }) {
  const [state, action] = useActionState(editComment, initialActionState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} noValidate className="card space-y-4">
      <h2 className="text-xl font-bold">Edit comment</h2>
      <FormMessage
        state={state}
        summary={[
          { name: 'name', label: 'Name', target: 'edit-name' },
          { name: 'url', label: 'Website', target: 'edit-url' },
          { name: 'body', label: 'Comment', target: 'edit-body' },
        ]}
      />
      <input type="hidden" name="id" value={comment.id} />
      <Field
        id="edit-name"
        name="name"
        label="Name"
        required
        defaultValue={values.name ?? comment.authorName}
        errors={errors.name}
      />
      <Field
        id="edit-url"
        name="url"
        type="url"
        label="Website"
        defaultValue={values.url ?? comment.authorUrl ?? ''}
        errors={errors.url}
      />
      <Field
        id="edit-body"
        name="body"
        type="textarea"
        label="Comment"
        required
        defaultValue={values.body ?? comment.body}
        errors={errors.body}
      />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </form>
  );
}

export function StaffReplyForm({ parentId, parentAuthor }: { parentId: string; parentAuthor: string }) {
  const [state, action] = useActionState(replyAsProgram, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="card space-y-4">
      <h2 className="text-xl font-bold">Reply as the program</h2>
      <p className="text-sm text-gray-700">
        Published at once under the program&apos;s name. Replying to a held comment approves it.
      </p>
      <FormMessage state={state} summary={[{ name: 'body', label: 'Reply', target: 'reply-body' }]} />
      <input type="hidden" name="parentId" value={parentId} />
      <Field
        id="reply-body"
        name="body"
        type="textarea"
        label={`Reply to ${parentAuthor}`}
        required
        defaultValue={state.ok ? '' : state.values?.body}
        errors={errors.body}
      />
      <SubmitButton pendingLabel="Publishing…">Publish reply</SubmitButton>
    </form>
  );
}
