// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignUpForm } from '@/components/account/SignUpForm';
import { signUp } from '@/lib/accounts/actions/sign-up';

// The server action is replaced by a stub returning what the real one returns; its own tests are in integration.
vi.mock('@/lib/accounts/actions/sign-up', () => ({ signUp: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(signUp).mockReset();
});

const ERRORS = {
  name: ['Use a name, not an email or web address.'],
  password: ['Use at least 12 characters. A few unrelated words make a strong one.'],
  interests: ['Choose at least one interest: it is how we find you common ground.'],
  rules: ['Please read and accept the program’s rules.'],
  // Not a field of the form: the summary must still show it.
  somethingElse: ['An error the form has no field for.'],
};

describe('SignUpForm', () => {
  it('lists every error at the top, each linked to its field, and keeps everything typed but the password', async () => {
    vi.mocked(signUp).mockResolvedValue({
      ok: false,
      message: 'Please correct the fields marked below.',
      fieldErrors: ERRORS,
      values: {
        name: 'robin@example.org',
        email: 'robin@example.org',
        country: 'CA',
        languages: 'english,french',
        adult: 'on',
        stamp: '1.echoed',
      },
    });
    const user = userEvent.setup();
    render(<SignUpForm stamp="1.served" />);
    await user.type(screen.getByLabelText(/^Display name/), 'robin@example.org');
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.selectOptions(screen.getByLabelText(/^Country you live in/), 'CA');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    document.title = 'Create an account · Beyond Bars';
    const summary = await screen.findByRole('heading', { name: 'There is a problem' }, { timeout: 5000 });
    const links = within(summary.parentElement!).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Display name: Use a name, not an email or web address.', '#signup-name'],
      ['Password: Use at least 12 characters. A few unrelated words make a strong one.', '#signup-password'],
      ['Interests: Choose at least one interest: it is how we find you common ground.', '#signup-interests-error'],
      ['The program’s rules: Please read and accept the program’s rules.', '#signup-rules'],
      ['somethingElse: An error the form has no field for.', '#somethingElse'],
    ]);
    for (const [, href] of links.map((link) => [link, link.getAttribute('href')!] as const).slice(0, 4))
      expect(document.querySelector(href)).not.toBeNull();
    // Focus and title move in an effect after the summary is on screen: wait for them, as a screen reader would.
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    await waitFor(() => expect(document.title).toBe('Error: Create an account · Beyond Bars'));
    // The generic "correct the fields" line adds nothing to the list under "There is a problem".
    expect(screen.queryByText('Please correct the fields marked below.')).toBeNull();

    expect((screen.getByLabelText(/^Display name/) as HTMLInputElement).value).toBe('robin@example.org');
    expect(screen.getByLabelText(/^Display name/).getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText(/^Password/) as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(/^Country you live in/) as HTMLSelectElement).value).toBe('CA');
    expect((screen.getByRole('checkbox', { name: 'French' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /I am 18 or older/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /program’s rules/ }) as HTMLInputElement).checked).toBe(false);
    expect((document.querySelector('input[name="stamp"]') as HTMLInputElement).value).toBe('1.echoed');
  });

  it('sends the stamp it was served, an empty honeypot and the chosen vocabulary keys', async () => {
    vi.mocked(signUp).mockResolvedValue({ ok: true, result: { email: 'robin@example.org' } });
    const user = userEvent.setup();
    render(<SignUpForm stamp="1.served" />);
    await user.click(screen.getByRole('checkbox', { name: 'Chess' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mentorship' }));
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    const sent = vi.mocked(signUp).mock.calls[0]![1];
    expect(sent.get('stamp')).toBe('1.served');
    expect(sent.get('company')).toBe('');
    expect(sent.getAll('interests')).toEqual(['chess']);
    expect(sent.getAll('offers')).toEqual(['mentorship']);
  });

  it('shows where the link went instead of the form once it is sent', async () => {
    vi.mocked(signUp).mockResolvedValue({
      ok: true,
      message: 'Check your email: we sent a link to robin@example.org.',
      result: { email: 'robin@example.org' },
    });
    const user = userEvent.setup();
    render(<SignUpForm stamp="1.served" />);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    const status = await screen.findByRole('status', {}, { timeout: 5000 });
    expect(within(status).getByRole('heading', { name: 'Check your email' })).toBeDefined();
    expect(status.textContent).toContain('We sent a link to robin@example.org.');
    expect(screen.queryByRole('button', { name: 'Create my account' })).toBeNull();
  });

  it('offers "Show password" once JavaScript runs, switching the field to plain text', async () => {
    const user = userEvent.setup();
    render(<SignUpForm stamp="1.served" />);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(screen.getByLabelText(/^Password/).getAttribute('type')).toBe('password');
    await user.click(toggle);
    expect(screen.getByLabelText(/^Password/).getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
