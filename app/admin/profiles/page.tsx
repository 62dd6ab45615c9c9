import Link from 'next/link';
import { QueueTabs } from '@/components/admin/QueueTabs';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import { formatDate } from '@/lib/format/date';
import { statusLabel } from '@/lib/profiles/listing';
import { listForReview, REVIEW_TAB_LABELS, REVIEW_TABS, reviewTabCounts } from '@/lib/profiles/review-queries';
import { firstParam, pageParam, type SearchParam, tabParam } from '@/lib/pagination';

const guard = () => pageRequireStaff('/admin/profiles');
export const generateMetadata = guardedMetadata(guard, { title: 'Profiles' });

type Props = { searchParams: Promise<{ tab?: SearchParam; q?: SearchParam; page?: SearchParam }> };

export default async function AdminProfilesPage({ searchParams }: Props) {
  await guard();
  const params = await searchParams;
  const tab = tabParam(REVIEW_TABS, params.tab);
  const q = (firstParam(params.q) ?? '').trim().slice(0, 100);
  const page = pageParam(params.page);
  const now = new Date();
  const [counts, { profiles, pageCount, total }] = await Promise.all([
    reviewTabCounts(now),
    listForReview(tab, q, page, now),
  ]);
  const href = (change: { page?: number }) =>
    `/admin/profiles?${new URLSearchParams({ tab, ...(q ? { q } : {}), ...(change.page && change.page > 1 ? { page: String(change.page) } : {}) })}`;

  return (
    <>
      <h1 className="text-3xl font-bold">Profiles</h1>
      <QueueTabs
        label="Profile queues"
        current={tab}
        tabs={REVIEW_TABS.map((key) => ({
          key,
          href: `/admin/profiles?tab=${key}`,
          label: REVIEW_TAB_LABELS[key],
          count: counts[key],
        }))}
      />
      <form action="/admin/profiles" className="mb-6 flex max-w-xl items-end gap-2" role="search">
        <input type="hidden" name="tab" value={tab} />
        <div className="flex-1">
          <label htmlFor="q" className="label">
            Find by name, reference or inmate number
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </form>

      {profiles.length === 0 ? (
        <p className="card">
          {q ? `No profile in this tab matches “${q}”.` : `Nothing in ${REVIEW_TAB_LABELS[tab].toLowerCase()}.`}
        </p>
      ) : (
        <>
          <p className="mb-3 text-sm text-gray-700">
            {total.toLocaleString('en-US')} {total === 1 ? 'profile' : 'profiles'}
          </p>
          <ol className="space-y-3">
            {profiles.map((profile) => (
              <li key={profile.id} className="card flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p className="font-semibold">
                    <Link href={`/admin/profiles/${profile.id}`}>{profile.displayName}</Link>{' '}
                    <span className="font-mono text-sm text-gray-700">{profile.reference}</span>
                  </p>
                  <p className="text-sm text-gray-700">
                    {statusLabel(profile, now)} · {profile.facility.name}, {profile.state}
                    {!profile.facility.reviewedAt && (
                      <strong className="text-amber-900"> · new facility to check</strong>
                    )}
                  </p>
                  <p className="text-sm text-gray-700">
                    {tab === 'pending' && (
                      <>
                        Submitted {formatDate(profile.createdAt)} · submitter: {profile.submitterRelationship}
                      </>
                    )}
                    {(tab === 'listed' || tab === 'expiring') && profile.expiresAt && (
                      <>Listing ends {formatDate(profile.expiresAt)}</>
                    )}
                    {tab === 'returned' && profile.lettersPausedReason}
                    {tab === 'unlisted' &&
                      (profile.statusReason ??
                        (profile.expiresAt && profile.expiresAt <= now
                          ? `Expired ${formatDate(profile.expiresAt)}`
                          : ''))}
                  </p>
                </div>
                <div className="flex items-center gap-3">
                  {profile._count.reports > 0 && (
                    <span className="rounded-full bg-red-50 px-3 py-1 text-sm font-semibold text-red-900">
                      {profile._count.reports} open {profile._count.reports === 1 ? 'report' : 'reports'}
                    </span>
                  )}
                  <Link href={`/admin/profiles/${profile.id}`} className="btn-secondary btn-small">
                    Review
                  </Link>
                </div>
              </li>
            ))}
          </ol>
          <NumberedPagination page={page} pageCount={pageCount} href={(p) => href({ page: p })} />
        </>
      )}
    </>
  );
}
