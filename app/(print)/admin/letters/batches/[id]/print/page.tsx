import Link from 'next/link';
import { notFound } from 'next/navigation';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { formatDate } from '@/lib/format/date';
import { getBatchForPrint } from '@/lib/letters/desk-queries';
import { FOOTER, RECIPIENT_WINDOW, RETURN_WINDOW, SHEET, TEXT, WINDOW_INSET } from '@/lib/letters/print-layout';
import { linesBySheet } from '@/lib/letters/sheets';
import { envelopeLines } from '@/lib/profiles/envelope';
import { getSettings } from '@/lib/settings';

// The batch as paper: one document, every letter starting on a new sheet, laid out for a #10 double-window envelope
// (lib/letters/print-layout.ts). It lives outside app/admin so the console's header is not printed. Plain black text
// on white, as facilities require; the pen pal appears by display name only.

const guard = async ({ params }: Pick<Props, 'params'>) =>
  pageRequireMailroom(`/admin/letters/batches/${(await params).id}/print`);
export const generateMetadata = guardedMetadata(guard, { title: 'Print batch', robots: { index: false } });

type Props = { params: Promise<{ id: string }> };

const inset = (box: { left: number; top: number; width: number; height: number }) => ({
  left: `${box.left + WINDOW_INSET}in`,
  top: `${box.top + WINDOW_INSET}in`,
  width: `${box.width - 2 * WINDOW_INSET}in`,
  height: `${box.height - 2 * WINDOW_INSET}in`,
});

const STYLES = `
  @page { size: letter; margin: 0; }
  html, body { background: #e5e7eb; color: #000; margin: 0; }
  body > a[href="#main"] { display: none; }
  .sheet { position: relative; box-sizing: border-box; width: ${SHEET.width}in; height: ${SHEET.height}in;
    margin: 0.25in auto; background: #fff; overflow: hidden; box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
    font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; line-height: 1.15; }
  .sheet .abs { position: absolute; }
  .sheet .text { font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace;
    font-size: ${TEXT.fontSizePt}pt; line-height: ${TEXT.lineHeightPt}pt; white-space: pre; }
  .sheet .window { font-size: 9pt; line-height: 1.1; }
  .sheet .footer { font-size: 8pt; line-height: 1.25; border-top: 0.5pt solid #000; padding-top: 3pt; }
  .instructions { max-width: ${SHEET.width}in; margin: 0.25in auto 0; padding: 0 1rem; font-family: system-ui, sans-serif; }
  @media print {
    html, body { background: #fff; }
    .instructions { display: none; }
    .sheet { margin: 0; box-shadow: none; break-after: page; }
    .sheet:last-child { break-after: auto; }
  }
`;

export default async function PrintBatchPage({ params }: Props) {
  const { id } = await params;
  await guard({ params });
  const [batch, settings] = await Promise.all([getBatchForPrint(id), getSettings()]);
  if (!batch) notFound();
  const program = settings.program;
  const returnAddress = program.returnAddress.join(', ');
  const date = formatDate(batch.printedAt ?? new Date());

  return (
    <>
      <style>{STYLES}</style>
      <div className="instructions">
        <p>
          <Link href={`/admin/letters/batches/${batch.id}`}>← Back to the batch</Link>
        </p>
        <h1 className="text-2xl font-bold">
          Print batch: {batch.letters.length} {batch.letters.length === 1 ? 'letter' : 'letters'}, {batch.sheets}{' '}
          {batch.sheets === 1 ? 'sheet' : 'sheets'}
        </h1>
        <p className="mt-1">
          Print on plain white letter paper, one side, at 100% scale with the browser’s headers and footers off. Fold
          each letter in three with the address facing out and put it in a #10 double-window envelope.
        </p>
      </div>
      <main id="main">
        {batch.letters.flatMap((letter) => {
          const { thread } = letter;
          const { profile } = thread;
          const from = letter.kind === 'closing' ? program.name : thread.user.name;
          const sheets = linesBySheet(letter.body);
          return sheets.map((lines, index) => (
            <section
              key={`${letter.id}-${index}`}
              className="sheet"
              aria-label={`Letter to ${profile.displayName}, sheet ${index + 1} of ${sheets.length}`}
              data-letter={letter.id}
            >
              {index === 0 ? (
                <>
                  <address className="window abs not-italic" style={inset(RETURN_WINDOW)} data-window="return">
                    {[program.name, ...program.returnAddress].map((line) => (
                      <span key={line} className="block">
                        {line}
                      </span>
                    ))}
                  </address>
                  <p className="abs text-right" style={{ right: '0.75in', top: '0.6in' }}>
                    {date}
                  </p>
                  <address className="window abs not-italic" style={inset(RECIPIENT_WINDOW)} data-window="recipient">
                    {envelopeLines(profile, profile.facility).map((line) => (
                      <span key={line} className="block">
                        {line}
                      </span>
                    ))}
                  </address>
                  <p className="abs" style={{ left: `${TEXT.left}in`, top: `${TEXT.firstTop - 0.35}in` }}>
                    {letter.kind === 'closing' ? (
                      <>From {from}</>
                    ) : (
                      <>
                        From your pen pal {from}, through {program.name}
                      </>
                    )}
                  </p>
                </>
              ) : (
                <p className="abs" style={{ left: `${TEXT.left}in`, top: '0.4in', fontSize: '8pt' }}>
                  {profile.legalName} #{profile.inmateNumber} · from {from} · sheet {index + 1} of {sheets.length}
                </p>
              )}
              <div
                className="text abs"
                style={{
                  left: `${TEXT.left}in`,
                  top: `${index === 0 ? TEXT.firstTop : TEXT.top}in`,
                  width: `${TEXT.width}in`,
                }}
              >
                {lines.map((line, i) => (
                  <div key={i}>{line || '\u00a0'}</div>
                ))}
              </div>
              <footer
                className="footer abs"
                style={{ left: `${FOOTER.left}in`, bottom: `${FOOTER.bottom}in`, width: `${FOOTER.width}in` }}
              >
                <p>
                  Write back to: {program.name}, {returnAddress}. Put <strong>{thread.replyCode}</strong> on the
                  envelope.
                </p>
                <p>
                  Reply code {thread.replyCode} · sheet {index + 1} of {sheets.length}
                </p>
              </footer>
            </section>
          ));
        })}
      </main>
    </>
  );
}
