import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeRoleForm, DeleteUserForm, SuspensionForms } from '@/components/admin/UserActionForms';
import { deviceLabel } from '@/lib/auth/session-rules';
import { guardedMetadata, pageRequireRole } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/format/date';
import { getUserForAdmin } from '@/lib/users/queries';
import { ROLE_LABELS, USER_STATE_LABELS, userState } from '@/lib/users/states';

const guard = async ({ params }: Pick<Props, 'params'>) =>
  pageRequireRole(`/admin/users/${(await params).id}`, 'admin');
export const generateMetadata = guardedMetadata(guard, { title: 'User' });

type Props = { params: Promise<{ id: string }> };

export default async function AdminUserPage({ params }: Props) {
  const { id } = await params;
  const actor = await guard({ params });
  const found = await getUserForAdmin(id);
  if (!found) notFound();
  const { user, letters, replies, reports, signIns, audit } = found;
  const state = userState(user);
  const self = user.id === actor.id;

  return (
    <>
      <p>
        <Link href="/admin/users">All users</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold break-words">{user.name}</h1>
      <p className="mt-1 break-all text-gray-700">{user.email}</p>

      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <section className="card" aria-labelledby="summary-title">
            <h2 id="summary-title" className="text-xl font-bold">
              Account
            </h2>
            <dl className="mt-3 grid grid-cols-[fit-content(55%)_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">Role</dt>
              <dd>{ROLE_LABELS[user.role as keyof typeof ROLE_LABELS] ?? user.role}</dd>
              <dt className="font-semibold">State</dt>
              <dd>
                {USER_STATE_LABELS[state]}
                {user.suspendedReason && <>: {user.suspendedReason}</>}
              </dd>
              <dt className="font-semibold">Signed up</dt>
              <dd>{formatDateTime(user.createdAt)}</dd>
              <dt className="font-semibold">Letters sent</dt>
              <dd>{letters}</dd>
              <dt className="font-semibold">Replies received</dt>
              <dd>{replies}</dd>
              <dt className="font-semibold">Reports about their letters</dt>
              <dd>{reports}</dd>
              <dt className="font-semibold">Favourites</dt>
              <dd>{user._count.favourites}</dd>
            </dl>
          </section>

          <section className="card" aria-labelledby="signins-title">
            <h2 id="signins-title" className="text-xl font-bold">
              Recent sign-ins
            </h2>
            {signIns.length === 0 ? (
              <p className="mt-2">None.</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {signIns.map((session) => (
                  <li key={session.createdAt.toISOString()}>
                    {formatDateTime(session.createdAt)} · {deviceLabel(session.userAgent)} · last seen{' '}
                    {formatDateTime(session.lastSeenAt)}
                    {session.revokedAt && ' · ended'}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="audit-title">
            <h2 id="audit-title" className="text-xl font-bold">
              Audit trail
            </h2>
            {audit.length === 0 ? (
              <p className="mt-2">Nothing recorded yet.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {audit.map((entry) => (
                  <li key={entry.id}>
                    <span className="font-mono text-sm">{entry.action}</span> · {formatDateTime(entry.createdAt)} · by{' '}
                    {entry.actorId === user.id ? 'them' : entry.actorEmail}
                    {entry.targetId !== user.id && (
                      <span className="text-gray-700">
                        {' '}
                        on {entry.targetType} {entry.targetId}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <aside className="space-y-6" aria-label="Actions">
          {self ? (
            <p className="card">This is your own account: another admin changes its role or state.</p>
          ) : state === 'deleted' ? (
            <p className="card">This account was deleted; its personal data is erased.</p>
          ) : (
            <>
              <section className="card space-y-3" aria-labelledby="role-title">
                <h2 id="role-title" className="text-xl font-bold">
                  Role
                </h2>
                <ChangeRoleForm userId={user.id} role={user.role} />
              </section>
              <section className="card space-y-3" aria-labelledby="suspend-title">
                <h2 id="suspend-title" className="text-xl font-bold">
                  {state === 'suspended' ? 'Suspended' : 'Suspend'}
                </h2>
                <SuspensionForms userId={user.id} suspended={state === 'suspended'} />
              </section>
              {user.role === 'penpal' && (
                <section className="card space-y-3" aria-labelledby="delete-title">
                  <h2 id="delete-title" className="text-xl font-bold">
                    Delete
                  </h2>
                  <DeleteUserForm userId={user.id} name={user.name} />
                </section>
              )}
            </>
          )}
        </aside>
      </div>
    </>
  );
}
