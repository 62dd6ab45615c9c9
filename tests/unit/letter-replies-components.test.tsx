// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountMenu } from '@/components/account/AccountMenu';
import { ThreadTimeline } from '@/components/letters/ThreadTimeline';
import type { InboxThread } from '@/lib/letters/inbox-queries';

// Server actions are replaced by stubs; their own tests are in integration.
vi.mock('@/lib/auth/actions', () => ({ signOut: vi.fn() }));
vi.mock('@/lib/letters/actions/threads', () => ({ reportThreadItem: vi.fn() }));
// Counts the loads of the signed-in menu's module, which a visitor who is not signed in should never make.
const menuModule = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@/components/account/SignedInMenu', async (original) => {
  menuModule.loads += 1;
  return original();
});

afterEach(cleanup);

describe('AccountMenu', () => {
  // First: once any test has loaded the menu's module, it stays loaded.
  it('offers sign-in without loading the signed-in menu for a visitor who is not signed in', async () => {
    render(<AccountMenu account={null} />);
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(menuModule.loads).toBe(0);
  });

  it('shows the unread badge in words for screen readers, and the inbox in the menu', async () => {
    render(<AccountMenu account={{ name: 'Pat', staff: false, unread: 2 }} />);
    expect((await screen.findByText(/unread replies/)).textContent).toBe(' unread replies');
    expect(menuModule.loads).toBe(1);
    expect(screen.getByRole('link', { name: /^Inbox/ }).getAttribute('href')).toBe('/inbox');
    expect(screen.getByRole('link', { name: /^Inbox/ }).textContent).toContain('(2 unread)');
  });

  it('shows no badge when everything has been read', async () => {
    const { container } = render(<AccountMenu account={{ name: 'Pat', staff: false, unread: 0 }} />);
    await screen.findByText('Pat');
    expect(container.querySelector('[data-unread-badge]')).toBeNull();
  });
});

const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const thread = {
  id: 't1',
  name: 'Marcus R.',
  letters: [
    {
      id: 'l1',
      kind: 'letter',
      body: 'Dear Marcus',
      status: 'posted',
      reasonCode: null,
      note: null,
      submittedAt: day(2),
      postedAt: day(5),
      erasedAt: null,
      createdAt: day(1),
      events: [
        { id: 'e1', status: 'submitted', reasonCode: null, note: null, createdAt: day(2) },
        {
          id: 'e2',
          status: 'changes_requested',
          reasonCode: 'phone-number',
          note: 'Take out the number.',
          createdAt: day(3),
        },
        { id: 'e3', status: 'posted', reasonCode: null, note: null, createdAt: day(5) },
      ],
    },
    {
      id: 'l2',
      kind: 'letter',
      body: 'Draft text',
      status: 'draft',
      reasonCode: null,
      note: null,
      submittedAt: null,
      postedAt: null,
      erasedAt: null,
      createdAt: day(20),
      events: [],
    },
  ],
  replies: [
    {
      id: 'r1',
      body: 'Thank you for writing.',
      receivedAt: day(15),
      readAt: null,
      erasedAt: null,
      scans: [{ id: 's1', mimeType: 'image/webp' }],
    },
  ],
} as unknown as InboxThread;

describe('ThreadTimeline', () => {
  it('puts letters and replies in date order, with each letter’s history and reasons', () => {
    render(<ThreadTimeline thread={thread} retentionMonths={24} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Your letter to Marcus R.', 'Reply from Marcus R.', 'Your draft']);
    expect(screen.getByText(/Reason: phone number/)).toBeTruthy();
    expect(screen.getByText('“Take out the number.”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit and send this draft' }).getAttribute('href')).toBe('/letters/l2');
  });

  it('shows scans through the private scan route only', () => {
    render(<ThreadTimeline thread={thread} retentionMonths={24} />);
    const scan = screen.getByRole('img', { name: /Scanned page 1 of 1/ });
    expect(scan.getAttribute('src')).toBe('/inbox/scans/s1');
  });

  it('says when a letter’s and a reply’s text were erased, and why, keeping their history', () => {
    const erased = {
      ...thread,
      letters: [{ ...thread.letters[0]!, body: '', erasedAt: day(28) }],
      replies: [{ ...thread.replies[0]!, body: '', scans: [], erasedAt: day(28) }],
    } as InboxThread;
    render(<ThreadTimeline thread={erased} retentionMonths={18} />);
    expect(screen.getByText(/This letter’s text was erased after 18 months, as our/).textContent).toContain(
      'privacy page explains',
    );
    expect(screen.getByText(/This reply’s text was erased after 18 months/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'privacy page' })[0]!.getAttribute('href')).toBe('/privacy');
    expect(screen.queryByText('Read the letter')).toBeNull();
    expect(screen.getByText(/Reason: phone number/)).toBeTruthy();
    expect(screen.queryByText(/Report this/)).toBeNull();
  });
});
