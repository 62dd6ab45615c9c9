import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/ChangePasswordForm';
import { EndAllOtherSessionsForm, EndSessionForm, SessionsHeading } from '@/components/account/SessionForms';
import { ownActiveSessions } from '@/lib/accounts/queries';
import { pageRequireUser } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Security' };

export default async function SecurityPage() {
  await pageRequireUser('/account/security');
  const sessions = await ownActiveSessions();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Security</h1>

      <section aria-labelledby="password" className="mt-8">
        <h2 id="password" className="text-2xl font-bold">
          Change your password
        </h2>
        <p className="mt-2 mb-4 text-gray-700">
          Changing it signs out every other browser signed in to your account. We email you to say it changed.
        </p>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions" className="mt-12">
        <SessionsHeading count={sessions.length} />
        <p className="mt-2 text-gray-700">
          If you see a browser you do not recognise, sign it out and change your password. A browser is also signed out
          after 14 days without a visit, and 30 days after it signed in.
        </p>
        <ul className="mt-4 divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-semibold">
                  {session.device}
                  {session.current && (
                    <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800">
                      This browser
                    </span>
                  )}
                </p>
                <p className="text-sm text-gray-700">
                  <span className="block sm:inline">Signed in {formatDateTime(session.signedInAt)}</span>
                  <span className="hidden sm:inline" aria-hidden="true">
                    {' '}
                    ·{' '}
                  </span>
                  <span className="block sm:inline">
                    Last seen {session.current ? 'now' : formatDateTime(session.lastSeenAt)}
                  </span>
                </p>
              </div>
              {!session.current && <EndSessionForm sessionId={session.id} device={session.device} />}
            </li>
          ))}
        </ul>
        {sessions.length > 1 && (
          <div className="mt-4">
            <EndAllOtherSessionsForm />
          </div>
        )}
      </section>
    </div>
  );
}
