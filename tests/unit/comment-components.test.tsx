// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommentBody } from '@/components/comments/CommentBody';
import { Field } from '@/components/ui/Field';

afterEach(cleanup);

describe('CommentBody', () => {
  it('renders HTML as text and links as nofollow ugc', () => {
    const { container } = render(<CommentBody body={'<script>alert(1)</script> see https://example.org'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    const link = screen.getByRole('link', { name: 'https://example.org' });
    expect(link.getAttribute('rel')).toBe('nofollow ugc');
  });
});

describe('Field', () => {
  it('ties errors and hints to the input for screen readers', () => {
    render(
      <Field
        id="f-email"
        name="email"
        label="Email"
        required
        hint="We never publish it."
        errors={['Enter an email address.']}
      />,
    );
    const input = screen.getByRole('textbox', { name: /Email/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('f-email-hint f-email-error');
    expect(screen.getByText('Enter an email address.').id).toBe('f-email-error');
  });
});
