// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportForm } from '@/components/profiles/ReportForm';
import { reportProfile } from '@/lib/reports/actions';

// The server action is replaced by a stub returning what the real one returns; its own tests are in integration.
vi.mock('@/lib/reports/actions', () => ({ reportProfile: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(reportProfile).mockReset();
});

function disclosure() {
  return screen.getByText('Report this profile', { selector: 'summary' }).closest('details')!;
}

describe('ReportForm', () => {
  it('starts closed, as a "Report this profile" disclosure', () => {
    render(<ReportForm profileId="p1" />);
    expect(disclosure().open).toBe(false);
    expect(screen.getByRole('group', { name: /What is wrong\?/ })).toBeDefined();
  });

  it('opens on errors, ties them to their fields and keeps what was typed', async () => {
    vi.mocked(reportProfile).mockResolvedValue({
      ok: false,
      message: 'Please correct the fields marked below.',
      fieldErrors: {
        details: ['Tell us what is wrong, in at least 10 characters.'],
        reporterEmail: ['Enter an email address such as name@example.org, or leave it empty.'],
      },
      values: { reason: 'scam', details: 'Too short', reporterName: 'Sam', reporterEmail: 'sam-at-example' },
    });
    const user = userEvent.setup();
    render(<ReportForm profileId="p1" />);
    await user.click(screen.getByText('Report this profile', { selector: 'summary' }));
    await user.click(screen.getByRole('radio', { name: 'It asks for money or looks like a scam' }));
    await user.type(screen.getByRole('textbox', { name: /Details/ }), 'Too short');
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: /Your email/ }), 'sam-at-example');
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    const summary = (await screen.findByRole('heading', { name: 'There is a problem' })).parentElement!;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Details: Tell us what is wrong, in at least 10 characters.',
      'Your email: Enter an email address such as name@example.org, or leave it empty.',
    ]);
    const submitted = vi.mocked(reportProfile).mock.calls[0]![1];
    expect(Object.fromEntries(submitted)).toMatchObject({
      profileId: 'p1',
      reason: 'scam',
      details: 'Too short',
      company: '',
    });

    expect(disclosure().open).toBe(true);
    const details = screen.getByRole('textbox', { name: /Details/ });
    expect(details.getAttribute('aria-invalid')).toBe('true');
    const describedBy = details.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Tell us what is wrong, in at least 10 characters.',
    );
    expect(screen.getByRole('textbox', { name: /Your email/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Your name/ }).getAttribute('aria-invalid')).toBeNull();

    expect((details as HTMLTextAreaElement).value).toBe('Too short');
    expect((screen.getByRole('textbox', { name: /Your name/ }) as HTMLInputElement).value).toBe('Sam');
    expect(
      (screen.getByRole('radio', { name: 'It asks for money or looks like a scam' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('replaces the form with the thank-you message on success', async () => {
    vi.mocked(reportProfile).mockResolvedValue({
      ok: true,
      message: 'Thank you. Our staff will look at this profile, usually within two days.',
    });
    const user = userEvent.setup();
    render(<ReportForm profileId="p1" />);
    await user.click(screen.getByText('Report this profile', { selector: 'summary' }));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(
      await screen.findByText('Thank you. Our staff will look at this profile, usually within two days.'),
    ).toBeDefined();
    expect(disclosure().open).toBe(true);
    expect(screen.queryByRole('button', { name: 'Send report' })).toBeNull();
  });
});
