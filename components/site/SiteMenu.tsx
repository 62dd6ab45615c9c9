'use client';

import { useRef } from 'react';
import { useMenuClosing } from '@/components/ui/use-menu-closing';

/** The main sections on a phone: one "Menu" button beside the site's name, the links opening below the header. */
export function SiteMenu({ children }: { children: React.ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  useMenuClosing(details);
  return (
    <details ref={details} className="sm:hidden">
      <summary className="flex min-h-10 cursor-pointer list-none items-center rounded border border-white/70 px-3 py-1.5 text-[0.95rem] hover:bg-brand-800 [&::-webkit-details-marker]:hidden">
        Menu
      </summary>
      <div className="absolute inset-x-0 top-full z-20 border-b border-brand-900 bg-brand-800 px-4 py-2 shadow-lg">
        {children}
      </div>
    </details>
  );
}
