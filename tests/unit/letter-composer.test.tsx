// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LetterComposer } from '@/components/letters/LetterComposer';
import type { FacilityRules } from '@/lib/letters/facility-rules';

// The server actions are stubs here (integration tests cover them); the autosave request is a stubbed fetch.
vi.mock('@/lib/letters/actions/write', () => ({ writeLetter: vi.fn() }));

const rules: FacilityRules = {
  name: 'Cedar Creek',
  postcardsOnly: false,
  mailScanned: false,
  maxPages: 1,
  noGreetingCards: false,
  photosAccepted: true,
  rulesCheckedAt: null,
  rulesSource: '',
};
const props = {
  letterId: 'l1',
  body: 'Dear Sam,',
  savedAt: '2026-11-01T10:00:00.000Z',
  savedAtText: 'Last saved Nov 1, 2026',
  rules,
  sendBlocked: null,
};

const box = () => screen.getByLabelText('Your letter') as HTMLTextAreaElement;
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LetterComposer', () => {
  it('counts characters and pages as the letter is typed, and warns past the facility’s page limit', () => {
    render(<LetterComposer {...props} />);
    expect(screen.getByText(/^9 \/ 9,000 characters · about 1 printed page$/)).toBeDefined();
    type('A line.\n'.repeat(40));
    expect(screen.getByText(/^320 \/ 9,000 characters · about 2 printed pages$/)).toBeDefined();
    expect(screen.getByText(/Printed, this letter takes 2 pages; Cedar Creek accepts at most 1/)).toBeDefined();
    type('x'.repeat(9001));
    expect(screen.getByText(/please shorten it/)).toBeDefined();
  });

  it('tells screen readers the count once typing pauses, not at every key', () => {
    render(<LetterComposer {...props} />);
    const announced = () => document.querySelector('.sr-only[aria-live="polite"]')!.textContent;
    type('Dear Sam, hello');
    expect(announced()).toBe('');
    act(() => vi.advanceTimersByTime(1600));
    expect(announced()).toBe('15 of 9,000 characters');
  });

  it('saves a few seconds after typing stops, sending the version it last saw', async () => {
    const fetch = vi.fn(async () => Response.json({ savedAt: '2026-11-01T10:05:00.000Z' }));
    vi.stubGlobal('fetch', fetch);
    render(<LetterComposer {...props} />);
    type('Dear Sam, a new line.');
    act(() => vi.advanceTimersByTime(2000));
    expect(fetch).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1500));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/letters/l1/draft');
    expect(Object.fromEntries(init.body as URLSearchParams)).toEqual({
      body: 'Dear Sam, a new line.',
      base: '2026-11-01T10:00:00.000Z',
    });
    expect(screen.getByText(/^Saved at /)).toBeDefined();
  });

  it('does not send a letter over the limit to be saved, again and again, and says what to do', async () => {
    const fetch = vi.fn(async () => Response.json({ error: 'too-long' }, { status: 413 }));
    vi.stubGlobal('fetch', fetch);
    render(<LetterComposer {...props} />);
    type('x'.repeat(9001));
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.getByText('Not saved: shorten your letter to 9,000 characters to save it')).toBeDefined();
    type('x'.repeat(9000));
    await act(async () => vi.advanceTimersByTime(3500));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('says so when a newer copy was saved elsewhere, and stops saving over it', async () => {
    const fetch = vi.fn(async () =>
      Response.json({ error: 'newer', savedAt: '2026-11-01T10:07:00.000Z' }, { status: 409 }),
    );
    vi.stubGlobal('fetch', fetch);
    render(<LetterComposer {...props} />);
    type('Typed on the old tab.');
    await act(async () => vi.advanceTimersByTime(3500));
    expect(screen.getByText(/A newer copy was saved at .* on another device or tab/)).toBeDefined();
    type('Typed on the old tab, more.');
    await act(async () => vi.advanceTimersByTime(20000));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reports a failed save quietly and retries', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(Response.json({ savedAt: '2026-11-01T10:09:00.000Z' }));
    vi.stubGlobal('fetch', fetch);
    render(<LetterComposer {...props} />);
    type('Written on a train.');
    await act(async () => vi.advanceTimersByTime(3500));
    expect(screen.getByText('Not saved: will retry')).toBeDefined();
    await act(async () => vi.advanceTimersByTime(16000));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Saved at /)).toBeDefined();
  });

  it('offers Save draft but not Send when the letter cannot go, and both otherwise', () => {
    render(<LetterComposer {...props} sendBlocked="Letters are paused." />);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save draft' }).getAttribute('value')).toBe('save');
    cleanup();
    render(<LetterComposer {...props} />);
    expect(screen.getByRole('button', { name: 'Send' }).getAttribute('value')).toBe('send');
  });
});
