import { rulesChecked } from '@/lib/letters/facility-rules';

/** "Rules checked on <date>" and where they come from, under a facility's mail rules. */
export function RulesChecked({ facility }: { facility: { rulesCheckedAt: Date | null; rulesSource: string } }) {
  const checked = rulesChecked(facility);
  if (!checked && !facility.rulesSource) return null;
  return (
    <p className="mt-3 text-sm text-gray-700">
      {checked ?? 'Rules'}
      {facility.rulesSource && (
        <>
          {' · '}
          <a href={facility.rulesSource} rel="nofollow noopener noreferrer">
            source
          </a>
        </>
      )}
    </p>
  );
}
