// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ConsoleError from '@/app/admin/error';
import AccountError from '@/app/(account)/error';
import SiteError from '@/app/(site)/error';
import { metadata as notFoundMetadata } from '@/app/not-found';

// What a reader sees when a page fails on the server: our words and a reference, never the error's own details.

afterEach(cleanup);

function serverError() {
  return Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)'), { digest: '2718281828' });
}

describe('the site’s error page', () => {
  it('apologises, keeps the reader calm, shows the digest as a reference and nothing of the error itself', () => {
    render(<SiteError error={serverError()} retry={() => {}} />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong');
    expect(document.body.textContent).toContain('Anything you had already sent us is safe.');
    expect(screen.getByText('2718281828').tagName).toBe('STRONG');
    expect(document.body.textContent).toContain(
      'write to us at hello@beyondbars.example and quote the reference 2718281828.',
    );
    expect(document.body.textContent).not.toMatch(/ECONNREFUSED|hunter2|at Object|\.ts:/);
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/');
    // Inside the layout, which brings the header, the footer and the page's <main>.
    expect(document.querySelector('main, header, footer')).toBeNull();
  });

  it('is the same page inside the account pages', () => {
    expect(AccountError).toBe(SiteError);
  });

  it('tries again in place', async () => {
    const retry = vi.fn();
    render(<SiteError error={serverError()} retry={retry} />);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('has no reference to quote for an error thrown in the browser', () => {
    render(<SiteError error={new TypeError('x is undefined')} retry={() => {}} />);
    expect(document.body.textContent).toContain('write to us at hello@beyondbars.example.');
    expect(document.body.textContent).not.toContain('x is undefined');
  });
});

describe('the console’s error page', () => {
  it('tells staff what is saved and leads back to the dashboard', () => {
    render(<ConsoleError error={serverError()} retry={() => {}} />);

    expect(document.body.textContent).toContain('Anything already saved is still saved.');
    expect(screen.getByText('2718281828')).toBeTruthy();
    expect(document.body.textContent).toContain('tell whoever runs the site and quote the reference 2718281828.');
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe('/admin');
  });
});

describe('the page-not-found page', () => {
  it('is titled "Page not found"', () => {
    expect(notFoundMetadata.title).toEqual({ absolute: 'Page not found · Beyond Bars' });
  });
});
