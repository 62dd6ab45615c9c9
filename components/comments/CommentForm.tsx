'use client';

import { useActionState, useId, useMemo, useSyncExternalStore } from 'react';
import { ConfirmationPanel } from '@/components/ui/ConfirmationPanel';
import { ErrorSummary, type SummaryField } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { Honeypot } from '@/components/ui/Honeypot';
import { submitComment } from '@/lib/comments/actions';
import { COMMENTER_COOKIE, decodeCommenter, type Commenter } from '@/lib/comments/commenter-cookie';
import { COMMENT_MAX_LENGTH } from '@/lib/comments/limits';
import { initialActionState } from '@/lib/forms/action-state';
import { AwaitingCommentItem } from './AwaitingComments';

type Props = { articleSlug: string; parentId?: string; replyingTo?: string };

/** The comment form; given a parent it becomes a "Reply" disclosure, open again when its submission came back. */
export function CommentForm({ articleSlug, parentId, replyingTo }: Props) {
  const anchor = parentId ? `comment-${parentId}` : 'respond';
  // Without JavaScript the browser posts to this URL, so it lands back at the form rather than the top of the page.
  const [state, action] = useActionState(submitComment, initialActionState, `/articles/${articleSlug}#${anchor}`);
  const form = (
    <CommentFormBody
      articleSlug={articleSlug}
      parentId={parentId}
      replyingTo={replyingTo}
      state={state}
      action={action}
    />
  );
  if (!parentId) return form;
  return (
    <details className="mt-2" open={Boolean(state.message)}>
      <summary className="inline-block cursor-pointer text-sm font-semibold text-brand-700 underline">
        Reply<span className="sr-only"> to {replyingTo}</span>
      </summary>
      <div className="mt-3 rounded-lg bg-white p-4 shadow-sm">{form}</div>
    </details>
  );
}

type BodyProps = Props & { state: Awaited<ReturnType<typeof submitComment>>; action: (data: FormData) => void };

function CommentFormBody({ articleSlug, parentId, replyingTo, state, action }: BodyProps) {
  const remembered = useRememberedCommenter();
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const submitted = state.ok ? state.result : undefined;

  if (submitted) {
    const title = submitted.published ? 'Your comment is published' : 'Your comment is awaiting moderation';
    return (
      <ConfirmationPanel
        title={title}
        className="space-y-3 rounded-md border-2 border-brand-700 bg-brand-50 p-4"
        headingClassName="text-xl font-bold"
      >
        <p role="status">
          {submitted.published || submitted.busyConnection
            ? state.message
            : 'Only you can see it until a moderator approves it, in this browser. There is no need to post it again.'}
        </p>
        {!submitted.published && (
          <ol>
            <AwaitingCommentItem
              comment={{ id: 'just-posted', authorName: submitted.name, body: submitted.body, replyingTo: null }}
              withNote={false}
            />
          </ol>
        )}
      </ConfirmationPanel>
    );
  }

  // Remount once the remembered details are read, so they become the inputs' defaults.
  return (
    <form action={action} key={remembered ? 'remembered' : 'blank'} noValidate className="space-y-4">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <p className="text-sm text-gray-700">
        Your email address will not be published. Required fields are marked <span className="text-red-800">*</span>
      </p>
      {state.fieldErrors ? (
        <ErrorSummary message={state.message} errors={errors} fields={summaryFields(id, replyingTo)} />
      ) : (
        <FormMessage state={state} />
      )}
      <Field
        id={`${id}-body`}
        name="body"
        type="textarea"
        label={replyingTo ? `Reply to ${replyingTo}` : 'Comment'}
        required
        maxLength={COMMENT_MAX_LENGTH}
        defaultValue={values.body}
        errors={errors.body}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${id}-name`}
          name="name"
          label="Name"
          required
          autoComplete="name"
          defaultValue={values.name ?? remembered?.name}
          errors={errors.name}
        />
        <Field
          id={`${id}-email`}
          name="email"
          type="email"
          label="Email"
          required
          autoComplete="email"
          defaultValue={values.email ?? remembered?.email}
          errors={errors.email}
        />
      </div>
      <Field
        id={`${id}-url`}
        name="url"
        type="url"
        label="Website"
        autoComplete="url"
        defaultValue={values.url ?? remembered?.url ?? ''}
        errors={errors.url}
      />
      <Honeypot id={`${id}-company`} />
      <div className="flex items-start gap-2">
        <input
          id={`${id}-remember`}
          name="remember"
          type="checkbox"
          defaultChecked={values.remember === 'on' || Boolean(remembered)}
          className="mt-1 size-5 accent-brand-700"
        />
        <label htmlFor={`${id}-remember`}>
          Save my name, email, and website in this browser for the next time I comment.
        </label>
      </div>
      <SubmitButton pendingLabel="Posting…">{parentId ? 'Post reply' : 'Post comment'}</SubmitButton>
    </form>
  );
}

const summaryFields = (id: string, replyingTo?: string): SummaryField[] => [
  { name: 'body', label: replyingTo ? 'Reply' : 'Comment', target: `${id}-body` },
  { name: 'name', label: 'Name', target: `${id}-name` },
  { name: 'email', label: 'Email', target: `${id}-email` },
  { name: 'url', label: 'Website', target: `${id}-url` },
];

const subscribeToNothing = () => () => {};
const rememberedCookie = () =>
  document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${COMMENTER_COOKIE}=`))
    ?.slice(COMMENTER_COOKIE.length + 1);

/** Read in the browser only: the article page is static and shared, and the cookie does not change while it is open. */
function useRememberedCommenter(): Commenter | null {
  const raw = useSyncExternalStore(subscribeToNothing, rememberedCookie, () => undefined);
  return useMemo(() => decodeCommenter(raw), [raw]);
}
