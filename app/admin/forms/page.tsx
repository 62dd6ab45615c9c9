import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { pageRequireStaff } from '@/lib/auth/guard';
import { formatDate } from '@/lib/format/date';
import { firstParam, type SearchParam } from '@/lib/pagination';
import { profileIdByReference, threadByReplyCode } from '@/lib/paper-forms/queries';
import { StopThreadOnRequestForm } from '@/components/admin/PaperFormBanner';
import {
  BY_REPLY_CODE,
  isPaperRequest,
  normaliseReference,
  PAPER_REQUEST_LABELS,
  PAPER_REQUESTS,
} from '@/lib/paper-forms/requests';

type Props = { searchParams: Promise<{ code?: SearchParam; request?: SearchParam }> };

/** What a submitted lookup found: the profile to open, a problem to show, or nothing asked yet. */
async function lookup(params: Awaited<Props['searchParams']>) {
  const code = (firstParam(params.code) ?? '').trim().slice(0, 40);
  const request = firstParam(params.request);
  if (!code && !request) return { code, error: null };
  if (!isPaperRequest(request)) return { code, error: { field: 'request', message: 'Choose what the form asks for.' } };
  if (!code)
    return { code, error: { field: 'code', message: 'Type the reference printed on the form, such as BB-7K2M9QXD.' } };
  if (BY_REPLY_CODE.includes(request)) {
    const thread = await threadByReplyCode(code);
    if (thread) return { code, error: null, thread };
    return {
      code,
      error: {
        field: 'code',
        message: `No pen pal's letters carry the code ${code.toUpperCase()}. It is printed at the foot of each letter, such as K7M2-Q9X4: check the one written on the form.`,
      },
    };
  }
  const profileId = await profileIdByReference(code);
  if (profileId) redirect(`/admin/profiles/${profileId}?paper=${request}`);
  return {
    code,
    error: {
      field: 'code',
      message: `No profile has the reference ${normaliseReference(code)}. Check the code on the form.`,
    },
  };
}

const guard = () => pageRequireStaff('/admin/forms');

// Behind the guard, as every console page's title (lib/auth/guard.ts guardedMetadata); this one names a wrong code.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await guard();
  const { error } = await lookup(await searchParams);
  return { title: error ? 'Error: paper forms' : 'Paper forms' };
}

/** Staff enter a returned paper form by its reference; the matching profile opens with the request ready to review. */
export default async function PaperFormsPage({ searchParams }: Props) {
  await guard();
  const params = await searchParams;
  const request = firstParam(params.request);
  const { code, error, thread } = await lookup(params);
  return (
    <>
      <h1 className="text-3xl font-bold">Paper forms</h1>
      <p className="mt-2 max-w-2xl">
        People inside cannot use the site, so each profile has a one-page form they can post back to renew, correct or
        take down their listing, or confirm their consent. Print one from the profile’s page (“Print a paper form”); for
        a new listing, print the <Link href="/admin/forms/blank">blank listing form</Link> and enter it through the
        submission form.
      </p>
      {error && (
        <div className="mt-4 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900" role="alert">
          <h2 className="text-lg font-bold">There is a problem</h2>
          <p>
            <a href={`#${error.field}`} className="text-red-900">
              {error.message}
            </a>
          </p>
        </div>
      )}
      {thread && (
        <section
          className="mt-6 max-w-xl rounded-md border-2 border-brand-700 bg-brand-50 p-4"
          aria-labelledby="thread-title"
        >
          <h2 id="thread-title" className="text-xl font-bold">
            Letters from {thread.user.name} to {thread.profile.displayName}{' '}
            <span className="font-mono text-base font-normal">{thread.replyCode}</span>
          </h2>
          {thread.stoppedAt ? (
            <p className="mt-1">These letters stopped already, on {formatDate(thread.stoppedAt)}.</p>
          ) : (
            <StopThreadOnRequestForm
              threadId={thread.id}
              penPal={thread.user.name}
              person={thread.profile.displayName}
            />
          )}
        </section>
      )}
      <form method="get" className="card mt-6 max-w-xl space-y-4">
        <div>
          <label htmlFor="code" className="label">
            Reference on the form
          </label>
          <p id="code-hint" className="text-sm text-gray-700">
            The profile’s reference (BB-…); to stop a pen pal, the code from their letters written on the form.
          </p>
          <input
            id="code"
            name="code"
            defaultValue={code}
            className="input font-mono"
            autoComplete="off"
            aria-invalid={error?.field === 'code' ? true : undefined}
            aria-describedby={error?.field === 'code' ? 'code-hint code-error' : 'code-hint'}
          />
          {error?.field === 'code' && (
            <p id="code-error" className="field-error">
              {error.message}
            </p>
          )}
        </div>
        <fieldset aria-describedby={error?.field === 'request' ? 'request-error' : undefined}>
          <legend className="label">What the form asks for</legend>
          {error?.field === 'request' && (
            <p id="request-error" className="field-error">
              {error.message}
            </p>
          )}
          <div className="space-y-1">
            {PAPER_REQUESTS.map((value, index) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="request"
                  value={value}
                  id={index === 0 ? 'request' : undefined}
                  defaultChecked={request === value}
                />
                {PAPER_REQUEST_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="btn-primary">
          Open the profile
        </button>
      </form>
    </>
  );
}
