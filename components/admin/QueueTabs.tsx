import Link from 'next/link';

export type QueueTab = { key: string; href: string; label: string; count: number };

/** The row of queue tabs with counts at the top of each moderation page. */
export function QueueTabs({ label, tabs, current }: { label: string; tabs: QueueTab[]; current: string }) {
  return (
    <nav aria-label={label} className="mt-4 mb-6">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className="inline-block rounded-full border border-brand-700 px-4 py-1.5 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {tab.label} <span className="font-semibold">({tab.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
