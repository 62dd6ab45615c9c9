'use client';

import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { HintAndErrors, describedBy } from '@/components/ui/Field';
import { FormMessage } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { writeLetter } from '@/lib/letters/actions/write';
import { type FacilityRules, ruleWarnings } from '@/lib/letters/facility-rules';
import { sheetsFor } from '@/lib/letters/sheets';
import { LETTER_MAX_LENGTH } from '@/lib/letters/text-limits';

const AUTOSAVE_AFTER_MS = 3000;
const RETRY_AFTER_MS = 15000;
const ANNOUNCE_COUNT_AFTER_MS = 1500;

type Props = {
  letterId: string;
  body: string;
  /** The server copy's version (its updatedAt): autosave sends it, so a newer copy elsewhere is never overwritten. */
  savedAt: string;
  savedAtText: string;
  rules: FacilityRules;
  /** Set when the letter cannot be sent now (the reason in words); Save draft stays. */
  sendBlocked: string | null;
};

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' }
  | { kind: 'newer'; at: string }
  | { kind: 'sent' }
  | { kind: 'too-long' };

const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The letter form. Without JavaScript it is one form with two submit buttons, Save draft and Send. With it, the text
 * also saves itself a few seconds after typing stops and when the page is left, and the count and the facility's
 * rules follow the text as it is typed.
 */
export function LetterComposer({ letterId, body: initialBody, savedAt, savedAtText, rules, sendBlocked }: Props) {
  const [state, action] = useActionState(writeLetter, initialActionState);
  const errors = state.fieldErrors ?? {};

  const [body, setBody] = useState(state.values?.body ?? initialBody);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [announcedCount, setAnnouncedCount] = useState('');
  const base = useRef(savedAt);
  const savedBody = useRef(initialBody);
  const latest = useRef(body);

  // A server action that saved (Save draft, or a Send refused with the draft kept) moves the version on. Pressing a
  // button clears the autosave's status, so the action's answer shows until the next autosave.
  useEffect(() => {
    const result = state.result;
    if (result?.savedAt && state.values?.body !== undefined) {
      base.current = result.savedAt;
      savedBody.current = state.values.body;
    }
  }, [state]);
  const actionSavedAt = state.result?.savedAt;
  const shown: SaveStatus =
    body.length > LETTER_MAX_LENGTH
      ? { kind: 'too-long' }
      : status.kind === 'idle' && actionSavedAt
        ? { kind: 'saved', at: actionSavedAt }
        : status;
  const pressed = () => setStatus({ kind: 'idle' });

  const save = useCallback(
    async (how: 'fetch' | 'keepalive') => {
      const text = latest.current;
      // The server refuses more than the limit: asking again every few seconds would change nothing.
      if (text === savedBody.current || text.length > LETTER_MAX_LENGTH) return;
      setStatus({ kind: 'saving' });
      try {
        const response = await fetch(`/letters/${letterId}/draft`, {
          method: 'POST',
          body: new URLSearchParams({ body: text, base: base.current }),
          keepalive: how === 'keepalive',
        });
        const answer = (await response.json()) as { savedAt?: string; error?: string };
        if (response.ok && answer.savedAt) {
          base.current = answer.savedAt;
          savedBody.current = text;
          setStatus({ kind: 'saved', at: answer.savedAt });
        } else if (answer.error === 'newer' && answer.savedAt) setStatus({ kind: 'newer', at: answer.savedAt });
        else if (answer.error === 'sent') setStatus({ kind: 'sent' });
        else setStatus({ kind: 'failed' });
      } catch {
        setStatus({ kind: 'failed' });
      }
    },
    [letterId],
  );

  // Saves a few seconds after typing stops; retries a failed save.
  useEffect(() => {
    if (body === savedBody.current || body.length > LETTER_MAX_LENGTH) return;
    if (status.kind === 'newer' || status.kind === 'sent') return;
    const wait = status.kind === 'failed' ? RETRY_AFTER_MS : AUTOSAVE_AFTER_MS;
    const timer = setTimeout(() => void save('fetch'), wait);
    return () => clearTimeout(timer);
  }, [body, status.kind, save]);

  // Screen readers hear the count once typing pauses, not at every key.
  useEffect(() => {
    const timer = setTimeout(
      () => setAnnouncedCount(`${body.length.toLocaleString()} of ${LETTER_MAX_LENGTH.toLocaleString()} characters`),
      ANNOUNCE_COUNT_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [body]);

  // Leaving the page: a tab switch saves with a request that can still answer; closing or navigating away, a beacon.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save('keepalive');
    };
    const onPageHide = () => {
      if (latest.current === savedBody.current || latest.current.length > LETTER_MAX_LENGTH) return;
      navigator.sendBeacon(
        `/letters/${letterId}/draft`,
        new URLSearchParams({ body: latest.current, base: base.current }),
      );
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [letterId, save]);

  const warnings = ruleWarnings(rules, body);
  const tooLong = body.length > LETTER_MAX_LENGTH;
  const sheets = sheetsFor(body);
  const ids = describedBy('letter-body', 'letter-body-hint', errors.body);

  return (
    <form action={action} noValidate className="space-y-4">
      <ErrorSummary
        message="Your letter was not sent."
        errors={errors}
        fields={[{ name: 'body', label: 'Your letter', target: 'letter-body' }]}
      />
      {!state.fieldErrors && <FormMessage state={state} />}
      <input type="hidden" name="letterId" value={letterId} />
      <div>
        <label htmlFor="letter-body" className="label">
          Your letter
        </label>
        <textarea
          id="letter-body"
          name="body"
          rows={18}
          value={body}
          onChange={(event) => {
            latest.current = event.target.value;
            setBody(event.target.value);
          }}
          className="input font-serif text-lg leading-relaxed"
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={[ids.describedBy, 'letter-count'].filter(Boolean).join(' ')}
          spellCheck
        />
        <HintAndErrors
          hint="Plain text. Write as you would on paper: we print it exactly as you type it."
          hintId="letter-body-hint"
          errors={errors.body}
          errorId={ids.errorId}
        />
      </div>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p id="letter-count" className={tooLong ? 'font-semibold text-red-800' : 'text-gray-700'}>
          {body.length.toLocaleString('en-US')} / {LETTER_MAX_LENGTH.toLocaleString('en-US')} characters · about{' '}
          {sheets} printed {sheets === 1 ? 'page' : 'pages'}
          {tooLong && ': please shorten it'}
        </p>
        <p className="sr-only" aria-live="polite">
          {announcedCount}
        </p>
        <p aria-live="polite" className="text-gray-700">
          <SaveStatusText status={shown} fallback={savedAtText} />
        </p>
      </div>
      {warnings.length > 0 && (
        <ul className="space-y-2" aria-label="Facility rules this letter breaks">
          {warnings.map((warning) => (
            <li key={warning.rule} className="rounded-md border-l-4 border-amber bg-amber-50 px-4 py-3">
              {warning.message}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        {sendBlocked === null && (
          <button type="submit" name="intent" value="send" className="btn-primary" onClick={pressed}>
            Send
          </button>
        )}
        <button type="submit" name="intent" value="save" className="btn-secondary" onClick={pressed} formNoValidate>
          Save draft
        </button>
      </div>
    </form>
  );
}

function SaveStatusText({ status, fallback }: { status: SaveStatus; fallback: string }) {
  switch (status.kind) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${clock(status.at)}`;
    case 'failed':
      return 'Not saved: will retry';
    case 'too-long':
      return `Not saved: shorten your letter to ${LETTER_MAX_LENGTH.toLocaleString('en-US')} characters to save it`;
    case 'newer':
      return (
        <strong className="text-red-800">
          A newer copy was saved at {clock(status.at)} on another device or tab. Reload to see it, or press Save draft
          to keep this one.
        </strong>
      );
    case 'sent':
      return <strong className="text-red-800">This letter was sent from another tab. Reload the page.</strong>;
    default:
      return fallback;
  }
}
