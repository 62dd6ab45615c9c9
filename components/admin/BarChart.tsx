// A small bar chart drawn on the server as SVG: no script reaches the browser. The figure's description and the
// table under "Show the numbers" carry the same data for screen readers and for anyone who wants exact values.

type Series = { name: string; values: (number | null)[]; className: string };

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

export function BarChart({
  id,
  title,
  labels,
  series,
  format = (value) => String(value),
}: {
  id: string;
  title: string;
  labels: string[];
  series: Series[];
  format?: (value: number) => string;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((value) => value ?? 0)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / labels.length;
  const barWidth = (slot * 0.8) / series.length;
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const total = (s: Series) => s.values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const summary = series.map((s) => `${s.name}: ${format(total(s))} in all`).join('; ');
  return (
    <figure className="card" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-bold">
        {title}
      </figcaption>
      {series.every((s) => total(s) === 0) ? (
        <p className="mt-2 text-gray-700">Nothing recorded in this period yet.</p>
      ) : (
        <>
          {series.length > 1 && (
            <ul className="mt-1 flex flex-wrap gap-4 text-sm" aria-hidden="true">
              {series.map((s) => (
                <li key={s.name} className="flex items-center gap-1">
                  <svg width="12" height="12" className={s.className}>
                    <rect width="12" height="12" fill="currentColor" />
                  </svg>
                  {s.name}
                </li>
              ))}
            </ul>
          )}
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            className="mt-2 h-auto w-full"
            role="img"
            aria-label={`${title}. ${summary}. The table below gives each value.`}
          >
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="stroke-gray-400" />
            <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" className="fill-gray-700 text-[11px]">
              {format(max)}
            </text>
            <text x={PAD.left - 6} y={y(0)} textAnchor="end" className="fill-gray-700 text-[11px]">
              0
            </text>
            {labels.map((label, i) => (
              <g key={label}>
                {series.map((s, j) => {
                  const value = s.values[i] ?? 0;
                  return (
                    <rect
                      key={s.name}
                      x={PAD.left + i * slot + slot * 0.1 + j * barWidth}
                      y={y(value)}
                      width={barWidth}
                      height={y(0) - y(value)}
                      fill="currentColor"
                      className={s.className}
                    />
                  );
                })}
                {(i % 2 === 0 || labels.length <= 6) && (
                  <text
                    x={PAD.left + i * slot + slot / 2}
                    y={HEIGHT - 8}
                    textAnchor="middle"
                    className="fill-gray-700 text-[11px]"
                  >
                    {label}
                  </text>
                )}
              </g>
            ))}
          </svg>
          <details className="mt-2 text-sm">
            <summary>Show the numbers</summary>
            <table className="mt-2 w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-1 pr-3">
                    Period
                  </th>
                  {series.map((s) => (
                    <th key={s.name} scope="col" className="py-1 pr-3">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {labels.map((label, i) => (
                  <tr key={label} className="border-b border-gray-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {label}
                    </th>
                    {series.map((s) => (
                      <td key={s.name} className="py-1 pr-3">
                        {s.values[i] === null ? '–' : format(s.values[i]!)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
