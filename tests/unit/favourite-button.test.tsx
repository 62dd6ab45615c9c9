// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FavouriteButton } from '@/components/favourites/FavouriteButton';
import { setFavourite } from '@/lib/favourites/actions';
import type { ActionState } from '@/lib/forms/action-state';

// The server action is replaced by a stub; its own tests are in integration.
vi.mock('@/lib/favourites/actions', () => ({ setFavourite: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(setFavourite).mockReset();
});

const props = { profileId: 'p1', name: 'Ana S.', returnTo: '/profiles?page=2#profile-ana-s' };

describe('FavouriteButton', () => {
  it('as the server sends it, names its way back, for a browser that posts the form itself', () => {
    const html = renderToString(<FavouriteButton {...props} saved={false} />);
    expect(html).toContain('name="returnTo" value="/profiles?page=2#profile-ana-s"');
    expect(html).toContain('aria-pressed="false"');
  });

  it('once running in the browser, asks for no way back, and shows the new state while the action runs', async () => {
    let finish: (state: ActionState) => void = () => {};
    vi.mocked(setFavourite).mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const user = userEvent.setup();
    render(<FavouriteButton {...props} saved={false} />);
    expect(document.querySelector('input[name="returnTo"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save Ana S.', pressed: false }));
    expect(await screen.findByRole('button', { name: 'Saved Ana S.', pressed: true })).toBeDefined();
    expect(Object.fromEntries(vi.mocked(setFavourite).mock.calls[0]![1])).toEqual({ profileId: 'p1', save: '1' });
    await act(async () => finish({ ok: false, message: 'This profile is no longer listed, so it cannot be saved.' }));
    // Refused: back to unsaved, with the reason announced.
    expect(screen.getByRole('button', { name: 'Save Ana S.', pressed: false })).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('This profile is no longer listed, so it cannot be saved.');
  });

  it('unsaves a saved profile', async () => {
    vi.mocked(setFavourite).mockResolvedValue({ ok: true });
    const user = userEvent.setup();
    render(<FavouriteButton {...props} saved />);
    await user.click(screen.getByRole('button', { name: 'Saved Ana S.', pressed: true }));
    expect(Object.fromEntries(vi.mocked(setFavourite).mock.calls[0]![1])).toEqual({ profileId: 'p1', save: '0' });
  });
});
