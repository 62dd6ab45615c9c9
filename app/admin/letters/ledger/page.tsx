import { DeskNav } from '@/components/admin/letters/DeskNav';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { postageLedger } from '@/lib/letters/desk-queries';
import { formatCents } from '@/lib/letters/postage';

const guard = () => pageRequireMailroom('/admin/letters/ledger');
export const generateMetadata = guardedMetadata(guard, { title: 'Postage ledger' });

// The mailroom sees the ledger too: they buy the stamps and reconcile them, and it holds no letter text or names.
export default async function PostageLedgerPage() {
  const user = await guard();
  const months = await postageLedger();
  const total = months.reduce(
    (sum, month) => ({
      batches: sum.batches + month.batches,
      letters: sum.letters + month.letters,
      sheets: sum.sheets + month.sheets,
      postageCents: sum.postageCents + month.postageCents,
    }),
    { batches: 0, letters: 0, sheets: 0, postageCents: 0 },
  );
  const monthName = (month: string) =>
    new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

  return (
    <>
      <h1 className="text-3xl font-bold">Postage ledger</h1>
      <DeskNav current="/admin/letters/ledger" staff={isStaff(user.role)} />
      <p className="mt-2 max-w-2xl text-gray-700">
        Posted batches by the month they were posted, with the postage worked out from the rates in settings when each
        batch was created.
      </p>
      {months.length === 0 ? (
        <p className="card mt-6">No batch has been posted yet.</p>
      ) : (
        <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label="Postage spent per month">
          <table className="w-full max-w-3xl border-collapse bg-white text-left text-sm sm:text-base">
            <caption className="sr-only">Postage spent per month</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="px-2 py-2 sm:px-3">
                  Month
                </th>
                <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                  Batches
                </th>
                <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                  Letters
                </th>
                <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                  Sheets
                </th>
                <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                  Postage
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month} className="border-b border-gray-200">
                  <th scope="row" className="px-2 py-2 sm:px-3 font-normal">
                    {monthName(month.month)}
                  </th>
                  <td className="px-2 py-2 sm:px-3 text-right">{month.batches}</td>
                  <td className="px-2 py-2 sm:px-3 text-right">{month.letters}</td>
                  <td className="px-2 py-2 sm:px-3 text-right">{month.sheets}</td>
                  <td className="px-2 py-2 sm:px-3 text-right">{formatCents(month.postageCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-bold">
                <th scope="row" className="px-2 py-2 sm:px-3">
                  Total
                </th>
                <td className="px-2 py-2 sm:px-3 text-right">{total.batches}</td>
                <td className="px-2 py-2 sm:px-3 text-right">{total.letters}</td>
                <td className="px-2 py-2 sm:px-3 text-right">{total.sheets}</td>
                <td className="px-2 py-2 sm:px-3 text-right">{formatCents(total.postageCents)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
