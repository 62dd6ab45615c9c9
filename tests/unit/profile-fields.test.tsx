// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileFields } from '@/components/profiles/ProfileFields';

afterEach(cleanup);

const facilities = [{ id: 'fac-1', name: 'Kestrel Point Corrections Center', state: 'WA' }];

describe('ProfileFields', () => {
  it('puts back what was typed, checkbox groups included, and ties each error to its control', () => {
    render(
      <form>
        <ProfileFields
          facilities={facilities}
          values={{
            displayName: 'Dana W.',
            bio: 'Too short',
            interests: 'chess,poetry',
            seeking: 'friendship',
            facilityId: 'fac-1',
          }}
          errors={{
            bio: ['Please enter a bio (at least 50 characters).'],
            languages: ['Choose at least one language they write in.'],
          }}
        />
      </form>,
    );
    expect((screen.getByRole('textbox', { name: /Name to show/ }) as HTMLInputElement).value).toBe('Dana W.');
    const bio = screen.getByRole('textbox', { name: /About them/ });
    expect(bio.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(bio.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe(
      'Please enter a bio (at least 50 characters).',
    );

    const interests = screen.getByRole('group', { name: 'Interests' });
    expect((within(interests).getByLabelText('Chess') as HTMLInputElement).checked).toBe(true);
    expect((within(interests).getByLabelText('Poetry') as HTMLInputElement).checked).toBe(true);
    expect((within(interests).getByLabelText('Art') as HTMLInputElement).checked).toBe(false);

    const languages = screen.getByRole('group', { name: /^Writes in/ });
    expect(languages.getAttribute('aria-invalid')).toBe('true');
    expect(languages.getAttribute('aria-describedby')).toBe('languages-error');
    expect((screen.getByRole('combobox', { name: /^Facility/ }) as HTMLSelectElement).value).toBe('fac-1');
  });

  it('offers a new facility only on the public form, its fields kept shown once chosen or typed in', () => {
    const { container, rerender } = render(<ProfileFields facilities={facilities} values={{}} errors={{}} />);
    expect(container.querySelector('#new-facility')).toBeNull();
    rerender(<ProfileFields facilities={facilities} values={{}} errors={{}} allowNewFacility />);
    expect(screen.getByRole('option', { name: 'The facility is not in this list' })).toBeDefined();
    // Hidden by CSS until the select says "not in the list" (globals.css): nothing marks it open yet.
    expect(container.querySelector('#new-facility')!.hasAttribute('data-open')).toBe(false);
    rerender(
      <ProfileFields
        facilities={facilities}
        values={{ facilityId: 'new' }}
        errors={{ facilityName: ['Please enter the facility name.'] }}
        allowNewFacility
      />,
    );
    expect(container.querySelector('#new-facility')!.hasAttribute('data-open')).toBe(true);
  });

  it('never hides facility details already typed, whatever the select says', () => {
    const { container } = render(
      <ProfileFields
        facilities={facilities}
        values={{ facilityId: 'fac-1', facilityName: 'Cedar Hollow Work Camp' }}
        errors={{}}
        allowNewFacility
      />,
    );
    expect(container.querySelector('#new-facility')!.hasAttribute('data-open')).toBe(true);
    expect((screen.getByLabelText(/^Facility name/) as HTMLInputElement).value).toBe('Cedar Hollow Work Camp');
  });
});
