import { highlightSegments } from '@/lib/letters/highlight';
import { FLAG_LABELS } from '@/lib/letters/screening';
import type { Flag } from '@/lib/letters/screening';

const markId = (letterId: string, index: number) => `flag-${letterId}-${index}`;

/** The flags as a list, each linking to its mark in the text. */
export function FlagList({ letterId, body, flags }: { letterId: string; body: string; flags: Flag[] }) {
  if (flags.length === 0) return <p className="text-sm text-gray-700">No automatic flags.</p>;
  return (
    <div>
      <h3 className="text-sm font-bold">
        {flags.length} {flags.length === 1 ? 'flag' : 'flags'}
      </h3>
      <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-sm">
        {flags.map((flag, index) => (
          <li key={`${flag.start}-${flag.code}`}>
            <a href={`#${markId(letterId, index)}`}>
              {FLAG_LABELS[flag.code] ?? flag.code}: “{body.slice(flag.start, flag.end)}”
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The letter as written, each flagged span in a <mark> that names its reason to screen readers too. */
export function FlaggedText({ letterId, body, flags }: { letterId: string; body: string; flags: Flag[] }) {
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Letter text"
      className="max-h-[28rem] overflow-y-auto rounded-md border border-gray-300 bg-white p-4 font-serif whitespace-pre-wrap"
    >
      {highlightSegments(body, flags).map((segment, i) =>
        segment.flag ? (
          <mark
            key={i}
            id={markId(letterId, segment.index!)}
            title={FLAG_LABELS[segment.flag.code] ?? segment.flag.code}
            className="scroll-mt-24 rounded bg-amber-200 px-0.5 text-black"
          >
            {segment.text}
            <span className="sr-only"> (flagged: {FLAG_LABELS[segment.flag.code] ?? segment.flag.code})</span>
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
