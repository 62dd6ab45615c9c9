'use client';

import { useEffect, type RefObject } from 'react';

/**
 * A <details> used as a menu opens and closes without JavaScript; with it, it also closes as menus do: on Escape (back
 * to its button), on a click elsewhere, and on a choice inside it (a page change keeps the header, and so the menu).
 */
export function useMenuClosing(details: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const close = (event: Event) => {
      const menu = details.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
        return;
      }
      const target = event.target as Element;
      if (!menu.contains(target) || (target.closest('a, button') && !target.closest('summary'))) menu.open = false;
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [details]);
}
