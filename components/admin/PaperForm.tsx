import { PAPER_REQUEST_LABELS, PAPER_REQUESTS } from '@/lib/paper-forms/requests';
import type { Settings } from '@/lib/settings';

// One printed page for a person inside: what they can ask for, by ticking a box, and where to post it. `person` is
// null on the blank form for a new listing, which asks for the details instead.

const Box = () => <span className="mr-2 inline-block h-4 w-4 shrink-0 border-2 border-black align-middle" />;
const Line = ({ label }: { label: string }) => (
  <p className="mt-5 flex gap-2">
    <span className="shrink-0">{label}</span>
    <span className="flex-1 border-b border-black" />
  </p>
);

export function PaperForm({
  program,
  person,
}: {
  program: Settings['program'];
  person: { displayName: string; legalName: string; inmateNumber: string; reference: string } | null;
}) {
  return (
    <article className="mx-auto max-w-[7.5in] bg-white p-6 font-serif text-[12pt] leading-snug text-black print:p-0">
      <header className="flex justify-between gap-6 border-b-2 border-black pb-3">
        <div>
          <h1 className="text-[18pt] font-bold">{program.name}: your pen pal listing</h1>
          <p className="mt-1">Tick what you want, sign, and post this page to:</p>
          <address className="mt-1 not-italic">
            {program.returnAddress.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </div>
        {person && (
          <p className="shrink-0 text-right">
            Reference
            <span className="mt-1 block border-2 border-black px-3 py-1 font-mono text-[16pt] font-bold">
              {person.reference}
            </span>
          </p>
        )}
      </header>

      {person ? (
        <>
          <p className="mt-4">
            For <strong>{person.legalName}</strong>, #{person.inmateNumber} (listed as “{person.displayName}”).
          </p>
          <ul className="mt-4 space-y-3">
            {PAPER_REQUESTS.map((request) => (
              <li key={request} className="flex items-start">
                <Box />
                {PAPER_REQUEST_LABELS[request]}
                {request === 'stop-pen-pal' && (
                  <span className="ml-2 inline-block w-40 border-b border-black" aria-label="code" />
                )}
              </li>
            ))}
          </ul>
          <p className="mt-6 font-bold">Changes to my details, or anything else:</p>
          <div className="mt-2 h-[2.6in] border border-black" />
        </>
      ) : (
        <>
          <p className="mt-4">Ask to be listed so pen pals can write to you through our program.</p>
          <Line label="Full name as on facility records:" />
          <Line label="ID number:" />
          <Line label="Facility and housing unit:" />
          <Line label="Date of birth:" />
          <Line label="What you enjoy (interests, languages):" />
          <Line label="What you are looking for (friendship, mentorship…):" />
          <p className="mt-5 font-bold">A few words about yourself:</p>
          <div className="mt-2 h-[1.6in] border border-black" />
          <p className="mt-4 flex items-start">
            <Box />
            {PAPER_REQUEST_LABELS.consent}
          </p>
        </>
      )}

      <Line label="Signature:" />
      <Line label="Date:" />
      <p className="mt-6 text-[10pt]">
        We read every form and write back if anything is unclear. A listing lasts 12 months; you can take it down at any
        time with this form.
      </p>
    </article>
  );
}
