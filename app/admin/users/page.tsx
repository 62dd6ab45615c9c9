import Link from 'next/link';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { guardedMetadata, pageRequireRole } from '@/lib/auth/guard';
import { ROLES } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format/date';
import { firstParam, pageParam, type SearchParam } from '@/lib/pagination';
import { listUsers } from '@/lib/users/queries';
import {
  ROLE_LABELS,
  USER_SORT_LABELS,
  USER_SORTS,
  USER_STATE_LABELS,
  USER_STATES,
  userState,
  type UserSort,
} from '@/lib/users/states';

const guard = () => pageRequireRole('/admin/users', 'admin');
export const generateMetadata = guardedMetadata(guard, { title: 'Users' });

type Props = {
  searchParams: Promise<{
    q?: SearchParam;
    role?: SearchParam;
    state?: SearchParam;
    sort?: SearchParam;
    page?: SearchParam;
  }>;
};

const oneOf = <T extends string>(values: readonly T[], value: SearchParam): T | null =>
  (values as readonly string[]).includes(firstParam(value) ?? '') ? (firstParam(value) as T) : null;

export default async function AdminUsersPage({ searchParams }: Props) {
  await guard();
  const params = await searchParams;
  const filters = {
    q: (firstParam(params.q) ?? '').slice(0, 200),
    role: oneOf(ROLES, params.role),
    state: oneOf(USER_STATES, params.state),
    sort: oneOf(USER_SORTS, params.sort) ?? ('newest' satisfies UserSort),
    page: pageParam(params.page),
  };
  const { total, users, pageCount } = await listUsers(filters);
  const query = (page: number) =>
    `/admin/users?${new URLSearchParams({
      ...(filters.q && { q: filters.q }),
      ...(filters.role && { role: filters.role }),
      ...(filters.state && { state: filters.state }),
      sort: filters.sort,
      page: String(page),
    })}`;

  return (
    <>
      <h1 className="text-3xl font-bold">Users</h1>
      <form
        method="get"
        className="card mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
      >
        <div>
          <label htmlFor="q" className="label">
            Name or email
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className="input" />
        </div>
        <div>
          <label htmlFor="role" className="label">
            Role
          </label>
          <select id="role" name="role" defaultValue={filters.role ?? ''} className="input">
            <option value="">Any role</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="state" className="label">
            State
          </label>
          <select id="state" name="state" defaultValue={filters.state ?? ''} className="input">
            <option value="">Any state</option>
            {USER_STATES.map((state) => (
              <option key={state} value={state}>
                {USER_STATE_LABELS[state]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="label">
            Sort
          </label>
          <select id="sort" name="sort" defaultValue={filters.sort} className="input">
            {USER_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {USER_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          Show
        </button>
      </form>

      <p className="mt-4" role="status">
        {total === 1 ? '1 account' : `${total.toLocaleString('en-US')} accounts`}
      </p>
      {users.length > 0 && (
        // Scrolls sideways on a phone; focusable so a keyboard can scroll it too.
        <div className="mt-2 overflow-x-auto" role="region" aria-label="Accounts" tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-3">
                  Name
                </th>
                <th scope="col" className="py-2 pr-3">
                  Email
                </th>
                <th scope="col" className="py-2 pr-3">
                  Role
                </th>
                <th scope="col" className="py-2 pr-3">
                  State
                </th>
                <th scope="col" className="py-2 pr-3">
                  Joined
                </th>
                <th scope="col" className="py-2">
                  Last signed in
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                  </td>
                  <td className="py-2 pr-3 break-all">{user.email}</td>
                  <td className="py-2 pr-3">{ROLE_LABELS[user.role as keyof typeof ROLE_LABELS] ?? user.role}</td>
                  <td className="py-2 pr-3">{USER_STATE_LABELS[userState(user)]}</td>
                  <td className="py-2 pr-3">{formatDate(user.createdAt)}</td>
                  <td className="py-2">{user.sessions[0] ? formatDate(user.sessions[0].createdAt) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NumberedPagination page={filters.page} pageCount={pageCount} href={query} />
    </>
  );
}
