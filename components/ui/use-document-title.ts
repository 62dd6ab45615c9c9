'use client';

import { useEffect } from 'react';

/**
 * While `active`, the page title is `retitle(title)`: kept so when the router puts the page's own title back (as it
 * does when an action's answer re-renders the page), and restored when no longer active. `retitle` must be
 * idempotent, as it is applied again to its own result.
 */
export function useDocumentTitle(active: boolean, retitle: (title: string) => string, key: string) {
  useEffect(() => {
    if (!active) return;
    const original = document.title;
    const apply = () => {
      const wanted = retitle(document.title);
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = original;
    };
    // `key` stands for retitle, which callers pass inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key]);
}
